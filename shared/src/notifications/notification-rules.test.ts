import { describe, expect, it } from 'vitest';
import { notificationsSettledBy, type NotificationDone } from './notification-rules.js';

describe('notificationsSettledBy: a notification is done when what it points to is done', () => {
  it.each<[string, NotificationDone, ReturnType<typeof notificationsSettledBy>]>([
    [
      'a draft approved, sent back or replaced settles "submitted a draft" for every reviewer',
      { kind: 'DRAFT_DEALT_WITH', ticketId: 't', authorId: 'kate' },
      { ticketId: 't', kinds: ['DRAFT_TO_REVIEW'], actorId: 'kate', recipientId: null },
    ],
    [
      'opening the ticket settles the mentions and draft reviews of that person only',
      { kind: 'TICKET_OPENED', ticketId: 't', userId: 'lena' },
      { ticketId: 't', kinds: ['MENTION', 'DRAFT_REVIEWED'], actorId: null, recipientId: 'lena' },
    ],
    [
      'a reply, the customer writing or closing settles "follow up" for everyone',
      { kind: 'CONVERSATION_MOVED_ON', ticketId: 't' },
      { ticketId: 't', kinds: ['FOLLOW_UP_DUE'], actorId: null, recipientId: null },
    ],
  ])('%s', (_, done, expected) => {
    expect(notificationsSettledBy(done)).toEqual(expected);
  });
});
