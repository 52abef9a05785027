import { renderPlaceholders } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../clock.js';
import type { Logger } from '../../../logger.js';
import type { TicketReplier } from '../../tickets/commands/ticket-replier.js';
import type { TicketStore } from '../../tickets/ticket-store.js';
import type { FeatureRequest } from '../feature-request.entity.js';
import type { FeatureStore } from '../feature-store.js';
import { announceEach, PollingLoop } from '../../../jobs/polling-loop.js';

export type AnnouncementKind = 'SHIPPED' | 'DECLINED';

const POLL_MS = 1000;
/** After a round in which nobody could be told (a ticket failing each time), wait longer. */
const IDLE_AFTER_FAILURE_MS = 60_000;
const BATCH_SIZE = 100;

/**
 * FR4: each customer who asked for the card is told, once, with one reply on their most recent
 * ticket that asked: `(ticket created_at, number)` newest, the order of the shared `shipAudience`.
 * Asks that came to the card by a merge count like its own.
 */
const NEXT_TO_TELL = `
  WITH latest AS (
    SELECT DISTINCT ON (a.customer_id) a.customer_id, a.ticket_id
      FROM feature_ask a JOIN ticket t ON t.id = a.ticket_id
     WHERE a.feature_request_id = $1 AND a.linked_at <= $3
       AND NOT EXISTS (SELECT 1 FROM feature_notice n WHERE n.feature_request_id = $1 AND n.kind = $2 AND n.customer_id = a.customer_id)
     ORDER BY a.customer_id, t.created_at DESC, t.number DESC)
  SELECT l.customer_id, l.ticket_id FROM latest l JOIN ticket t ON t.id = l.ticket_id
   ORDER BY l.customer_id LIMIT $4 FOR UPDATE OF t SKIP LOCKED`;

/**
 * FR4: tells every customer who asked that the card shipped (or was declined, when product wrote
 * them why), in the background. "Mark shipped" only marks the card `announcement_pending`; any
 * instance's announcer then takes customers not told yet, a batch at a time, locking the ticket it
 * writes to (SKIP LOCKED: two instances share the work), and records the customer told
 * (`feature_notice`, one row per card, kind and customer) in the same transaction as the reply. A
 * restart loses nothing and repeats nothing.
 */
