import { renderPlaceholders } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../clock.js';
import type { Logger } from '../../../logger.js';
import type { TicketReplier } from '../../tickets/commands/ticket-replier.js';
import type { TicketStore } from '../../tickets/ticket-store.js';
import type { Bug } from '../bug.entity.js';
import type { BugStore } from '../bug-store.js';
import { announceEach, PollingLoop } from '../../../jobs/polling-loop.js';

const POLL_MS = 1000;
/** After a round in which nothing could be told (a ticket failing each time), wait longer. */
const IDLE_AFTER_FAILURE_MS = 60_000;
const BATCH_SIZE = 100;

/**
 * E3: tells every linked ticket "we fixed it", one reply each, in the background. "Mark fixed"
 * only marks the bug `fix_pending`; any instance's announcer then takes the linked tickets not told
 * yet, a batch at a time, locking the tickets it takes (SKIP LOCKED: two instances share the work)
 * and marking each link told in the same transaction as its reply. A restart loses nothing and
 * repeats nothing: the next round carries on from the links not marked.
 */
export class FixAnnouncer {
  private readonly loop = new PollingLoop(
    async () => ((await this.announceRound()) ? IDLE_AFTER_FAILURE_MS : POLL_MS),
    (error) => this.log.error({ err: error }, 'announcing a fix failed; it carries on shortly'),
    POLL_MS,
  );

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly bugs: BugStore,
    private readonly tickets: TicketStore,
    private readonly replier: TicketReplier,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Tells every ticket waiting to hear of a fix; true when some could not be told this round. */
  announceDue(): Promise<boolean> {
    return this.loop.exclusive(() => this.announceRound());
  }

  private async announceRound(): Promise<boolean> {
    const pending: { id: string }[] = await this.db.query(`SELECT id FROM bug WHERE fix_pending AND status = 'FIXED' ORDER BY fixed_at`);
    return announceEach(
      this.loop,
      pending.map((p) => p.id),
      (id) => this.announceBatch(id),
      (id) => this.finishIfDone(id),
    );
  }

  /** One batch of one bug's tickets, in one transaction; each ticket on its own savepoint. */
  private async announceBatch(bugId: string): Promise<{ taken: number; told: number }> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT * FROM bug WHERE id = $1 AND fix_pending AND status = 'FIXED'`, [bugId]);
      if (!row) return { taken: 0, told: 0 };
      const bug = this.bugs.read(row);
      const taken: { ticket_id: string }[] = await tx.query(
        `SELECT l.ticket_id FROM ticket_bug_link l JOIN ticket t ON t.id = l.ticket_id
          WHERE l.bug_id = $1 AND l.fix_announced_at IS NULL AND l.linked_at <= $2
          ORDER BY l.ticket_id LIMIT $3 FOR UPDATE OF t SKIP LOCKED`,
        [bug.id, bug.fixedAt, BATCH_SIZE],
      );
      const told: string[] = [];
      for (const { ticket_id: ticketId } of taken) {
        await tx.query('SAVEPOINT announce');
        try {
          if (await this.tellLocked(tx, bug, ticketId, bug.fixedById)) told.push(ticketId);
          await tx.query('RELEASE SAVEPOINT announce');
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT announce');
          this.log.warn({ err: error, bugId: bug.id, ticketId }, 'could not tell a ticket of a fix; tried again later');
        }
      }
      await this.bugs.publish(tx, [bug.id], told);
      return { taken: taken.length, told: told.length };
    });
  }

  /** The announcement is done when no linked ticket waits for it any more. */
  private async finishIfDone(bugId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [, changed] = await tx.query(
        `UPDATE bug SET fix_pending = false WHERE id = $1 AND fix_pending AND NOT EXISTS (
           SELECT 1 FROM ticket_bug_link l WHERE l.bug_id = bug.id AND l.fix_announced_at IS NULL AND l.linked_at <= bug.fixed_at)`,
        [bugId],
      );
      if (changed > 0) await this.bugs.publish(tx, [bugId]);
    });
  }

  /** A ticket linked after the fix was announced, told now because someone chose to (under the ticket's lock). */
  async tellOne(tx: EntityManager, bug: Bug, ticketId: string, actorId: string): Promise<void> {
    await this.tellLocked(tx, bug, ticketId, actorId);
  }

  /**
   * One ticket, whose row the caller has locked: the link is marked told first, by a conditional
   * UPDATE, so a ticket another instance told a moment ago is left alone.
   */
  private async tellLocked(tx: EntityManager, bug: Bug, ticketId: string, actorId: string | null): Promise<boolean> {
    const now = this.clock.now();
    const [claimed] = await tx.query(
      `UPDATE ticket_bug_link SET fix_announced_at = $3 WHERE ticket_id = $1 AND bug_id = $2 AND fix_announced_at IS NULL RETURNING ticket_id`,
      [ticketId, bug.id, now],
    );
    if (!claimed?.length || !bug.fixMessage || !bug.fixedById) return false;
    const ticket = await this.tickets.get(ticketId, tx);
    const [names] = await tx.query(
      `SELECT c.name AS customer_name, c.company, u.name AS engineer_name
         FROM customer c, app_user u WHERE c.id = $1 AND u.id = $2`,
      [ticket.customerId, bug.fixedById],
    );
    const body = renderPlaceholders(bug.fixMessage, {
      customer: { name: names.customer_name, company: names.company },
      agent: { name: names.engineer_name },
      ticket: { number: ticket.number, subject: ticket.subject },
    });
    const messageId = await this.replier.sendAnnouncement(tx, ticket, {
      body,
      authorId: bug.fixedById,
      savedReplyId: null,
      kind: 'BUG_FIXED',
      reopenReason: 'the fix was announced; waiting on the customer',
    });
    await tx.query(`UPDATE ticket_bug_link SET fix_message_id = $2 WHERE ticket_id = $1`, [ticketId, messageId]);
    await this.tickets.recordEvent(tx, ticketId, actorId, 'BUG_FIX_ANNOUNCED', {
      bugNumber: bug.number,
      engineerName: names.engineer_name,
    });
    return true;
  }
}
