import {
  checkAssign,
  checkClaim,
  checkClose,
  checkNothingNewSince,
  checkRelease,
  checkReopen,
  checkReply,
  checkReplyBody,
  checkSendFollowUp,
  checkTriage,
  describeTriggers,
  firstResponseGoalMinutes,
  frustrationHint,
  isHighValue,
  isValidEmail,
  normalizeEmail,
  suggestedGroupForType,
  keepsSavedReplyText,
  TICKET_LIMITS,
  type TicketEventData,
  type TicketEventKind,
  type TicketGroup,
  type TicketType,
} from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import type { Viewer } from '../../common/context.js';
import { DomainError, ensure } from '../../common/domain-error.js';
import { publishEvent } from '../../common/events.js';
import { isUuid } from '../../db/errors.js';
import { TEAM_CHAT_QUEUE, type TeamChatMessage } from '../../jobs/team-chat.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { TimerPlanner } from '../follow-ups/timer-planner.js';
import type { OutboxKind, OutboxService } from '../mail/outbox.service.js';
import { fillSavedReply } from '../saved-replies/fill-saved-reply.js';
import { Customer } from '../customers/customer.entity.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { SettingsService } from '../settings/settings.service.js';
import { User } from '../users/user.entity.js';
import type { AddNoteInput, ReplyToTicketInput, SubmitTicketInput, TicketsFilter } from './dto/ticket.inputs.js';
import { Ticket, ticketFacts } from './ticket.entity.js';
import { TicketMessage } from './ticket-message.entity.js';

/** Someone has a ticket open when they sent a heartbeat within this window. */
export const PRESENCE_WINDOW_MS = 45_000;

export interface CustomerMessageInput {
  body: string;
  channel: 'EMAIL' | 'WEB_FORM' | 'LINK';
  emailMessageId?: string | null;
  quotedText?: string | null;
}

export interface OutgoingReply {
  authorId: string;
  approvedById: string | null;
  body: string;
  savedReplyId: string | null;
  draftId: string | null;
}