export class FeatureAnnouncer {
  private readonly loop = new PollingLoop(
    async () => ((await this.announceRound()) ? IDLE_AFTER_FAILURE_MS : POLL_MS),
    (error) => this.log.error({ err: error }, 'telling customers of a feature request failed; it carries on shortly'),
    POLL_MS,
  );

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly cards: FeatureStore,
    private readonly tickets: TicketStore,
    private readonly replier: TicketReplier,
    private readonly log: Logger,
  ) {}

  /** Starts telling the customers of a card (the caller holds the card's lock); returns how many will be told. */
  async begin(tx: EntityManager, cardId: string, kind: AnnouncementKind, message: string, actorId: string): Promise<number> {
    const now = this.clock.now();
    const [{ total }] = await tx.query(
      `SELECT count(DISTINCT a.customer_id)::int AS total FROM feature_ask a
        WHERE a.feature_request_id = $1
          AND NOT EXISTS (SELECT 1 FROM feature_notice n WHERE n.feature_request_id = $1 AND n.kind = $2 AND n.customer_id = a.customer_id)`,
      [cardId, kind],
    );
    await tx.query(
      `UPDATE feature_request SET announcement = $2, announcement_message = $3, announced_by_id = $4, announcement_total = $5,
              announcement_pending = $5 > 0, announced_at = $6 WHERE id = $1`,
      [cardId, kind, message, actorId, total, now],
    );
    return total;
  }

  /**
   * More asks came to a card whose announcement went out (a merge): the customers among them not
   * told yet, who asked before the announcement, are told too; asks made later stay untold, as on
   * the card itself (the caller holds the card's lock).
   */
  async resume(tx: EntityManager, cardId: string): Promise<void> {
    await tx.query(
      `UPDATE feature_request f SET announcement_pending = true,
              announcement_total = (SELECT count(DISTINCT n.customer_id) FROM feature_notice n WHERE n.feature_request_id = f.id AND n.kind = f.announcement)
                + (SELECT count(DISTINCT a.customer_id) FROM feature_ask a
                    WHERE a.feature_request_id = f.id AND a.linked_at <= f.announced_at
                      AND NOT EXISTS (SELECT 1 FROM feature_notice n WHERE n.feature_request_id = f.id AND n.kind = f.announcement AND n.customer_id = a.customer_id))
        WHERE f.id = $1 AND f.announcement IS NOT NULL AND f.announced_at IS NOT NULL`,
      [cardId],
    );
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Tells every customer waiting to hear; true when some could not be told this round. */
  announceDue(): Promise<boolean> {
    return this.loop.exclusive(() => this.announceRound());
  }

  private async announceRound(): Promise<boolean> {
    const pending: { id: string }[] = await this.db.query(
      `SELECT id FROM feature_request WHERE announcement_pending ORDER BY announced_at`,
    );
    return announceEach(
      this.loop,
      pending.map((p) => p.id),
      (id) => this.announceBatch(id),
      (id) => this.finishIfDone(id),
    );
  }

  private async announceBatch(cardId: string): Promise<{ taken: number; told: number }> {
    return this.db.transaction(async (tx) => {
      // Only while the card still says what the message says (a reopened card tells nobody more).
      const [row] = await tx.query(`SELECT * FROM feature_request WHERE id = $1 AND announcement_pending AND status = announcement`, [
        cardId,
      ]);
      if (!row) return { taken: 0, told: 0 };
      const card = this.cards.read(row);
      const taken: { customer_id: string; ticket_id: string }[] = await tx.query(NEXT_TO_TELL, [
        card.id,
        card.announcement,
        card.announcedAt,
        BATCH_SIZE,
      ]);
      const told: string[] = [];
      for (const { customer_id: customerId, ticket_id: ticketId } of taken) {
        await tx.query('SAVEPOINT announce');
        try {
          if (await this.tell(tx, card, customerId, ticketId)) told.push(ticketId);
          await tx.query('RELEASE SAVEPOINT announce');
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT announce');
          this.log.warn(
            { err: error, featureRequestId: card.id, ticketId },
            'could not tell a customer of a feature request; tried again later',
          );
        }
      }
      await this.cards.publish(tx, [card.id], told);
      return { taken: taken.length, told: told.length };
    });
  }

  /** Done when no customer who asked before the announcement waits for it any more. */
  private async finishIfDone(cardId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [, changed] = await tx.query(
        `UPDATE feature_request f SET announcement_pending = false WHERE f.id = $1 AND f.announcement_pending AND NOT EXISTS (
           SELECT 1 FROM feature_ask a WHERE a.feature_request_id = f.id AND a.linked_at <= f.announced_at AND NOT EXISTS (
             SELECT 1 FROM feature_notice n WHERE n.feature_request_id = f.id AND n.kind = f.announcement AND n.customer_id = a.customer_id))`,
        [cardId],
      );
      if (changed > 0) await this.cards.publish(tx, [cardId]);
    });
  }

  /**
   * One customer, on the ticket whose row the caller has locked: the notice is recorded first
   * (its key is the card, the kind and the customer), so a customer another instance told a
   * moment ago is left alone.
   */
  private async tell(tx: EntityManager, card: FeatureRequest, customerId: string, ticketId: string): Promise<boolean> {
    if (!card.announcement || !card.announcementMessage || !card.announcedById) return false;
    const [claimed] = await tx.query(
      `INSERT INTO feature_notice (feature_request_id, customer_id, kind, ticket_id, told_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING customer_id`,
      [card.id, customerId, card.announcement, ticketId, this.clock.now()],
    );
    if (!claimed) return false;
    const ticket = await this.tickets.get(ticketId, tx);
    const [names] = await tx.query(
      `SELECT c.name AS customer_name, c.company, u.name AS author_name FROM customer c, app_user u WHERE c.id = $1 AND u.id = $2`,
      [customerId, card.announcedById],
    );
    const body = renderPlaceholders(card.announcementMessage, {
      customer: { name: names.customer_name, company: names.company },
      agent: { name: names.author_name },
      ticket: { number: ticket.number, subject: ticket.subject },
    });
    const shipped = card.announcement === 'SHIPPED';
    const messageId = await this.replier.sendAnnouncement(tx, ticket, {
      body,
      authorId: card.announcedById,
      savedReplyId: null,
      kind: 'FEATURE_NEWS',
      reopenReason: shipped
        ? 'the feature they asked for shipped; waiting on the customer'
        : 'the request was declined; waiting on the customer',
    });
    await tx.query(`UPDATE feature_notice SET message_id = $4 WHERE feature_request_id = $1 AND kind = $2 AND customer_id = $3`, [
      card.id,
      card.announcement,
      customerId,
      messageId,
    ]);
    await this.tickets.recordEvent(tx, ticketId, card.announcedById, shipped ? 'FEATURE_SHIPPED' : 'FEATURE_DECLINED', {
      featureNumber: card.number,
      featureTitle: card.title,
    });
    return true;
  }
}
