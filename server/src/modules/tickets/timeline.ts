import { describeTicketEvent, type TicketEventData, type TicketEventKind } from '@tandem/shared';
import type { Draft } from '../drafts/draft.entity.js';
import type { User } from '../users/user.entity.js';
import type { TicketMessage } from './ticket-message.entity.js';
import { CustomerMessageEntry, EventEntry, NoteEntry, ReplyEntry, type TimelineEntry } from './timeline.types.js';

/** A ticket's timeline: its message rows and drafts as GraphQL entries, oldest first. */
export async function toTimeline(
  messages: TicketMessage[],
  drafts: Draft[],
  loadUser: (id: string) => Promise<User | null>,
): Promise<TimelineEntry[]> {
  const entries = await Promise.all(
    messages.map(async (m): Promise<TimelineEntry> => {
      const base = { id: m.id, createdAt: m.createdAt };
      switch (m.kind) {
        case 'CUSTOMER':
          return Object.assign(new CustomerMessageEntry(), base, {
            body: m.body,
            customerId: m.customerId!,
            channel: m.channel,
            quotedText: m.quotedText,
          });
        case 'REPLY':
          return Object.assign(new ReplyEntry(), base, {
            body: m.body,
            authorId: m.authorId,
            approvedById: m.approvedById,
            savedReplyId: m.savedReplyId,
            seenAt: m.seenAt,
          });
        case 'NOTE':
          return Object.assign(new NoteEntry(), base, { body: m.body, authorId: m.authorId!, mentionIds: m.mentions });
        case 'EVENT': {
          const actor = m.authorId ? await loadUser(m.authorId) : null;
          const kind = m.event as TicketEventKind;
          return Object.assign(new EventEntry(), base, {
            kind,
            actorId: m.authorId,
            text: describeTicketEvent(kind, (m.data ?? {}) as TicketEventData, actor?.name ?? 'Tandem'),
          });
        }
      }
    }),
  );
  return [...entries, ...drafts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
