import { firstResponseGoalMinutes, type TicketEventData, type TicketEventKind } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import { DomainError } from '../../common/domain-error.js';
import { publishEvent } from '../../common/events.js';
import { isUuid } from '../../db/errors.js';
import { Customer } from '../customers/customer.entity.js';
import type { TimerPlanner } from '../follow-ups/timer-planner.js';
import type { SettingsService } from '../settings/settings.service.js';
import { Ticket } from './ticket.entity.js';
import { updateTicketRow, type TicketChanges } from './ticket-row.js';

/** The low-level ticket operations every ticket command shares: read, lock, change, record. */
export class TicketStore {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
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

  async assigneeName(manager: EntityManager, ticket: Ticket): Promise<string | null> {
    if (!ticket.assigneeId) return null;
    const [row] = await manager.query(`SELECT name FROM app_user WHERE id = $1`, [ticket.assigneeId]);
    return row?.name ?? null;
  }

  async recordEvent(
    tx: EntityManager,
    ticketId: string,
    actorId: string | null,
    kind: TicketEventKind,
    data: TicketEventData = {},
  ): Promise<void> {
    await tx.query(
      `INSERT INTO ticket_message (ticket_id, kind, author_id, body, event, data, created_at) VALUES ($1, 'EVENT', $2, '', $3, $4, $5)`,
      [ticketId, actorId, kind, data, this.clock.now()],
    );
  }

  /** Applies a change to one ticket under its row lock and announces it to everyone watching. */
  async change<T>(ticketId: string, work: (tx: EntityManager, ticket: Ticket) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const ticket = await this.lock(tx, ticketId);
      const result = await work(tx, ticket);
      await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
      return result;
    });
  }

  /** Changes the ticket row (a new version of the ticket) and replans its timers. */
  async update(tx: EntityManager, ticketId: string, changes: TicketChanges): Promise<void> {
    await updateTicketRow(tx, ticketId, changes, { touchedAt: this.clock.now() });
    // Follow-ups, closing and goal alerts follow every change of the ticket (F1-F5, R5).
    await this.planner.refresh(tx, ticketId);
  }

  /** R5: when an answer is due for a message from this customer arriving now. */
  async responseDue(tx: EntityManager, customerId: string, from: Date): Promise<Date> {
    const customer = await tx.findOneByOrFail(Customer, { id: customerId });
    const minutes = firstResponseGoalMinutes(customer.plan, await this.settings.get(tx));
    return new Date(from.getTime() + minutes * 60_000);
  }
}
