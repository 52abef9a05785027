import { TicketGroup, ticketGroupLabel } from '@tandem/shared';
import type { TicketsFilter } from '../../gql/graphql';

/** A tab of the inbox: its filter and what it says when empty. */
export interface View {
  key: string;
  label: string;
  filter: TicketsFilter;
  empty: string;
}

export const VIEWS: View[] = [
  { key: 'unassigned', label: 'Unassigned', filter: { unassigned: true }, empty: 'Nobody is waiting for a first answer. Nice work.' },
  { key: 'mine', label: 'Mine', filter: { mine: true }, empty: 'No tickets are assigned to you. Claim one from Unassigned.' },
  ...[TicketGroup.MARKETING, TicketGroup.DEVELOPMENT, TicketGroup.SALES].map((group) => ({
    key: group.toLowerCase(),
    label: ticketGroupLabel[group],
    filter: { group },
    empty: `No open ${ticketGroupLabel[group].toLowerCase()} tickets.`,
  })),
  {
    key: 'follow-up',
    label: 'Follow-up due',
    filter: { followUpDue: true },
    empty: 'No follow-ups are due. Customers who stay silent after a reply show up here (F1).',
  },
  { key: 'review', label: 'Needs review', filter: { needsReview: true }, empty: 'No drafts are waiting for review.' },
  { key: 'frustrated', label: 'Frustrated', filter: { frustrated: true }, empty: 'No customer is flagged as frustrated.' },
  { key: 'all', label: 'All open', filter: {}, empty: 'No open tickets at all. Enjoy the quiet.' },
];
