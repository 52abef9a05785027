import { checkNothingNewSince, checkReply, checkReplyBody, checkSendFollowUp, isHighValue } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../clock.js';
import type { Viewer } from '../../../common/viewer.js';
import { DomainError, ensure } from '../../../common/domain-error.js';
import { Customer } from '../../customers/customer.entity.js';
import type { TimerPlanner } from '../../follow-ups/timer-planner.js';
import type { OutboxKind, OutboxService } from '../../mail/outbox.service.js';
import type { NotificationService } from '../../notifications/notification.service.js';
import { fillSavedReply } from '../../saved-replies/fill-saved-reply.js';
import type { SavedReplyService } from '../../saved-replies/saved-reply.service.js';
import type { SettingsService } from '../../settings/settings.service.js';
import type { ReplyToTicketInput } from '../dto/ticket.inputs.js';
import { ticketFacts, type Ticket } from '../ticket.entity.js';
import type { TicketStore } from '../ticket-store.js';

export interface OutgoingReply {
  authorId: string;
  approvedById: string | null;
  body: string;
  savedReplyId: string | null;
  draftId: string | null;
}

/** Replies to the customer: by an agent, from an approved draft, or by Tandem itself (follow-ups, closing). */
export class TicketReplier {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly settings: SettingsService,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxService,
    private readonly planner: TimerPlanner,
    private readonly savedReplies: SavedReplyService,
  ) {}

  /**
   * Refuses to send when the customer wrote, or someone replied, after the newest message the
   * sender had seen: they would answer a conversation they have not read.
   */
  async ensureNothingNewSince(tx: EntityManager, ticketId: string, seenMessageId: string): Promise<void> {
    ensure(checkNothingNewSince(await this.unseenMessageCount(tx, ticketId, seenMessageId)));
  }

  /** Customer messages and replies that came after the newest message the sender had seen. */
  private async unseenMessageCount(tx: EntityManager, ticketId: string, seenMessageId: string): Promise<number> {
    if (!/^\d{1,18}$/.test(seenMessageId)) throw new DomainError('BAD_USER_INPUT', 'seenMessageId is not a message id.');
    const [row] = await tx.query(
      `SELECT count(*)::int AS newer FROM ticket_message WHERE ticket_id = $1 AND kind IN ('CUSTOMER','REPLY') AND id > $2`,
      [ticketId, seenMessageId],
    );
    return row.newer;
  }

  /** Sends a reply to the customer: R4 assignment, PENDING (waiting on them), S2 usage count. */
  async sendReply(tx: EntityManager, ticket: Ticket, reply: OutgoingReply, assigneeId: string): Promise<void> {
    const now = this.clock.now();
    const [message] = await tx.query(
      `INSERT INTO ticket_message (ticket_id, kind, author_id, body, approved_by_id, saved_reply_id, draft_id, created_at)
       VALUES ($1, 'REPLY', $2, $3, $4, $5, $6, $7) RETURNING id`,
      [ticket.id, reply.authorId, reply.body, reply.approvedById, reply.savedReplyId, reply.draftId, now],
    );
    // The mail goes out with the reply or not at all: same transaction.
    await this.outbox.enqueue(tx, ticket, String(message.id), reply.body, 'REPLY');
    const reassigned = ticket.assigneeId !== assigneeId;
    await this.tickets.update(tx, ticket.id, {
      status: 'PENDING',
      // F2: another reply while we wait on the customer is a follow-up.
      followUpsSent: ticket.status === 'PENDING' ? ticket.followUpsSent + 1 : ticket.followUpsSent,
      firstResponseAt: ticket.firstResponseAt ?? now,
      lastReplyAt: now,
      responseDueAt: null,
      assigneeId,
      ...(reassigned ? { assignedById: assigneeId, isManagerAssigned: false } : {}),
    });
    if (reply.savedReplyId) await this.savedReplies.countUse(tx, reply.savedReplyId);
    await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId: ticket.id });
  }

  /** F1 (REMIND): one click sends the team's follow-up saved reply, under the same rules as any reply. */
  async sendFollowUp(viewer: Viewer, ticketId: string, seenMessageId: string): Promise<Ticket> {
    const settings = await this.settings.get();
    if (!settings.followUpSavedReplyId) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Your team has no follow-up saved reply yet: choose one in Team settings, or write the follow-up yourself.',
      );
    }
    const ticket = await this.tickets.get(ticketId);
    // A new message says more than "not due": check it first (the reply checks it again, locked).
    await this.ensureNothingNewSince(this.db.manager, ticket.id, seenMessageId);
    const customer = await this.db.manager.findOneByOrFail(Customer, { id: ticket.customerId });
    ensure(
      checkSendFollowUp(
        {
          isHighValue: isHighValue({ plan: customer.plan, monthlyRevenueCents: Number(customer.monthlyRevenueCents) }, settings),
          followUpsSent: ticket.followUpsSent,
          followUpDueAt: ticket.followUpDueAt,
          waitsForMail: await this.planner.waitsForMail(this.db.manager, ticket),
        },
        settings,
        this.clock.now(),
      ),
    );
    const body = await fillSavedReply(this.db.manager, settings.followUpSavedReplyId, ticketId, viewer.name);
    if (body === null)
      throw new DomainError('NOT_FOUND', 'The follow-up saved reply is no longer in the library: choose another in Team settings.');
    return this.reply(viewer, { ticketId, body, seenMessageId, savedReplyId: settings.followUpSavedReplyId });
  }

  /** A trained agent answers the customer directly (T1, C1, C4, W6, W7, R4). */
  async reply(viewer: Viewer, input: ReplyToTicketInput): Promise<Ticket> {
    return this.tickets.change(input.ticketId, async (tx, ticket) => {
      const savedReplyId = await this.savedReplies.activeSavedReplyId(tx, input.savedReplyId, input.body);
      const settings = await this.settings.get(tx);
      // Under the lock: of two people replying at once, the later one sees the first one's reply.
      const unseen = await this.unseenMessageCount(tx, ticket.id, input.seenMessageId);
      ensure(checkReply(viewer, ticketFacts(ticket, await this.tickets.assigneeName(tx, ticket)), settings, savedReplyId !== null, unseen));
      ensure(checkReplyBody(input.body));
      await this.sendReply(
        tx,
        ticket,
        { authorId: viewer.id, approvedById: null, body: input.body.trim(), savedReplyId, draftId: null },
        viewer.id,
      );
      // Their own draft still waiting here (submitted before they graduated, or a W6 draft) is answered
      // by this reply: nobody approves it into a second one.
      const [, replaced] = await tx.query(
        `UPDATE ticket_draft SET status = 'SUPERSEDED', updated_at = $3 WHERE ticket_id = $1 AND author_id = $2 AND status = 'PENDING'`,
        [ticket.id, viewer.id, this.clock.now()],
      );
      if (replaced > 0) await this.notifications.settle(tx, { kind: 'DRAFT_DEALT_WITH', ticketId: ticket.id, authorId: viewer.id });
      return this.tickets.get(ticket.id, tx);
    });
  }

  /**
   * E3 "we fixed it", FR4 "it shipped": a reply written once for many customers, sent to one ticket
   * under its lock (the caller holds it). A closed ticket opens again as waiting on the customer; the
   * follow-up count starts over: it is a new answer with its own question (then F1-F4 as for any reply).
   */
  async sendAnnouncement(
    tx: EntityManager,
    ticket: Ticket,
    announcement: { body: string; authorId: string; savedReplyId: string | null; kind: 'BUG_FIXED' | 'FEATURE_NEWS'; reopenReason: string },
  ): Promise<string> {
    const now = this.clock.now();
    const [message] = await tx.query(
      `INSERT INTO ticket_message (ticket_id, kind, author_id, body, saved_reply_id, created_at) VALUES ($1, 'REPLY', $2, $3, $4, $5) RETURNING id`,
      [ticket.id, announcement.authorId, announcement.body, announcement.savedReplyId, now],
    );
    await this.outbox.enqueue(tx, ticket, String(message.id), announcement.body, announcement.kind);
    await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId: ticket.id });
    await this.tickets.update(tx, ticket.id, {
      status: 'PENDING',
      closedAt: null,
      followUpsSent: 0,
      firstResponseAt: ticket.firstResponseAt ?? now,
      lastReplyAt: now,
      responseDueAt: null,
    });
    if (ticket.status === 'CLOSED') {
      await this.tickets.recordEvent(tx, ticket.id, null, 'REOPENED', { reason: announcement.reopenReason });
    }
    return String(message.id);
  }

  /** F1 (AUTO) and W10: a reply Tandem sends by itself, credited to nobody; mailed like any reply. */
  async sendSystemReply(tx: EntityManager, ticketId: string, body: string, kind: OutboxKind, savedReplyId: string | null): Promise<void> {
    const ticket = await this.tickets.lock(tx, ticketId);
    const now = this.clock.now();
    const [message] = await tx.query(
      `INSERT INTO ticket_message (ticket_id, kind, author_id, body, saved_reply_id, created_at) VALUES ($1, 'REPLY', NULL, $2, $3, $4) RETURNING id`,
      [ticket.id, body, savedReplyId, now],
    );
    await this.outbox.enqueue(tx, ticket, String(message.id), body, kind);
    await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId: ticket.id });
    if (kind === 'CLOSING') return;
    await this.tickets.update(tx, ticket.id, {
      status: 'PENDING',
      lastReplyAt: now,
      responseDueAt: null,
      followUpsSent: ticket.status === 'PENDING' ? ticket.followUpsSent + 1 : ticket.followUpsSent,
    });
    if (savedReplyId) await this.savedReplies.countUse(tx, savedReplyId);
  }
}
