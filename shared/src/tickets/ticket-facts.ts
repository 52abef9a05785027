import { ErrorCode } from '../common/errors.js';
import { allow, deny, type RuleResult } from '../common/rule.js';
import { checkFeatureRequestLinked } from '../feature-requests/linked-rule.js';
import { DEFAULT_TEAM_SETTINGS } from '../settings/defaults.js';
import { Role } from '../users/roles.js';
import { hasRole, isOnRota, type Person } from '../users/user-rules.js';
import {
  suggestedGroupForType,
  ticketGroupLabel,
  ticketTypeLabel,
  type Plan,
  type TicketGroup,
  type TicketStatus,
  type TicketType,
} from './enums.js';

// The facts of a ticket and the basic checks that both the ticket rules and the draft rules build on
// (kept apart so the two rule files need not import each other).

/** The parts of a ticket the workflow rules look at. */
export interface TicketFacts {
  status: TicketStatus;
  group: TicketGroup;
  type: TicketType | null;
  assigneeId: string | null;
  /** For messages such as "Ben has claimed this ticket". */
  assigneeName?: string | null;
  isManagerAssigned: boolean;
  isFrustrated: boolean;
  firstResponseDueAt: Date;
  firstResponseAt: Date | null;
  /** When the customer is owed an answer; null while we wait on them. */
  responseDueAt: Date | null;
  /** C3: the bug the ticket is linked to (escalated), if any. */
  bugId: string | null;
  /** C4/FR1: how many feature requests the ticket asks for (linked asks). */
  askCount: number;
}

/** Team settings the rules read. */
export interface WorkflowSettings {
  firstResponseMinutesPremium: number;
  firstResponseMinutesFree: number;
  highValueRevenueCents: number;
  /** W6: a trained agent's reply that uses no saved reply goes to a manager first. */
  reviewNovelReplies: boolean;
}

/** R5, F2, W6: the defaults of a new install, from `DEFAULT_TEAM_SETTINGS`. */
export const DEFAULT_WORKFLOW_SETTINGS: WorkflowSettings = {
  firstResponseMinutesPremium: DEFAULT_TEAM_SETTINGS.firstResponseMinutesPremium,
  firstResponseMinutesFree: DEFAULT_TEAM_SETTINGS.firstResponseMinutesFree,
  highValueRevenueCents: DEFAULT_TEAM_SETTINGS.highValueRevenueCents,
  reviewNovelReplies: DEFAULT_TEAM_SETTINGS.reviewNovelReplies,
};

/** A support manager. */
export function isManager(person: Pick<Person, 'roles'>): boolean {
  return hasRole(person, Role.MANAGER);
}

/** Only people on the support rota (`isOnRota`) work on tickets. */
export function checkOnRota(viewer: Pick<Person, 'roles'>): RuleResult {
  return isOnRota(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Only people on the support rota work on tickets.');
}

/** A closed ticket takes no reply, draft or approval: reopen it first. */
export function checkNotClosed(ticket: Pick<TicketFacts, 'status'>): RuleResult {
  return ticket.status === 'CLOSED' ? deny(ErrorCode.TICKET_CLOSED, 'This ticket is closed. Reopen it first.') : allow;
}

/** R5: the first-response goal for a plan. */
export function firstResponseGoalMinutes(plan: Plan, settings: WorkflowSettings): number {
  return plan === 'PREMIUM' ? settings.firstResponseMinutesPremium : settings.firstResponseMinutesFree;
}

/** F2: premium customers, or customers paying at least the team's threshold. */
export function isHighValue(customer: { plan: Plan; monthlyRevenueCents: number }, settings: WorkflowSettings): boolean {
  return customer.plan === 'PREMIUM' || customer.monthlyRevenueCents >= settings.highValueRevenueCents;
}

/** C1: the type of ticket is determined. */
export function checkTypeDetermined(ticket: Pick<TicketFacts, 'type'>): RuleResult {
  return ticket.type
    ? allow
    : deny(ErrorCode.CHECKLIST_INCOMPLETE, 'Determine the type of ticket first (C1: question, bug, feature request, ...).');
}

/**
 * C4: the ticket is categorized. Bugs and feature requests belong in Development, marketing and
 * sales tickets in their groups (R3); questions and other tickets are handled by the person
 * assigned to them and may stay outside a group. A feature request is also linked to the request
 * being tallied (FR1).
 */
export function checkCategorized(ticket: Pick<TicketFacts, 'type' | 'group' | 'askCount'>): RuleResult {
  if (!ticket.type) return deny(ErrorCode.CHECKLIST_INCOMPLETE, 'Determine the type of ticket first (C1), then categorize it (C4).');
  const suggested = suggestedGroupForType[ticket.type];
  if (ticket.group === 'UNASSIGNED' && suggested !== null) {
    return deny(
      ErrorCode.CHECKLIST_INCOMPLETE,
      `Categorize it first (C4): put this ${ticketTypeLabel[ticket.type].toLowerCase()} in a group, such as ${ticketGroupLabel[suggested]}.`,
    );
  }
  return checkFeatureRequestLinked(ticket);
}
