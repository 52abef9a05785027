import { ErrorCode } from '../common/errors.js';
import { LIMITS } from '../common/limits.js';
import { allow, deny, firstDenial, type RuleResult } from '../common/rule.js';
import { DEFAULT_TEAM_SETTINGS } from '../settings/defaults.js';
import { Role } from '../users/roles.js';
import { hasRole, isOnRota, isTrainee, type Person } from '../users/user-rules.js';
import { checkDraftSubmission, replyNeedsReview } from '../drafts/draft-rules.js';
import { checkEscalatedBeforeClose } from '../escalations/escalation-rules.js';
import { checkFeatureRequestLinked } from '../feature-requests/linked-rule.js';
import {
  suggestedGroupForType,
  ticketGroupLabel,
  ticketTypeLabel,
  type Plan,
  type TicketGroup,
  type TicketStatus,
  type TicketType,
} from './enums.js';
import { replyEndsWithQuestion } from './question-rule.js';
import {
  checkCategorized,
  checkNotClosed,
  checkOnRota,
  checkTypeDetermined,
  isManager,
  type TicketFacts,
  type WorkflowSettings,
} from './ticket-facts.js';

export * from './ticket-facts.js';

// Short names for the checks most rules start with.
const onRota = checkOnRota;
const notClosed = checkNotClosed;

/** W2: trained agents claim unassigned tickets; trainees leave them unassigned. */
export function checkClaim(viewer: Person, ticket: TicketFacts): RuleResult {
  return firstDenial(
    onRota(viewer),
    isTrainee(viewer)
      ? deny(ErrorCode.TRAINEE_CANNOT_CLAIM, 'Trainees leave tickets unassigned (W2): submit a draft for your trainer instead.')
      : allow,
    notClosed(ticket),
    ticket.assigneeId && ticket.assigneeId !== viewer.id
      ? deny(ErrorCode.TICKET_ALREADY_CLAIMED, `${ticket.assigneeName ?? 'Someone else'} has claimed this ticket.`)
      : allow,
  );
}

/** The assignee, or a manager, hands a ticket back to the queue. */
export function checkRelease(viewer: Person, ticket: TicketFacts): RuleResult {
  if (!ticket.assigneeId) return deny(ErrorCode.TICKET_NOT_CLAIMED, 'Nobody has claimed this ticket.');
  if (ticket.assigneeId !== viewer.id && !isManager(viewer)) {
    return deny(ErrorCode.FORBIDDEN, `Only ${ticket.assigneeName ?? 'the assignee'} or a support manager can release this ticket.`);
  }
  return allow;
}

/** R4: a manager assigns a ticket; it becomes the assignee's top priority. */
export function checkAssign(viewer: Person, ticket: TicketFacts, assignee: Person): RuleResult {
  return firstDenial(
    isManager(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Only support managers assign tickets to people.'),
    notClosed(ticket),
    assignee.isActive && isOnRota(assignee) ? allow : deny(ErrorCode.BAD_USER_INPUT, 'Tickets go to active people on the support rota.'),
    isTrainee(assignee)
      ? deny(ErrorCode.TRAINEE_CANNOT_CLAIM, 'Trainees leave tickets unassigned (W2); assign it to a trained agent.')
      : allow,
  );
}

/** What may be changed on an open ticket by anyone on the rota (type, group, complexity, frustration). */
export function checkTriage(viewer: Person, ticket: TicketFacts): RuleResult {
  return firstDenial(onRota(viewer), notClosed(ticket));
}

/**
 * A fresh private link for the customer (to give on the phone or in a chat): people on the rota,
 * trainees included (the link shows only what the customer already has), closed tickets too (an
 * answer on the link reopens it, F5).
 */
export function checkCustomerLink(viewer: Person): RuleResult {
  return onRota(viewer);
}

/** The reply text itself: not empty, not too long, and W7. */
export function checkReplyBody(body: string): RuleResult {
  if (!body.trim()) return deny(ErrorCode.BAD_USER_INPUT, 'Write a reply first.');
  if (body.length > LIMITS.ticket.bodyMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `Keep replies under ${LIMITS.ticket.bodyMax.toLocaleString('en')} characters.`);
  }
  const placeholder = /\{\{[^{}]*\}\}/.exec(body);
  if (placeholder) {
    return deny(ErrorCode.BAD_USER_INPUT, `The reply still contains ${placeholder[0]}: fill in the placeholders before sending.`);
  }
  if (!replyEndsWithQuestion(body)) {
    return deny(ErrorCode.REPLY_MUST_END_WITH_QUESTION, 'End your reply with a direct question, such as "Did that help?" (W7).');
  }
  return allow;
}

