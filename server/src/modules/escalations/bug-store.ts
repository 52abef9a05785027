import type { BugEventData, BugEventKind } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import { DomainError } from '../../common/domain-error.js';
import { publishEvents, type AppEvent } from '../../common/events.js';
import type { Loaders } from '../../common/app-services.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import { jsonColumns, rowReader } from '../../common/raw-rows.js';
import { isUuid } from '../../db/errors.js';
import { Customer } from '../customers/customer.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';
import { Bug, toBugLink, type BugLink } from './bug.entity.js';
import type { BugTicket } from './bug.types.js';

export interface BugEventRow {
  id: string;
  kind: string;
  actorId: string | null;
  data: Record<string, unknown>;
  bugNumber: number;
  createdAt: Date;
}

/** Reading, locking and recording bugs: what every escalation command shares. */
export class BugStore {
  readonly read: (row: Record<string, unknown>) => Bug;
  private readonly readTicket: (row: Record<string, unknown>) => Ticket;
  private readonly readCustomer: (row: Record<string, unknown>) => Customer;
  private readonly readUser: (row: Record<string, unknown>) => User;
  private readonly ticketJson: string;
  private readonly userJson: string;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {
    this.read = rowReader(db, Bug);
    this.readTicket = rowReader(db, Ticket);
    this.readCustomer = rowReader(db, Customer);
    this.readUser = rowReader(db, User);
    this.ticketJson = jsonColumns(db, Ticket, 't');
    this.userJson = jsonColumns(db, User, 'u');
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<Bug> {
    const [bug] = isUuid(id) ? await this.findByIds([id], manager) : [];
    if (!bug) throw new DomainError('NOT_FOUND', 'There is no such bug.');
    return bug;
  }

  async findByIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<Bug[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM bug WHERE id = ANY($1::uuid[])`, [valid]);
    return rows.map(this.read);
  }

  /** Locks the bug for the rest of the transaction: one change at a time per bug. */
  async lock(tx: EntityManager, id: string): Promise<Bug> {
    if (!isUuid(id)) throw new DomainError('NOT_FOUND', 'There is no such bug.');
    const [row] = await tx.query(`SELECT * FROM bug WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw new DomainError('NOT_FOUND', 'There is no such bug.');
    return this.read(row);
  }

  /** The bug a ticket is linked to, if any. */
  async linkOf(manager: EntityManager, ticketId: string): Promise<BugLink | null> {
    const [row] = await manager.query(`SELECT * FROM ticket_bug_link WHERE ticket_id = $1`, [ticketId]);
    return row ? toBugLink(row) : null;
  }

  async linksOf(ticketIds: readonly string[]): Promise<Map<string, BugLink>> {
    const valid = ticketIds.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows: Record<string, unknown>[] = await this.db.query(`SELECT * FROM ticket_bug_link WHERE ticket_id = ANY($1::uuid[])`, [valid]);
    return new Map(rows.map((row) => [row.ticket_id as string, toBugLink(row)]));
  }

  async recordEvent(tx: EntityManager, bugId: string, actorId: string | null, kind: BugEventKind, data: BugEventData = {}): Promise<void> {
    await tx.query(`INSERT INTO bug_event (bug_id, kind, actor_id, data, created_at) VALUES ($1, $2, $3, $4, $5)`, [
      bugId,
      kind,
      actorId,
      data,
      this.clock.now(),
    ]);
  }

  /**
   * Recounts what is behind each bug from its links, in the caller's transaction (under the bug's
   * lock, so concurrent links count exactly): tickets, distinct customers, users affected and
   * revenue once per customer, high-value customers (F2, from the team's threshold).
   */
  async refreshStats(tx: EntityManager, bugIds: readonly string[]): Promise<void> {
    await tx.query(
      `WITH per_customer AS (
         SELECT l.bug_id, count(*) AS tickets, max(l.users_affected) AS users, c.monthly_revenue_cents AS revenue,
                (c.plan = 'PREMIUM' OR c.monthly_revenue_cents >= (SELECT high_value_revenue_cents FROM team_settings)) AS high_value
           FROM ticket_bug_link l JOIN customer c ON c.id = l.customer_id
          WHERE l.bug_id = ANY($1::uuid[])
          GROUP BY l.bug_id, c.id),
       totals AS (
         SELECT b.id, coalesce(sum(p.tickets), 0) AS tickets, count(p.bug_id) AS customers, coalesce(sum(p.users), 0) AS users,
                coalesce(sum(p.revenue), 0) AS revenue, count(*) FILTER (WHERE p.high_value) AS high_value
           FROM unnest($1::uuid[]) AS b(id) LEFT JOIN per_customer p ON p.bug_id = b.id
          GROUP BY b.id)
       UPDATE bug SET ticket_count = t.tickets, customer_count = t.customers, users_affected = t.users,
              revenue_cents = t.revenue, high_value_count = t.high_value
         FROM totals t WHERE bug.id = t.id`,
      [bugIds],
    );
  }

  /**
   * A change of the bug's own fields: applied only if nobody changed the bug since `version`
   * (BUG_CHANGED otherwise), with the bug's version moved on.
   */
  async update(tx: EntityManager, bug: Bug, version: number | null, sets: Record<string, unknown>): Promise<void> {
    if (version !== null && version !== bug.version) {
      throw new DomainError('BUG_CHANGED', 'Someone changed this bug while you were looking. Read the new version, then try again.');
    }
    const params: unknown[] = [bug.id, this.clock.now()];
    // Column names come from this module's code only, never from a caller's keys.
    const assignments = Object.entries(sets).map(([column, value]) => {
      params.push(value);
      return `${column} = $${params.length}`;
    });
    await tx.query(`UPDATE bug SET ${[...assignments, 'updated_at = $2', 'version = version + 1'].join(', ')} WHERE id = $1`, params);
  }

  /** Live: the bug changed (its page, the queue), and each of these tickets (their pages, the inbox rows). */
  async publish(tx: EntityManager, bugIds: readonly string[], ticketIds: readonly string[] = []): Promise<void> {
    const events: AppEvent[] = [
      ...bugIds.map((bugId): AppEvent => ({ kind: 'bug', bugId })),
      ...ticketIds.map((ticketId): AppEvent => ({ kind: 'ticket', ticketId })),
    ];
    await publishEvents(tx, events);
  }

  /** The tickets linked to a bug. */
  async linkedTicketIds(tx: EntityManager, bugId: string): Promise<string[]> {
    const rows: { ticket_id: string }[] = await tx.query(`SELECT ticket_id FROM ticket_bug_link WHERE bug_id = $1`, [bugId]);
    return rows.map((r) => r.ticket_id);
  }

  /** A page of the bug's tickets, newest link first, in one statement that fills the loaders (ticket, customer, who linked). */
  async linkedTickets(
    bugId: string,
    first: number,
    after: string | null | undefined,
    loaders: Loaders,
  ): Promise<ConnectionShape<BugTicket>> {
    const params: unknown[] = [bugId, first + 1];
    let keyset = '';
    if (after) {
      const [linkedAt, ticketId] = decodeCursor(after, ['timestamp', 'uuid']);
      params.push(linkedAt, ticketId);
      keyset = `AND (l.linked_at, l.ticket_id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT l.*, to_char(l.linked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS linked_text,
              ${this.ticketJson} AS ticket_row, to_jsonb(c) AS customer_row,
              (SELECT ${this.userJson} FROM app_user u WHERE u.id = l.linked_by_id) AS linked_by_row
         FROM ticket_bug_link l JOIN ticket t ON t.id = l.ticket_id JOIN customer c ON c.id = t.customer_id
        WHERE l.bug_id = $1 ${keyset}
        ORDER BY l.linked_at DESC, l.ticket_id DESC LIMIT $2`,
      params,
    );
    const keys = new Map<string, string[]>();
    const links = rows.map((row): BugTicket => {
      const ticket = this.readTicket(row.ticket_row as Record<string, unknown>);
      const link = toBugLink(row);
      loaders.ticketById.prime(ticket.id, ticket);
      loaders.bugLinkByTicketId.prime(ticket.id, link);
      loaders.customerById.prime(ticket.customerId, this.readCustomer(row.customer_row as Record<string, unknown>));
      if (row.linked_by_row) loaders.userById.prime(link.linkedById, this.readUser(row.linked_by_row as Record<string, unknown>));
      keys.set(ticket.id, [row.linked_text as string, ticket.id]);
      return {
        ticket,
        usersAffected: link.usersAffected,
        linkedAt: link.linkedAt,
        linkedById: link.linkedById,
        fixAnnouncedAt: link.fixAnnouncedAt,
      };
    });
    return toConnection(links, first, (l) => keys.get(l.ticket.id)!);
  }

  /** The bug's history, with that of every bug merged into it, oldest first. */
  async timeline(bugId: string): Promise<BugEventRow[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT e.id::text, e.kind, e.actor_id, e.data, e.created_at, b.number
         FROM bug_event e JOIN bug b ON b.id = e.bug_id
        WHERE e.bug_id = $1 OR e.bug_id IN (SELECT id FROM bug WHERE duplicate_of_id = $1)
        ORDER BY e.created_at, e.id`,
      [bugId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      kind: r.kind as string,
      actorId: (r.actor_id as string | null) ?? null,
      data: r.data as Record<string, unknown>,
      bugNumber: r.number as number,
      createdAt: r.created_at as Date,
    }));
  }
}
