import DataLoader from 'dataloader';
import type { Customer } from '../modules/customers/customer.entity.js';
import type { Draft } from '../modules/drafts/draft.entity.js';
import type { SavedReply } from '../modules/saved-replies/saved-reply.entity.js';
import type { TeamSettings } from '../modules/settings/team-settings.entity.js';
import type { TicketMessage } from '../modules/tickets/ticket-message.entity.js';
import type { Ticket } from '../modules/tickets/ticket.entity.js';
import type { User } from '../modules/users/user.entity.js';
import type { Attachment } from '../modules/mail/mail.types.js';
import type { OutboxRow } from '../modules/mail/outbox.service.js';
import type { AppServices } from '../services.js';

/** Per-request batching: one query per kind of lookup, however many fields ask. */
export interface Loaders {
  userById: DataLoader<string, User | null>;
  traineeCountByTrainerId: DataLoader<string, number>;
  activeAdminCount: () => Promise<number>;
  settings: () => Promise<TeamSettings>;
  customerById: DataLoader<string, Customer | null>;
  ticketById: DataLoader<string, Ticket | null>;
  savedReplyById: DataLoader<string, SavedReply | null>;
  messagesByTicketId: DataLoader<string, TicketMessage[]>;
  draftsByTicketId: DataLoader<string, Draft[]>;
  latestMessageIdByTicketId: DataLoader<string, string | null>;
  viewerIdsByTicketId: DataLoader<string, string[]>;
  mailByMessageId: DataLoader<string, OutboxRow | null>;
  attachmentsByMessageId: DataLoader<string, Attachment[]>;
  replyMailedAtByTicketId: DataLoader<string, Date | null>;
}

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function fromMap<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: V) {
  return new DataLoader<string, V>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => (value ??= load());
}

export function createLoaders(services: AppServices): Loaders {
  const { users, customers, tickets, ticketTimeline, ticketPresence, drafts, savedReplies, settings } = services;
  return {
    userById: byId((ids) => users.findByIds(ids)),
    traineeCountByTrainerId: fromMap((ids) => users.traineeCounts(ids), 0),
    activeAdminCount: once(() => users.activeAdminCount()),
    settings: once(() => settings.get()),
    customerById: byId((ids) => customers.findByIds(ids)),
    ticketById: byId((ids) => tickets.findByIds(ids)),
    savedReplyById: byId((ids) => savedReplies.findByIds(ids)),
    messagesByTicketId: fromMap((ids) => ticketTimeline.messages(ids), []),
    draftsByTicketId: fromMap((ids) => drafts.byTicket(ids), []),
    latestMessageIdByTicketId: fromMap((ids) => ticketTimeline.latestMessageIds(ids), null),
    viewerIdsByTicketId: fromMap((ids) => ticketPresence.viewers(ids), []),
    mailByMessageId: fromMap(
      async (ids) => new Map((await services.outbox.forMessages(ids)).map((row) => [String(row.message_id), row])),
      null,
    ),
    attachmentsByMessageId: fromMap((ids) => services.inbound.attachments(ids), []),
    replyMailedAtByTicketId: fromMap((ids) => services.planner.replyMailedAt(services.db.manager, ids), null),
  };
}
