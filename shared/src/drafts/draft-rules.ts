import { ErrorCode } from '../common/errors.js';
import { allow, deny, firstDenial, type RuleResult } from '../common/rule.js';
import { DraftStatus } from '../tickets/enums.js';
import {
  checkCategorized,
  checkNotClosed,
  checkOnRota,
  checkTypeDetermined,
  isManager,
  type TicketFacts,
  type WorkflowSettings,
} from '../tickets/ticket-facts.js';
import { isTrainee, type Person } from '../users/user-rules.js';

// T1, T2, W6: the rules of drafts (replies that go to a reviewer before the customer). Kept apart
// from the ticket rules; those import `replyNeedsReview` and `checkDraftSubmission` from here.

/** W6: with the team setting on, a trained agent's novel reply goes to a manager first. */
export function replyNeedsReview(viewer: Person, settings: WorkflowSettings): boolean {
  return settings.reviewNovelReplies && !isTrainee(viewer) && !isManager(viewer);
}

/** T1/W6: submitting a draft for review (trainees always; trained agents for novel replies). */
export function checkDraftSubmission(viewer: Person, ticket: TicketFacts): RuleResult {
  return firstDenial(
    checkOnRota(viewer),
    isManager(viewer) ? deny(ErrorCode.BAD_USER_INPUT, 'Support managers reply directly; no review needed.') : allow,
    checkNotClosed(ticket),
  );
}

/** The draft facts the review rules look at. */
export interface DraftFacts {
  authorId: string;
  /** The author's trainer when the draft was submitted (T1), or null for a W6 review by any manager. */
  reviewerId: string | null;
  reviewerName?: string | null;
  status: DraftStatus;
}

const draftStatusWords: Record<DraftStatus, string> = {
  PENDING: 'is waiting for review',
  APPROVED: 'was approved already',
  CHANGES_REQUESTED: 'was sent back for changes already',
  SUPERSEDED: 'was replaced by a newer draft',
};

/** T2: the trainee's trainer, or any support manager, reviews a pending draft of someone else. */
export function checkDraftReview(viewer: Person, draft: DraftFacts): RuleResult {
  if (draft.status !== DraftStatus.PENDING) {
    return deny(ErrorCode.DRAFT_ALREADY_REVIEWED, `This draft ${draftStatusWords[draft.status]}.`);
  }
  if (viewer.id === draft.authorId) return deny(ErrorCode.CANNOT_REVIEW_OWN_DRAFT, 'Someone else reviews your drafts.');
  if (!isManager(viewer) && viewer.id !== draft.reviewerId) {
    return deny(ErrorCode.FORBIDDEN, `Only ${draft.reviewerName ?? 'the trainer'} or a support manager can review this draft.`);
  }
  return allow;
}

/** T2 + C1/C4: approving sends the reply, so the ticket must be ready for a reply. */
export function checkApproval(viewer: Person, draft: DraftFacts, ticket: TicketFacts): RuleResult {
  return firstDenial(checkDraftReview(viewer, draft), checkNotClosed(ticket), checkTypeDetermined(ticket), checkCategorized(ticket));
}

/** Where a reply goes when its author presses Send: to the customer, or to a reviewer as a draft. */
export type ReplyRoute = 'SEND' | 'DRAFT';

/**
 * T1/W6: whether a reply is sent or becomes a draft, from what the API tells about the viewer and
 * the ticket (`Ticket.viewerCan`): `reply` is `checkReply(viewer, ticket, settings, true)`,
 * `needsReview` is `replyNeedsReview(viewer, settings)`. Trainees always draft; with the team's
 * review setting on, a trained agent's reply that keeps no saved reply's words drafts too.
 * Everything else is sent (and a refused send shows its reason).
 */
export function replyRoute(
  reply: { ok: boolean; code?: string | null } | { allowed: boolean; code?: string | null },
  needsReview: boolean,
  usedSavedReply: boolean,
): ReplyRoute {
  const allowed = 'ok' in reply ? reply.ok : reply.allowed;
  if (!allowed && reply.code === ErrorCode.TRAINEE_MUST_SUBMIT_DRAFT) return 'DRAFT';
  return allowed && needsReview && !usedSavedReply ? 'DRAFT' : 'SEND';
}
