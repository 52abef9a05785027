import {
  checkApproval,
  checkDraftReview,
  checkDraftSubmission,
  checkReplyBody,
  hasRole,
  isTrainee,
  Role,
  LIMITS,
  type DraftFacts,
} from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import type { Viewer } from '../../common/viewer.js';
import { DomainError, ensure } from '../../common/domain-error.js';
import { publishEvent } from '../../common/events.js';
import { isUuid } from '../../db/errors.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { ticketFacts } from '../tickets/ticket.entity.js';
import type { SavedReplyService } from '../saved-replies/saved-reply.service.js';
import type { TicketReplier } from '../tickets/commands/ticket-replier.js';
import type { TicketStore } from '../tickets/ticket-store.js';
import { Draft } from './draft.entity.js';
import type { ApproveDraftInput, RequestDraftChangesInput, SubmitDraftInput } from './dto/draft.inputs.js';

export class DraftService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly replier: TicketReplier,
    private readonly savedReplies: SavedReplyService,
    private readonly notifications: NotificationService,
  ) {}

  async get(id: string, manager: EntityManager = this.db.manager): Promise<Draft> {
    const draft = isUuid(id) ? await manager.findOneBy(Draft, { id }) : null;
    if (!draft) throw new DomainError('NOT_FOUND', 'There is no such draft.');
    return draft;
  }

  async facts(draft: Draft, manager: EntityManager = this.db.manager): Promise<DraftFacts> {
    const [reviewer] = draft.reviewerId ? await manager.query(`SELECT name FROM app_user WHERE id = $1`, [draft.reviewerId]) : [];
    return { authorId: draft.authorId, reviewerId: draft.reviewerId, reviewerName: reviewer?.name ?? null, status: draft.status };
  }

  /** Drafts of each ticket, oldest first (they are part of its timeline). */
  async byTicket(ticketIds: readonly string[]): Promise<Map<string, Draft[]>> {
    const rows = await this.db
      .getRepository(Draft)
      .createQueryBuilder('d')
      .where('d.ticket_id = ANY(:ids)', { ids: ticketIds.filter(isUuid) })
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
    const map = new Map<string, Draft[]>();
    for (const draft of rows) map.set(draft.ticketId, [...(map.get(draft.ticketId) ?? []), draft]);
    return map;
  }

  /**
   * T1/W6: a trainee's reply (or a trained agent's novel one) becomes a draft that tags the trainer
   * (or the support managers). A newer submission replaces the person's pending draft.
   */
  async submit(viewer: Viewer, input: SubmitDraftInput): Promise<Draft> {
    return this.db.transaction(async (tx) => {
      const ticket = await this.tickets.lock(tx, input.ticketId);
      ensure(checkDraftSubmission(viewer, ticketFacts(ticket)));
      ensure(checkReplyBody(input.body));
      await this.replier.ensureNothingNewSince(tx, ticket.id, input.seenMessageId);
      const savedReplyId = await this.savedReplies.activeSavedReplyId(tx, input.savedReplyId, input.body);
      const title = input.suggestedTitle?.trim() || null;
      if (input.suggestAsSavedReply && title && title.length > LIMITS.savedReply.titleMax) {
        throw new DomainError('BAD_USER_INPUT', 'The suggested title is too long.');
      }
      const trainee = isTrainee(viewer);
      const now = this.clock.now();
      await tx.query(
        `UPDATE ticket_draft SET status = 'SUPERSEDED', updated_at = $3 WHERE ticket_id = $1 AND author_id = $2 AND status = 'PENDING'`,
        [ticket.id, viewer.id, now],
      );
      const [row] = await tx.query(
        `INSERT INTO ticket_draft (ticket_id, author_id, body, reason, reviewer_id, saved_reply_id, suggest_as_saved_reply,
                                   suggested_title, seen_message_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
        [
          ticket.id,
          viewer.id,
          input.body.trim(),
          trainee ? 'TRAINEE' : 'NOVEL_REPLY',
          trainee ? viewer.trainerId : null,
          savedReplyId,
          input.suggestAsSavedReply,
          title,
          input.seenMessageId,
          now,
        ],
      );
      // The replaced draft's review request is done; the new one notifies again.
      await this.notifications.settle(tx, { kind: 'DRAFT_DEALT_WITH', ticketId: ticket.id, authorId: viewer.id });
      const reviewers = trainee ? [viewer.trainerId!] : await this.notifications.managerIds(tx);
      await this.notifications.notify(tx, reviewers, {
        kind: 'DRAFT_TO_REVIEW',
        ticketId: ticket.id,
        actorId: viewer.id,
        body: `${viewer.name} submitted a draft reply on #${ticket.number} “${ticket.subject}” for your approval.`,
      });
      await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
      return this.get(row.id, tx);
    });
  }

  /**
   * T2: the trainer (or a manager) approves: the reply goes to the customer as written or as edited,
   * credited to the author and the approver. A draft is approved once, however often it is clicked.
   */
  async approve(viewer: Viewer, input: ApproveDraftInput): Promise<Draft> {
    const { ticketId } = await this.get(input.draftId);
    return this.db.transaction(async (tx) => {
      // Lock the ticket first, then read the draft: a second click waits here and finds it approved.
      const ticket = await this.tickets.lock(tx, ticketId);
      const draft = await this.get(input.draftId, tx);
      ensure(checkApproval(viewer, await this.facts(draft, tx), ticketFacts(ticket)));
      const body = (input.body ?? draft.body).trim();
      ensure(checkReplyBody(body));
      await this.replier.ensureNothingNewSince(tx, ticket.id, input.seenMessageId);
      const now = this.clock.now();
      const approved = await tx.query(
        `UPDATE ticket_draft SET status = 'APPROVED', reviewed_by_id = $2, reviewed_at = $3, updated_at = $3
          WHERE id = $1 AND status = 'PENDING' RETURNING id`,
        [draft.id, viewer.id, now],
      );
      if (approved[1] === 0) throw new DomainError('DRAFT_ALREADY_REVIEWED', 'This draft was reviewed already.');
      const savedReplyId = draft.savedReplyId
        ? await this.savedReplies.activeSavedReplyId(tx, draft.savedReplyId, body).catch(() => null)
        : null;
      // R4: the approver sends it; an unassigned ticket becomes theirs (trainees leave tickets unassigned).
      await this.replier.sendReply(
        tx,
        ticket,
        { authorId: draft.authorId, approvedById: viewer.id, body, savedReplyId, draftId: draft.id },
        ticket.assigneeId ?? viewer.id,
      );
      const [author] = await tx.query(`SELECT name FROM app_user WHERE id = $1`, [draft.authorId]);
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'DRAFT_APPROVED', { authorName: author.name });
      if (draft.suggestAsSavedReply) {
        await tx.query(
          `INSERT INTO saved_reply (title, body, category, status, suggested_by_id, source_draft_id, created_by_id, created_at, updated_at)
           VALUES ($1, $2, 'OTHER', 'SUGGESTED', $3, $4, $3, $5, $5)`,
          [(draft.suggestedTitle ?? ticket.subject).slice(0, LIMITS.savedReply.titleMax), body, draft.authorId, draft.id, now],
        );
      }
      const edited = body !== draft.body;
      await this.notifications.settle(tx, { kind: 'DRAFT_DEALT_WITH', ticketId: ticket.id, authorId: draft.authorId });
      await this.notifications.notify(tx, [draft.authorId], {
        kind: 'DRAFT_REVIEWED',
        ticketId: ticket.id,
        actorId: viewer.id,
        body: `${viewer.name} approved your draft on #${ticket.number}${edited ? ' with edits' : ''}; it was sent to the customer.`,
      });
      await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
      return this.get(draft.id, tx);
    });
  }

  /** T2: the reviewer sends the draft back with feedback; the author sees it and resubmits. */
  async requestChanges(viewer: Viewer, input: RequestDraftChangesInput): Promise<Draft> {
    const feedback = input.feedback.trim();
    if (!feedback) throw new DomainError('BAD_USER_INPUT', 'Say what to change: feedback is required.');
    const { ticketId } = await this.get(input.draftId);
    return this.db.transaction(async (tx) => {
      const ticket = await this.tickets.lock(tx, ticketId);
      const draft = await this.get(input.draftId, tx);
      ensure(checkDraftReview(viewer, await this.facts(draft, tx)));
      const now = this.clock.now();
      const changed = await tx.query(
        `UPDATE ticket_draft SET status = 'CHANGES_REQUESTED', reviewed_by_id = $2, reviewed_at = $3, feedback = $4, updated_at = $3
          WHERE id = $1 AND status = 'PENDING' RETURNING id`,
        [draft.id, viewer.id, now, feedback],
      );
      if (changed[1] === 0) throw new DomainError('DRAFT_ALREADY_REVIEWED', 'This draft was reviewed already.');
      const [author] = await tx.query(`SELECT name FROM app_user WHERE id = $1`, [draft.authorId]);
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'CHANGES_REQUESTED', { authorName: author.name });
      await this.notifications.settle(tx, { kind: 'DRAFT_DEALT_WITH', ticketId: ticket.id, authorId: draft.authorId });
      await this.notifications.notify(tx, [draft.authorId], {
        kind: 'DRAFT_REVIEWED',
        ticketId: ticket.id,
        actorId: viewer.id,
        body: `${viewer.name} asked for changes to your draft on #${ticket.number}: “${feedback.slice(0, 140)}${feedback.length > 140 ? '…' : ''}”`,
      });
      await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
      return this.get(draft.id, tx);
    });
  }

  /** Drafts waiting for this viewer: their trainees' (T2), and every pending one for managers. Oldest first. */
  async toReview(viewer: Viewer, first: number, after: string | null | undefined): Promise<ConnectionShape<Draft>> {
    const qb = this.db.getRepository(Draft).createQueryBuilder('d').where(`d.status = 'PENDING'`).andWhere('d.author_id <> :viewerId', {
      viewerId: viewer.id,
    });
    if (!hasRole(viewer, Role.MANAGER)) qb.andWhere('d.reviewer_id = :viewerId');
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      qb.andWhere('(d.created_at, d.id) > (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, (d) => [d.createdAt.toISOString(), d.id]);
  }
}