/**
 * The collision check: refused with TICKET_CHANGED when `unseenMessages` customer messages or
 * replies came after the newest message the sender had seen (they would answer a conversation
 * they have not read).
 */
export function checkNothingNewSince(unseenMessages: number): RuleResult {
  return unseenMessages > 0
    ? deny(ErrorCode.TICKET_CHANGED, 'A new message arrived while you were writing. Read it, then send your reply again.')
    : allow;
}

/**
 * Whether the viewer may send a reply straight to the customer.
 * `usedSavedReply`: the reply started from a saved reply (W3); otherwise it is novel (W6).
 * `unseenMessages`: customer messages and replies after the one the sender had seen. They come
 * right after who the sender is: what the sender has not read (say, a manager's reply that took the
 * ticket over) explains the rest, so the collision answers first (TICKET_CHANGED, not
 * TICKET_ASSIGNED_TO_OTHER).
 */
export function checkReply(
  viewer: Person,
  ticket: TicketFacts,
  settings: WorkflowSettings,
  usedSavedReply: boolean,
  unseenMessages = 0,
): RuleResult {
  return firstDenial(
    onRota(viewer),
    isTrainee(viewer)
      ? deny(
          ErrorCode.TRAINEE_MUST_SUBMIT_DRAFT,
          'Trainees never answer customers directly: submit a draft for your trainer to approve (T1).',
        )
      : allow,
    checkNothingNewSince(unseenMessages),
    notClosed(ticket),
    checkTypeDetermined(ticket),
    checkCategorized(ticket),
    ticket.assigneeId && ticket.assigneeId !== viewer.id && !isManager(viewer)
      ? deny(
          ErrorCode.TICKET_ASSIGNED_TO_OTHER,
          `${ticket.assigneeName ?? 'Someone else'} is handling this ticket. Ask them, or a support manager, to hand it over.`,
        )
      : allow,
    replyNeedsReview(viewer, settings) && !usedSavedReply
      ? deny(
          ErrorCode.NOVEL_REPLY_NEEDS_REVIEW,
          'Your team reviews replies that use no saved reply (W6): submit it for review, or start from a saved reply.',
        )
      : allow,
  );
}

export function checkClose(viewer: Person, ticket: TicketFacts): RuleResult {
  return firstDenial(
    onRota(viewer),
    isTrainee(viewer) ? deny(ErrorCode.FORBIDDEN, 'Trainees leave closing tickets to trained agents.') : allow,
    ticket.status === 'CLOSED' ? deny(ErrorCode.TICKET_CLOSED, 'This ticket is closed already.') : allow,
    checkEscalatedBeforeClose(ticket),
    checkFeatureRequestLinked(ticket),
  );
}

export function checkReopen(viewer: Person, ticket: TicketFacts): RuleResult {
  return firstDenial(
    onRota(viewer),
    ticket.status === 'CLOSED' ? allow : deny(ErrorCode.TICKET_NOT_CLOSED, 'This ticket is open already.'),
  );
}

export type ChecklistStepId = 'C1' | 'C2' | 'C3' | 'C4' | 'W7';
export type ChecklistStepStatus = 'DONE' | 'TODO' | 'BLOCKED' | 'NOT_AVAILABLE';

export interface ChecklistStep {
  id: ChecklistStepId;
  label: string;
  status: ChecklistStepStatus;
  /** Why the step is not done or cannot be done yet. */
  reason: string | null;
}

/**
 * The per-ticket checklist (C1-C4, W7) as it stands. `replyBody` is the reply being written, if
 * any (the editor checks W7 live); without it, W7 describes the replies sent so far.
 */