export class TicketService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly settings: SettingsService,
    private readonly notifications: NotificationService,
    private readonly jobs: JobQueue,
    private readonly outbox: OutboxService,
    private readonly planner: TimerPlanner,
  ) {}

  async get(id: string, manager: EntityManager = this.db.manager): Promise<Ticket> {
    const ticket = isUuid(id) ? await manager.findOneBy(Ticket, { id }) : null;
    if (!ticket) throw new DomainError('NOT_FOUND', 'There is no such ticket.');
    return ticket;
  }

  findByIds(ids: readonly string[]): Promise<Ticket[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.getRepository(Ticket).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids: valid }).getMany();
  }

  /** Locks the ticket row for the rest of the transaction: one change at a time per ticket. */
  async lock(tx: EntityManager, id: string): Promise<Ticket> {
    if (!isUuid(id)) throw new DomainError('NOT_FOUND', 'There is no such ticket.');
    await tx.query(`SELECT id FROM ticket WHERE id = $1 FOR UPDATE`, [id]);
    return this.get(id, tx);
  }

  private async assigneeName(tx: EntityManager, ticket: Ticket): Promise<string | null> {
    if (!ticket.assigneeId) return null;
    const [row] = await tx.query(`SELECT name FROM app_user WHERE id = $1`, [ticket.assigneeId]);
    return row?.name ?? null;
  }

  async recordEvent(tx: EntityManager, ticketId: string, actorId: string | null, kind: TicketEventKind, data: TicketEventData = {}): Promise<void> {
    await tx.query(
      `INSERT INTO ticket_message (ticket_id, kind, author_id, body, event, data, created_at) VALUES ($1, 'EVENT', $2, '', $3, $4, $5)`,
      [ticketId, actorId, kind, data, this.clock.now()],
    );
  }

  /** Applies a change to one ticket under its row lock and announces it to everyone watching. */
  private async change<T>(ticketId: string, work: (tx: EntityManager, ticket: Ticket) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const ticket = await this.lock(tx, ticketId);
      const result = await work(tx, ticket);
      await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
      return result;
    });
  }

  private async update(tx: EntityManager, ticketId: string, sets: Record<string, unknown>): Promise<void> {
    const columns = Object.keys(sets);
    const assignments = columns.map((column, i) => `${column} = $${i + 3}`);
    await tx.query(
      `UPDATE ticket SET ${[...assignments, 'updated_at = $2', 'version = version + 1'].join(', ')} WHERE id = $1`,
      [ticketId, this.clock.now(), ...columns.map((c) => sets[c])],
    );
    // Follow-ups, closing and goal alerts follow every change of the ticket (F1-F5, R5).
    await this.planner.refresh(tx, ticketId);
  }

  /** The tickets a queue filter selects (closed ones only when it asks for them). */
  private filtered(viewer: Viewer, filter: TicketsFilter) {
    const qb = this.db.getRepository(Ticket).createQueryBuilder('t').setParameter('viewerId', viewer.id);
    if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
    else if (!filter.includeClosed) qb.andWhere(`t.status <> 'CLOSED'`);
    if (filter.ids) qb.andWhere('t.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
    if (filter.group) qb.andWhere('t.ticket_group = :group', { group: filter.group });
    if (filter.mine) qb.andWhere('t.assignee_id = :viewerId');
    if (filter.unassigned) qb.andWhere('t.assignee_id IS NULL');
    if (filter.assigneeId) qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: isUuid(filter.assigneeId) ? filter.assigneeId : null });
    if (filter.frustrated) qb.andWhere('t.is_frustrated');
    if (filter.followUpDue) qb.andWhere(`t.status = 'PENDING' AND t.follow_up_due_at <= :now`, { now: this.clock.now() });
    if (filter.needsReview) {
      qb.andWhere(`EXISTS (SELECT 1 FROM ticket_draft d WHERE d.ticket_id = t.id AND d.status = 'PENDING')`);
    }
    const search = filter.search?.trim();
    if (search && /^#\d{1,9}$/.test(search)) {
      // "#1013" names one ticket: its number only, not words that start with the digits.
      qb.andWhere('t.number = :number', { number: Number(search.slice(1)) });
    } else if (search) {
      const words = search.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const tsQuery = words.map((w) => `${w}:*`).join(' & ');
      const conditions = [
        `EXISTS (SELECT 1 FROM customer c WHERE c.id = t.customer_id AND (c.name ILIKE :pattern OR c.email ILIKE :pattern))`,
      ];
      if (tsQuery) {
        conditions.push(`t.search @@ to_tsquery('simple', :tsQuery)`);
        conditions.push(
          `EXISTS (SELECT 1 FROM ticket_message m WHERE m.ticket_id = t.id AND m.kind IN ('CUSTOMER','REPLY')
             AND to_tsvector('simple', m.body) @@ to_tsquery('simple', :tsQuery))`,
        );
      }
      if (/^#?\d{1,9}$/.test(search)) conditions.push('t.number = :number');
      qb.andWhere(`(${conditions.join(' OR ')})`, {
        pattern: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        tsQuery,
        number: Number(search.replace('#', '')),
      });
    }
    return qb;
  }

  /** How many tickets a filter selects, counting no further than `cap` (a search's "12 in all tickets"). */
  async count(viewer: Viewer, filter: TicketsFilter, cap: number): Promise<{ count: number; hasMore: boolean }> {
    const inner = this.filtered(viewer, filter).select('1').limit(cap + 1);
    const [sql, params] = inner.getQueryAndParameters();
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM (${sql}) capped`, params);
    return { count: Math.min(row.n, cap), hasMore: row.n > cap };
  }

  /**
   * The queue (R4/R5): manager-assigned to the viewer first, then frustrated customers, then the
   * least time left to the response goal; keyset-paged on exactly that order.
   */
  async list(viewer: Viewer, filter: TicketsFilter, first: number, after: string | null | undefined): Promise<ConnectionShape<Ticket>> {
    const k1 = `(CASE WHEN t.is_manager_assigned AND t.assignee_id = :viewerId THEN 0 ELSE 1 END)`;
    const k2 = `(CASE WHEN t.is_frustrated THEN 0 ELSE 1 END)`;
    const k3 = `coalesce(t.response_due_at, 'infinity'::timestamptz)`;
    // The cursor keeps the due time to the microsecond, as text PostgreSQL reads back exactly.
    const k3Text = `CASE WHEN t.response_due_at IS NULL THEN 'infinity'
      ELSE to_char(t.response_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END`;
    const qb = this.filtered(viewer, filter)
      .addSelect(k1, 'k1')
      .addSelect(k2, 'k2')
      .addSelect(k3, 'k3')
      .addSelect(k3Text, 'k3_text');
    if (after) {
      const [c1, c2, c3, id] = decodeCursor(after, ['int', 'int', 'timestamp', 'uuid']);
      const validDue = c3 === 'infinity' || !Number.isNaN(Date.parse(String(c3)));
      if (!isUuid(String(id)) || !validDue || ![0, 1].includes(Number(c1)) || ![0, 1].includes(Number(c2))) {
        throw new DomainError('BAD_USER_INPUT', 'The page cursor is not valid; start again from the first page.');
      }
      qb.andWhere(`(${k1}, ${k2}, ${k3}, t.id) > (:c1, :c2, :c3::timestamptz, :cid)`, { c1, c2, c3, cid: id });
    }
    qb.orderBy('k1', 'ASC').addOrderBy('k2', 'ASC').addOrderBy('k3', 'ASC').addOrderBy('t.id', 'ASC').limit(first + 1);
    const { entities, raw } = await qb.getRawAndEntities();
    const keys = new Map(raw.map((r: { t_id: string; k1: number; k2: number; k3_text: string }) => [r.t_id, [r.k1, r.k2, r.k3_text]]));
    return toConnection(entities, first, (t) => [...(keys.get(t.id) as [number, number, string]), t.id]);
  }

  /** W1/W2: a trained agent takes an unassigned ticket; of many simultaneous claims exactly one wins. */
  async claim(viewer: Viewer, ticketId: string): Promise<Ticket> {
    const ticket = await this.get(ticketId);
    ensure(checkClaim(viewer, ticketFacts(ticket, await this.assigneeName(this.db.manager, ticket))));
    if (ticket.assigneeId === viewer.id) return ticket;
    return this.db.transaction(async (tx) => {
      // One conditional UPDATE decides the race; the losers find the ticket taken.
      const now = this.clock.now();
      const claimed = await tx.query(
        `UPDATE ticket SET assignee_id = $2, assigned_by_id = $2, is_manager_assigned = false, updated_at = $3, version = version + 1
          WHERE id = $1 AND assignee_id IS NULL AND status <> 'CLOSED' RETURNING id`,
        [ticket.id, viewer.id, now],
      );
      if (claimed[1] === 0) {
        const current = await this.get(ticket.id, tx);
        ensure(checkClaim(viewer, ticketFacts(current, await this.assigneeName(tx, current))));
        return current;
      }
      await this.recordEvent(tx, ticket.id, viewer.id, 'CLAIMED');
      await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
      return this.get(ticket.id, tx);
    });
  }

  /** R4: a manager assigns the ticket; it becomes the assignee's top priority. */
  async assign(viewer: Viewer, ticketId: string, assigneeId: string): Promise<Ticket> {
    return this.change(ticketId, async (tx, ticket) => {
      const assignee = isUuid(assigneeId) ? await tx.findOneBy(User, { id: assigneeId }) : null;
      if (!assignee) throw new DomainError('NOT_FOUND', 'There is no such person on the team.');
      ensure(checkAssign(viewer, ticketFacts(ticket), assignee));
      await this.update(tx, ticket.id, { assignee_id: assignee.id, assigned_by_id: viewer.id, is_manager_assigned: true });
      await this.recordEvent(tx, ticket.id, viewer.id, 'ASSIGNED', { assigneeName: assignee.name });
      await this.notifications.notify(tx, [assignee.id], {
        kind: 'ASSIGNED_TO_YOU',
        ticketId: ticket.id,
        actorId: viewer.id,
        body: `${viewer.name} assigned you #${ticket.number} “${ticket.subject}”: it is your top priority.`,
      });
      return this.get(ticket.id, tx);
    });
  }

  async release(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.change(ticketId, async (tx, ticket) => {
      ensure(checkRelease(viewer, ticketFacts(ticket, await this.assigneeName(tx, ticket))));
      await this.update(tx, ticket.id, { assignee_id: null, assigned_by_id: null, is_manager_assigned: false });
      await this.recordEvent(tx, ticket.id, viewer.id, 'RELEASED');
      return this.get(ticket.id, tx);
    });
  }

  /** C1: sets the type; an uncategorized ticket moves to the type's usual group (C4, R3). */
  async setType(viewer: Viewer, ticketId: string, type: TicketType | null): Promise<Ticket> {
    return this.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      if (ticket.type === type) return ticket;
      const sets: Record<string, unknown> = { type };
      const group = type ? suggestedGroupForType[type] : null;
      const moves = group !== null && ticket.group === 'UNASSIGNED';
      if (moves) sets.ticket_group = group;
      await this.update(tx, ticket.id, sets);
      await this.recordEvent(tx, ticket.id, viewer.id, 'TYPE_SET', { type });
      if (moves) await this.recordEvent(tx, ticket.id, viewer.id, 'GROUP_SET', { group: group! });
      return this.get(ticket.id, tx);
    });
  }

  /** C4/R3: puts the ticket in a group. */
  async setGroup(viewer: Viewer, ticketId: string, group: TicketGroup): Promise<Ticket> {
    return this.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      if (ticket.group === group) return ticket;
      await this.update(tx, ticket.id, { ticket_group: group });
      await this.recordEvent(tx, ticket.id, viewer.id, 'GROUP_SET', { group });
      return this.get(ticket.id, tx);
    });
  }

  /** W9: complex tickets get the seen-but-unanswered follow-up. */
  async setComplex(viewer: Viewer, ticketId: string, isComplex: boolean): Promise<Ticket> {
    return this.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      if (ticket.isComplex === isComplex) return ticket;
      await this.update(tx, ticket.id, { is_complex: isComplex });
      await this.recordEvent(tx, ticket.id, viewer.id, 'COMPLEX_SET', { value: isComplex });
      return this.get(ticket.id, tx);
    });
  }

  /**
   * W8: a frustrated customer alerts every support manager at once (in the app, live) and the team
   * chat (in the background, retried; a down chat never blocks the agent). Flagging twice alerts once.
   */
  async flagFrustrated(viewer: Viewer, ticketId: string, frustrated: boolean): Promise<Ticket> {
    return this.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      if (ticket.isFrustrated === frustrated) return ticket;
      // Confirming the "looks frustrated" suggestion is flagging; either way it is answered.
      await this.update(tx, ticket.id, { is_frustrated: frustrated, frustration_suggested_at: null, frustration_triggers: [], frustration_signals: [] });
      await this.recordEvent(tx, ticket.id, viewer.id, 'FRUSTRATION_SET', { value: frustrated });
      if (!frustrated) return this.get(ticket.id, tx);
      const customer = await tx.findOneByOrFail(Customer, { id: ticket.customerId });
      const who = `${customer.name}${customer.company ? `, ${customer.company}` : ''}, ${customer.plan.toLowerCase()} plan`;
      await this.notifications.notify(tx, await this.notifications.managerIds(tx), {
        kind: 'FRUSTRATED_CUSTOMER',
        ticketId: ticket.id,
        actorId: viewer.id,
        body: `Frustrated customer on #${ticket.number} “${ticket.subject}” (${who}), flagged by ${viewer.name}.`,
      });
      const settings = await this.settings.get(tx);
      if (settings.teamChatWebhookUrl) {
        const message: TeamChatMessage = {
          url: settings.teamChatWebhookUrl,
          text:
            `:rotating_light: Frustrated customer on #${ticket.number} “${ticket.subject}” (${who}), ` +
            `flagged by ${viewer.name}. ${this.config.publicUrl}/tickets/${ticket.id}`,
        };
        await this.jobs.send(tx, TEAM_CHAT_QUEUE, message);
      }
      return this.get(ticket.id, tx);
    });
  }

  /** W8: the customer is not frustrated after all; the suggestion comes back only with a new message that looks frustrated. */
  async dismissFrustrationSuggestion(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      if (!ticket.frustrationSuggestedAt) return ticket;
      await this.update(tx, ticket.id, { frustration_suggested_at: null, frustration_triggers: [], frustration_signals: [] });
      await this.recordEvent(tx, ticket.id, viewer.id, 'FRUSTRATION_DISMISSED', { reason: describeTriggers(ticket.frustrationTriggers) });
      return this.get(ticket.id, tx);
    });
  }

  /** An internal note (never shown to the customer); people @mentioned are notified. */
  async addNote(viewer: Viewer, input: AddNoteInput): Promise<Ticket> {
    const body = input.body.trim();
    if (!body) throw new DomainError('BAD_USER_INPUT', 'Write the note first.');
    if (body.length > TICKET_LIMITS.bodyMax) throw new DomainError('BAD_USER_INPUT', 'The note is too long.');
    return this.change(input.ticketId, async (tx, ticket) => {
      const mentionIds = [...new Set(input.mentionIds ?? [])];
      const mentioned: { id: string }[] = mentionIds.length
        ? await tx.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND is_active`, [mentionIds.filter(isUuid)])
        : [];
      if (mentioned.length !== mentionIds.length) throw new DomainError('BAD_USER_INPUT', 'You can only mention active people on the team.');
      await tx.query(
        `INSERT INTO ticket_message (ticket_id, kind, author_id, body, mentions, created_at) VALUES ($1, 'NOTE', $2, $3, $4, $5)`,
        [ticket.id, viewer.id, body, mentionIds, this.clock.now()],
      );
      await this.notifications.notify(tx, mentionIds, {
        kind: 'MENTION',
        ticketId: ticket.id,
        actorId: viewer.id,
        body: `${viewer.name} mentioned you on #${ticket.number}: “${body.slice(0, 140)}${body.length > 140 ? '…' : ''}”`,
      });
      return this.get(ticket.id, tx);
    });
  }

  /**
   * Refuses to send when the customer wrote, or someone replied, after the newest message the
   * sender had seen: they would answer a conversation they have not read.
   */
  async ensureNothingNewSince(tx: EntityManager, ticketId: string, seenMessageId: string): Promise<void> {
    ensure(checkNothingNewSince(await this.unseenMessageCount(tx, ticketId, seenMessageId)));
  }

  /** Customer messages and replies that came after the newest message the sender had seen. */
  async unseenMessageCount(tx: EntityManager, ticketId: string, seenMessageId: string): Promise<number> {
    if (!/^\d{1,18}$/.test(seenMessageId)) throw new DomainError('BAD_USER_INPUT', 'seenMessageId is not a message id.');
    const [row] = await tx.query(
      `SELECT count(*)::int AS newer FROM ticket_message WHERE ticket_id = $1 AND kind IN ('CUSTOMER','REPLY') AND id > $2`,
      [ticketId, seenMessageId],
    );
    return row.newer;
  }

  /**
   * The saved reply an answer starts from (W3, S2), if it is in the library and the answer still
   * keeps its words; a reply rewritten from scratch is novel (W6) whatever was inserted.
   */
  async activeSavedReplyId(tx: EntityManager, savedReplyId: string | null | undefined, body: string): Promise<string | null> {
    if (!savedReplyId) return null;
    const [row] = isUuid(savedReplyId)
      ? await tx.query(`SELECT id, body FROM saved_reply WHERE id = $1 AND status = 'ACTIVE'`, [savedReplyId])
      : [];
    if (!row) throw new DomainError('NOT_FOUND', 'That saved reply is no longer in the library.');
    return keepsSavedReplyText(body, row.body) ? row.id : null;
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
    await this.update(tx, ticket.id, {
      status: 'PENDING',
      // F2: another reply while we wait on the customer is a follow-up.
      follow_ups_sent: ticket.status === 'PENDING' ? ticket.followUpsSent + 1 : ticket.followUpsSent,
      first_response_at: ticket.firstResponseAt ?? now,
      last_reply_at: now,
      response_due_at: null,
      assignee_id: assigneeId,
      ...(reassigned ? { assigned_by_id: assigneeId, is_manager_assigned: false } : {}),
    });
    if (reply.savedReplyId) {
      await tx.query(`UPDATE saved_reply SET usage_count = usage_count + 1 WHERE id = $1`, [reply.savedReplyId]);
    }
    await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId: ticket.id });
  }

  /** F1 (REMIND): one click sends the team's follow-up saved reply, under the same rules as any reply. */
  async sendFollowUp(viewer: Viewer, ticketId: string, seenMessageId: string): Promise<Ticket> {
    const settings = await this.settings.get();
    if (!settings.followUpSavedReplyId) {
      throw new DomainError('BAD_USER_INPUT', 'Your team has no follow-up saved reply yet: choose one in Team settings, or write the follow-up yourself.');
    }
    const ticket = await this.get(ticketId);
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
    if (body === null) throw new DomainError('NOT_FOUND', 'The follow-up saved reply is no longer in the library: choose another in Team settings.');
    return this.reply(viewer, { ticketId, body, seenMessageId, savedReplyId: settings.followUpSavedReplyId });
  }

  /** A trained agent answers the customer directly (T1, C1, C4, W6, W7, R4). */
  async reply(viewer: Viewer, input: ReplyToTicketInput): Promise<Ticket> {
    return this.change(input.ticketId, async (tx, ticket) => {
      const savedReplyId = await this.activeSavedReplyId(tx, input.savedReplyId, input.body);
      const settings = await this.settings.get(tx);
      // Under the lock: of two people replying at once, the later one sees the first one's reply.
      const unseen = await this.unseenMessageCount(tx, ticket.id, input.seenMessageId);
      ensure(checkReply(viewer, ticketFacts(ticket, await this.assigneeName(tx, ticket)), settings, savedReplyId !== null, unseen));
      ensure(checkReplyBody(input.body));
      await this.sendReply(tx, ticket, { authorId: viewer.id, approvedById: null, body: input.body.trim(), savedReplyId, draftId: null }, viewer.id);
      return this.get(ticket.id, tx);
    });
  }

  async close(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.change(ticketId, async (tx, ticket) => {
      ensure(checkClose(viewer, ticketFacts(ticket)));
      await this.update(tx, ticket.id, { status: 'CLOSED', closed_at: this.clock.now(), response_due_at: null });
      await this.recordEvent(tx, ticket.id, viewer.id, 'CLOSED');
      await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId: ticket.id });
      return this.get(ticket.id, tx);
    });
  }

  /** Reopens a closed ticket; it is owed an answer again within the plan's goal. */
  async reopen(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.change(ticketId, async (tx, ticket) => {
      ensure(checkReopen(viewer, ticketFacts(ticket)));
      await this.update(tx, ticket.id, {
        status: 'OPEN',
        closed_at: null,
        response_due_at: await this.responseDue(tx, ticket.customerId, this.clock.now()),
      });
      await this.recordEvent(tx, ticket.id, viewer.id, 'REOPENED');
      return this.get(ticket.id, tx);
    });
  }

  /** R5: when an answer is due for a message from this customer arriving now. */
  private async responseDue(tx: EntityManager, customerId: string, from: Date): Promise<Date> {
    const customer = await tx.findOneByOrFail(Customer, { id: customerId });
    const minutes = firstResponseGoalMinutes(customer.plan, await this.settings.get(tx));
    return new Date(from.getTime() + minutes * 60_000);
  }

  /** Web-form intake: matches or creates the customer by e-mail and opens a ticket. */
  async submitFromWebForm(input: SubmitTicketInput): Promise<Ticket> {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    const subject = input.subject.trim();
    const message = input.message.trim();
    if (!name) throw new DomainError('BAD_USER_INPUT', 'Tell us your name.');
    if (!isValidEmail(email)) throw new DomainError('BAD_USER_INPUT', 'Enter a valid e-mail address so we can answer you.');
    if (!subject) throw new DomainError('BAD_USER_INPUT', 'Give your message a subject.');
    if (!message) throw new DomainError('BAD_USER_INPUT', 'Write your message.');
    if (name.length > TICKET_LIMITS.nameMax || subject.length > TICKET_LIMITS.subjectMax || message.length > TICKET_LIMITS.bodyMax) {
      throw new DomainError('BAD_USER_INPUT', 'Your name, subject or message is too long.');
    }
    return this.db.transaction(async (tx) => {
      const opened = await this.openFromCustomer(tx, { name, email, company: input.company?.trim() || null }, subject, {
        body: message,
        channel: 'WEB_FORM',
      });
      return this.get(opened.ticketId, tx);
    });
  }

  /** F1 (AUTO) and W10: a reply Tandem sends by itself, credited to nobody; mailed like any reply. */
  async sendSystemReply(tx: EntityManager, ticketId: string, body: string, kind: OutboxKind, savedReplyId: string | null): Promise<void> {
    const ticket = await this.lock(tx, ticketId);
    const now = this.clock.now();
    const [message] = await tx.query(
      `INSERT INTO ticket_message (ticket_id, kind, author_id, body, saved_reply_id, created_at) VALUES ($1, 'REPLY', NULL, $2, $3, $4) RETURNING id`,
      [ticket.id, body, savedReplyId, now],
    );
    await this.outbox.enqueue(tx, ticket, String(message.id), body, kind);
    await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId: ticket.id });
    if (kind === 'CLOSING') return;
    await this.update(tx, ticket.id, {
      status: 'PENDING',
      last_reply_at: now,
      response_due_at: null,
      follow_ups_sent: ticket.status === 'PENDING' ? ticket.followUpsSent + 1 : ticket.followUpsSent,
    });
    if (savedReplyId) await tx.query(`UPDATE saved_reply SET usage_count = usage_count + 1 WHERE id = $1`, [savedReplyId]);
  }

  /** W10/F4: no answer for days after the last reply: the ticket closes, with the team's closing mail if it has one. */
  async closeForSilence(tx: EntityManager, ticketId: string, closingMessage: string | null): Promise<void> {
    if (closingMessage) await this.sendSystemReply(tx, ticketId, closingMessage, 'CLOSING', null);
    await this.update(tx, ticketId, { status: 'CLOSED', closed_at: this.clock.now(), response_due_at: null });
    await this.recordEvent(tx, ticketId, null, 'CLOSED', { reason: 'the customer did not answer' });
    await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId });
  }

  /** Ends every private link of the ticket at once; the next reply carries a new one. */
  async revokeLinks(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      const [, revoked] = await tx.query(`UPDATE ticket_link SET revoked_at = $2 WHERE ticket_id = $1 AND revoked_at IS NULL`, [
        ticket.id,
        this.clock.now(),
      ]);
      if (revoked > 0) await this.recordEvent(tx, ticket.id, viewer.id, 'LINKS_REVOKED');
      return this.get(ticket.id, tx);
    });
  }

  /**
   * W9/F3: the customer saw a reply (its mail's private link or tracking image): that reply and the
   * conversation before it count as seen, never a later reply (its own mail marks it).
   */
  async markReplySeen(ticketId: string, messageId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Under the ticket's lock, so the timers are computed from the ticket as it is now.
      await this.lock(tx, ticketId);
      const [, changed] = await tx.query(
        `UPDATE ticket_message SET seen_at = $3 WHERE id <= $2 AND ticket_id = $1 AND kind = 'REPLY' AND seen_at IS NULL`,
        [ticketId, messageId, this.clock.now()],
      );
      if (changed === 0) return;
      await this.planner.refresh(tx, ticketId);
      await publishEvent(tx, { kind: 'ticket', ticketId });
    });
  }

  /**
   * A customer opens a ticket (web form, e-mail): the customer is matched by address or created, the
   * first message recorded, and the ticket owed an answer within the plan's goal (R5).
   */
  async openFromCustomer(
    tx: EntityManager,
    from: { name: string; email: string; company?: string | null },
    subject: string,
    message: CustomerMessageInput,
  ): Promise<{ ticketId: string; messageId: string; customerId: string }> {
    const now = this.clock.now();
    // A known address keeps its customer record; a new message cannot rename an existing customer.
    const [customer] = await tx.query(
      `INSERT INTO customer (name, email, company, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (email) DO UPDATE SET updated_at = customer.updated_at RETURNING id`,
      [from.name, from.email, from.company ?? null, now],
    );
    const due = await this.responseDue(tx, customer.id, now);
    const [ticket] = await tx.query(
      `INSERT INTO ticket (subject, customer_id, first_response_due_at, response_due_at, last_customer_message_at, created_at, updated_at)
       VALUES ($1, $2, $3, $3, $4, $4, $4) RETURNING id`,
      [subject.slice(0, TICKET_LIMITS.subjectMax), customer.id, due, now],
    );
    const messageId = await this.insertCustomerMessage(tx, ticket.id, customer.id, message);
    await this.planner.refresh(tx, ticket.id);
    await this.recordEvent(tx, ticket.id, null, 'CREATED', { reason: message.channel === 'EMAIL' ? 'e-mail' : 'web form' });
    await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
    return { ticketId: ticket.id, messageId, customerId: customer.id };
  }

  /**
   * F5: the customer wrote again (mail, private link): the message joins the ticket, a ticket waiting
   * on the customer or closed opens again and is owed an answer; follow-ups and closing are off.
   */
  async addCustomerMessage(tx: EntityManager, ticketId: string, customerId: string, message: CustomerMessageInput): Promise<string> {
    const ticket = await this.lock(tx, ticketId);
    const now = this.clock.now();
    const messageId = await this.insertCustomerMessage(tx, ticket.id, customerId, message);
    const owed = ticket.status === 'OPEN' && ticket.responseDueAt ? ticket.responseDueAt : await this.responseDue(tx, ticket.customerId, now);
    await this.update(tx, ticket.id, { status: 'OPEN', closed_at: null, last_customer_message_at: now, response_due_at: owed, follow_ups_sent: 0 });
    if (ticket.status === 'CLOSED') await this.recordEvent(tx, ticket.id, null, 'REOPENED', { reason: 'the customer wrote again' });
    await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId: ticket.id });
    await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
    return messageId;
  }

  private async insertCustomerMessage(tx: EntityManager, ticketId: string, customerId: string, message: CustomerMessageInput): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO ticket_message (ticket_id, kind, customer_id, body, channel, email_message_id, quoted_text, created_at)
       VALUES ($1, 'CUSTOMER', $2, $3, $4, $5, $6, $7) RETURNING id`,
      [ticketId, customerId, message.body, message.channel, message.emailMessageId ?? null, message.quotedText ?? null, this.clock.now()],
    );
    // W8: every customer message (mail, web form, private link) is checked as it arrives; the
    // ticket shows "looks frustrated" until an agent confirms or dismisses it.
    const hint = frustrationHint(message.body);
    if (hint.looksFrustrated) {
      await tx.query(
        `UPDATE ticket SET frustration_suggested_at = $2, frustration_triggers = $3, frustration_signals = $4 WHERE id = $1 AND NOT is_frustrated`,
        [ticketId, this.clock.now(), hint.triggers, hint.signals],
      );
    }
    return String(row.id);
  }

  /** Presence: the viewer has the ticket open (heartbeat) or left it. Announced when it changes. */
  async setViewing(viewer: Viewer, ticketId: string, viewing: boolean): Promise<boolean> {
    const ticket = await this.get(ticketId);
    const now = this.clock.now();
    const changed = viewing
      ? await this.db.query(
          `INSERT INTO ticket_presence (ticket_id, user_id, seen_at) VALUES ($1, $2, $3)
           ON CONFLICT (ticket_id, user_id) DO UPDATE SET seen_at = $3
           RETURNING (xmax = 0) AS arrived`,
          [ticket.id, viewer.id, now],
        ).then(([row]) => row.arrived as boolean)
      : await this.db.query(`DELETE FROM ticket_presence WHERE ticket_id = $1 AND user_id = $2`, [ticket.id, viewer.id]).then(([, n]) => n > 0);
    if (changed) await publishEvent(this.db, { kind: 'ticket', ticketId: ticket.id });
    // The mentions and draft reviews that pointed here are now in front of the viewer.
    if (viewing) await this.notifications.settle(this.db.manager, { kind: 'TICKET_OPENED', ticketId: ticket.id, userId: viewer.id });
    return viewing;
  }

  /** Who has each ticket open right now. */
  async viewers(ticketIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { ticket_id: string; user_id: string }[] = await this.db.query(
      `SELECT ticket_id, user_id FROM ticket_presence WHERE ticket_id = ANY($1::uuid[]) AND seen_at > $2 ORDER BY seen_at`,
      [ticketIds.filter(isUuid), new Date(this.clock.now().getTime() - PRESENCE_WINDOW_MS)],
    );
    const byTicket = new Map<string, string[]>();
    for (const row of rows) byTicket.set(row.ticket_id, [...(byTicket.get(row.ticket_id) ?? []), row.user_id]);
    return byTicket;
  }

  /** The timeline rows of each ticket, oldest first. */
  async messages(ticketIds: readonly string[]): Promise<Map<string, TicketMessage[]>> {
    const rows = await this.db
      .getRepository(TicketMessage)
      .createQueryBuilder('m')
      .where('m.ticket_id = ANY(:ids)', { ids: ticketIds.filter(isUuid) })
      .orderBy('m.id', 'ASC')
      .getMany();
    const byTicket = new Map<string, TicketMessage[]>();
    for (const row of rows) byTicket.set(row.ticketId, [...(byTicket.get(row.ticketId) ?? []), row]);
    return byTicket;
  }

  /** The newest customer message or reply of each ticket: what a reply must have seen. */
  async latestMessageIds(ticketIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { ticket_id: string; id: string }[] = await this.db.query(
      `SELECT ticket_id, max(id)::text AS id FROM ticket_message
        WHERE ticket_id = ANY($1::uuid[]) AND kind IN ('CUSTOMER','REPLY') GROUP BY ticket_id`,
      [ticketIds.filter(isUuid)],
    );
    return new Map(rows.map((r) => [r.ticket_id, r.id]));
  }
}
