import type { NotificationKind } from '../tickets/enums.js';

/** Something that was done on a ticket, which may settle notifications that pointed to it. */
export type NotificationDone =
  /** The draft of this author was approved, sent back with feedback, or replaced by a newer one. */
  | { kind: 'DRAFT_DEALT_WITH'; ticketId: string; authorId: string }
  /** This person opened the ticket (it is on their screen). */
  | { kind: 'TICKET_OPENED'; ticketId: string; userId: string }
  /** A reply or follow-up went out, the customer wrote, or the ticket closed. */
  | { kind: 'CONVERSATION_MOVED_ON'; ticketId: string };

/** Which notifications of the ticket a done thing settles: of these kinds, by this actor or for this recipient. */
export interface SettledNotifications {
  ticketId: string;
  kinds: readonly NotificationKind[];
  /** Only notifications whose actor is this person (the draft's author); null: any actor. */
  actorId: string | null;
  /** Only notifications for this person; null: everyone who got one. */
  recipientId: string | null;
}

/**
 * A notification is done when the thing it points to is done, for everyone who got it:
 * - "submitted a draft" (DRAFT_TO_REVIEW) when that author's draft is approved, sent back or
 *   replaced by a newer submission (which notifies again);
 * - a mention (MENTION) and "your draft was reviewed" (DRAFT_REVIEWED) when the person opens the
 *   ticket: the note or the feedback is then in front of them;
 * - "follow up" (FOLLOW_UP_DUE) when a reply or follow-up is sent, the customer answers, or the
 *   ticket closes.
 */
export function notificationsSettledBy(done: NotificationDone): SettledNotifications {
  switch (done.kind) {
    case 'DRAFT_DEALT_WITH':
      return { ticketId: done.ticketId, kinds: ['DRAFT_TO_REVIEW'], actorId: done.authorId, recipientId: null };
    case 'TICKET_OPENED':
      return { ticketId: done.ticketId, kinds: ['MENTION', 'DRAFT_REVIEWED'], actorId: null, recipientId: done.userId };
    case 'CONVERSATION_MOVED_ON':
      return { ticketId: done.ticketId, kinds: ['FOLLOW_UP_DUE'], actorId: null, recipientId: null };
  }
}