export function checklistState(ticket: TicketFacts, replyBody?: string | null): ChecklistStep[] {
  const type = checkTypeDetermined(ticket);
  const categorized = checkCategorized(ticket);
  const answered = ticket.firstResponseAt !== null;
  const readyToAnswer = firstDenial(type, categorized);
  const w7 =
    replyBody === undefined || replyBody === null
      ? answered
        ? { status: 'DONE' as const, reason: null }
        : { status: 'TODO' as const, reason: 'Every reply ends with a direct question.' }
      : replyEndsWithQuestion(replyBody)
        ? { status: 'DONE' as const, reason: null }
        : { status: 'TODO' as const, reason: 'End the reply with a direct question, such as "Did that help?"' };
  return [
    { id: 'C1', label: 'Determine the type', status: type.ok ? 'DONE' : 'TODO', reason: type.ok ? null : type.message },
    {
      id: 'C2',
      label: 'Write a quality response',
      status: answered ? 'DONE' : readyToAnswer.ok ? 'TODO' : 'BLOCKED',
      reason: answered
        ? null
        : readyToAnswer.ok
          ? 'Use a saved reply where one fits, ask for more information when unclear.'
          : readyToAnswer.message,
    },
    c3Step(ticket),
    {
      id: 'C4',
      label: 'Categorize',
      status: categorized.ok ? 'DONE' : type.ok ? 'TODO' : 'BLOCKED',
      reason: categorized.ok ? null : categorized.message,
    },
    { id: 'W7', label: 'End with a question', ...w7 },
  ];
}

/** C3: bugs are escalated (linked to a bug) before the ticket closes; other types have nothing to escalate. */
function c3Step(ticket: TicketFacts): ChecklistStep {
  const step = { id: 'C3' as const, label: 'Escalate if needed' };
  if (ticket.bugId) return { ...step, status: 'DONE', reason: null };
  if (!ticket.type) return { ...step, status: 'BLOCKED', reason: 'Determine the type first (C1): bugs are escalated to engineering.' };
  if (ticket.type !== 'BUG') return { ...step, status: 'DONE', reason: 'Nothing to escalate: only bugs go to engineering.' };
  const refusal = checkEscalatedBeforeClose(ticket);
  return { ...step, status: 'TODO', reason: refusal.ok ? null : refusal.message };
}

/** R5: milliseconds until the customer is owed an answer (negative when late), or null while we wait on them. */
export function timeLeftMs(ticket: Pick<TicketFacts, 'responseDueAt'>, now: Date): number | null {
  return ticket.responseDueAt ? ticket.responseDueAt.getTime() - now.getTime() : null;
}

/** R5: the first-response goal was missed (no first response, or a late one). */
export function isFirstResponseGoalMissed(ticket: Pick<TicketFacts, 'firstResponseDueAt' | 'firstResponseAt'>, now: Date): boolean {
  const answeredAt = ticket.firstResponseAt ?? now;
  return answeredAt.getTime() > ticket.firstResponseDueAt.getTime();
}

/** What the queue order reads of a ticket. */
export type QueueKeyFacts = Pick<TicketFacts, 'isManagerAssigned' | 'assigneeId' | 'isFrustrated' | 'responseDueAt'> & { id: string };

/**
 * R4/R5 queue order for one viewer: tickets a manager assigned to the viewer first, then frustrated
 * customers, then the least time left (tickets waiting on the customer last), then oldest id.
 */
export function compareQueue(a: QueueKeyFacts, b: QueueKeyFacts, viewerId: string): number {
  const managerAssigned = (t: QueueKeyFacts) => (t.isManagerAssigned && t.assigneeId === viewerId ? 0 : 1);
  const frustrated = (t: QueueKeyFacts) => (t.isFrustrated ? 0 : 1);
  const due = (t: QueueKeyFacts) => t.responseDueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return (
    managerAssigned(a) - managerAssigned(b) || frustrated(a) - frustrated(b) || due(a) - due(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export type TicketAction =
  | 'claim'
  | 'release'
  | 'assign'
  | 'reply'
  | 'submitDraft'
  | 'close'
  | 'reopen'
  | 'triage'
  | 'addNote'
  | 'customerLink';

/** Everything the viewer may do to a ticket, with the reason where not; sent with each ticket. */
export function ticketPermissions(viewer: Person, ticket: TicketFacts, settings: WorkflowSettings): Record<TicketAction, RuleResult> {
  return {
    claim: ticket.assigneeId === viewer.id ? deny(ErrorCode.BAD_USER_INPUT, 'This ticket is yours already.') : checkClaim(viewer, ticket),
    release: checkRelease(viewer, ticket),
    assign: firstDenial(
      isManager(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Only support managers assign tickets to people.'),
      notClosed(ticket),
    ),
    reply: checkReply(viewer, ticket, settings, true),
    submitDraft: checkDraftSubmission(viewer, ticket),
    close: checkClose(viewer, ticket),
    reopen: checkReopen(viewer, ticket),
    triage: checkTriage(viewer, ticket),
    addNote: viewer.isActive ? allow : deny(ErrorCode.FORBIDDEN, 'Deactivated people cannot write notes.'),
    customerLink: checkCustomerLink(viewer),
  };
}
