import { bugReference, bugStatusLabel, type BugStatus } from '../escalations/enums.js';
import { featureReference } from '../feature-requests/enums.js';
import { ticketGroupLabel, ticketTypeLabel, type TicketGroup, type TicketType } from './enums.js';

/** What happened on a ticket, recorded in its timeline (the audit trail). */
export const TicketEventKind = {
  CREATED: 'CREATED',
  CLAIMED: 'CLAIMED',
  RELEASED: 'RELEASED',
  ASSIGNED: 'ASSIGNED',
  TYPE_SET: 'TYPE_SET',
  GROUP_SET: 'GROUP_SET',
  COMPLEX_SET: 'COMPLEX_SET',
  FRUSTRATION_SET: 'FRUSTRATION_SET',
  DRAFT_APPROVED: 'DRAFT_APPROVED',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  CLOSED: 'CLOSED',
  REOPENED: 'REOPENED',
  LINKS_REVOKED: 'LINKS_REVOKED',
  LINK_CREATED: 'LINK_CREATED',
  FRUSTRATION_DISMISSED: 'FRUSTRATION_DISMISSED',
  BUG_LINKED: 'BUG_LINKED',
  BUG_UNLINKED: 'BUG_UNLINKED',
  BUG_STATUS_SET: 'BUG_STATUS_SET',
  BUG_FIX_ANNOUNCED: 'BUG_FIX_ANNOUNCED',
  FEATURE_LINKED: 'FEATURE_LINKED',
  FEATURE_UNLINKED: 'FEATURE_UNLINKED',
  FEATURE_SHIPPED: 'FEATURE_SHIPPED',
  FEATURE_DECLINED: 'FEATURE_DECLINED',
} as const;
export type TicketEventKind = (typeof TicketEventKind)[keyof typeof TicketEventKind];

export interface TicketEventData {
  type?: TicketType | null;
  group?: TicketGroup;
  assigneeName?: string;
  value?: boolean;
  authorName?: string;
  reason?: string;
  bugNumber?: number;
  bugStatus?: BugStatus;
  /** BUG_FIX_ANNOUNCED: the engineer who fixed it. */
  engineerName?: string;
  /** FEATURE_*: the card. */
  featureNumber?: number;
  featureTitle?: string;
}

function feature(data: TicketEventData): string {
  const reference = featureReference(data.featureNumber ?? 0);
  return data.featureTitle ? `${reference} “${data.featureTitle}”` : reference;
}

/** The sentence shown in the timeline for an event; `actor` is who did it ("Tandem" for the system). */
export function describeTicketEvent(kind: TicketEventKind, data: TicketEventData, actor: string): string {
  switch (kind) {
    case 'CREATED':
      return `Ticket created${data.reason ? ` (${data.reason})` : ''}`;
    case 'CLAIMED':
      return `${actor} claimed the ticket`;
    case 'RELEASED':
      return `${actor} released the ticket back to the queue`;
    case 'ASSIGNED':
      return `${actor} assigned the ticket to ${data.assigneeName ?? 'someone'}`;
    case 'TYPE_SET':
      return data.type ? `${actor} set the type to ${ticketTypeLabel[data.type]}` : `${actor} cleared the type`;
    case 'GROUP_SET':
      return `${actor} moved the ticket to ${ticketGroupLabel[data.group ?? 'UNASSIGNED']}`;
    case 'COMPLEX_SET':
      return data.value ? `${actor} marked the ticket complex` : `${actor} marked the ticket not complex`;
    case 'FRUSTRATION_SET':
      return data.value
        ? `${actor} flagged the customer as frustrated; the support managers were alerted`
        : `${actor} removed the frustrated flag`;
    case 'DRAFT_APPROVED':
      return `${actor} approved ${data.authorName ?? 'a'}’s draft and sent it`;
    case 'CHANGES_REQUESTED':
      return `${actor} asked ${data.authorName ?? 'the author'} for changes to a draft`;
    case 'CLOSED':
      return `${actor} closed the ticket`;
    case 'REOPENED':
      return `${actor} reopened the ticket${data.reason ? ` (${data.reason})` : ''}`;
    case 'LINKS_REVOKED':
      return `${actor} revoked the customer's private links; the next reply carries a new one`;
    case 'LINK_CREATED':
      return `${actor} created a link for the customer`;
    case 'FRUSTRATION_DISMISSED':
      return `${actor} dismissed the "looks frustrated" suggestion${data.reason ? ` (${data.reason})` : ''}`;
    case 'BUG_LINKED':
      return `${actor} linked the ticket to ${bugReference(data.bugNumber ?? 0)}`;
    case 'BUG_UNLINKED':
      return `${actor} unlinked the ticket from ${bugReference(data.bugNumber ?? 0)}`;
    case 'BUG_STATUS_SET':
      return `${actor} set ${bugReference(data.bugNumber ?? 0)} to ${bugStatusLabel[data.bugStatus ?? 'NEW']}`;
    case 'BUG_FIX_ANNOUNCED':
      return `${data.engineerName ?? actor} fixed ${bugReference(data.bugNumber ?? 0)}; the customer was told`;
    case 'FEATURE_LINKED':
      return `${actor} linked the ticket to ${feature(data)}`;
    case 'FEATURE_UNLINKED':
      return `${actor} unlinked the ticket from ${feature(data)}`;
    case 'FEATURE_SHIPPED':
      return `${actor} shipped ${feature(data)}; the customer was told`;
    case 'FEATURE_DECLINED':
      return `${actor} declined ${feature(data)}; the customer was told`;
  }
}
