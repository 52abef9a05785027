import type { FeatureEventData, FeatureEventKind } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Loaders } from '../../common/app-services.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import { DomainError } from '../../common/domain-error.js';
import { publishEvents, type AppEvent } from '../../common/events.js';
import { jsonColumns, rowReader } from '../../common/raw-rows.js';
import { isUuid } from '../../db/errors.js';
import { Customer } from '../customers/customer.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';
import { FeatureRequest, toFeatureAsk, type FeatureAsk } from './feature-request.entity.js';
import { REFRESH_TALLY } from './feature-tally.sql.js';

export interface FeatureEventRow {
  id: string;
  /** The card it happened to: this one, or one merged into it. */
  cardNumber: number;
  cardId: string;
  kind: string;
  actorId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

const NOT_FOUND = 'There is no such feature request.';

/** Reading, locking, counting and recording cards: what every feature-request command shares. */
export class FeatureStore {
  readonly read: (row: Record<string, unknown>) => FeatureRequest;
  private readonly readTicket: (row: Record<string, unknown>) => Ticket;
  private readonly readCustomer: (row: Record<string, unknown>) => Customer;
  private readonly readUser: (row: Record<string, unknown>) => User;
  private readonly ticketJson: string;
  private readonly userJson: string;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {
    this.read = rowReader(db, FeatureRequest);
    this.readTicket = rowReader(db, Ticket);
    this.readCustomer = rowReader(db, Customer);
    this.readUser = rowReader(db, User);
    this.ticketJson = jsonColumns(db, Ticket, 't');
    this.userJson = jsonColumns(db, User, 'u');
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<FeatureRequest> {
    const [card] = isUuid(id) ? await this.findByIds([id], manager) : [];
    if (!card) throw new DomainError('NOT_FOUND', NOT_FOUND);
    return card;
  }

  async findByIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<FeatureRequest[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM feature_request WHERE id = ANY($1::uuid[])`, [valid]);
    return rows.map(this.read);
  }

  /** Locks the cards for the rest of the transaction, in id order (two merges never wait on each other in a circle). */
  async lock(tx: EntityManager, ...ids: string[]): Promise<FeatureRequest[]> {
    if (!ids.every(isUuid)) throw new DomainError('NOT_FOUND', NOT_FOUND);
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT * FROM feature_request WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [[...new Set(ids)]],
    );
    const cards = new Map(rows.map((row) => [row.id as string, this.read(row)]));
    return ids.map((id) => {
      const card = cards.get(id);
      if (!card) throw new DomainError('NOT_FOUND', NOT_FOUND);
      return card;
    });
  }

  /** FR2: recounts the cards' tallies from their asks, under their locks (the caller holds them). */
  async refreshTally(tx: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await tx.query(REFRESH_TALLY, [[...new Set(ids)], this.clock.now()]);
  }

  async recordEvent(
    tx: EntityManager,
    cardId: string,
    actorId: string | null,
    kind: FeatureEventKind,
    data: FeatureEventData = {},
  ): Promise<void> {
    await tx.query(`INSERT INTO feature_request_event (feature_request_id, kind, actor_id, data, created_at) VALUES ($1, $2, $3, $4, $5)`, [
      cardId,
      kind,
      actorId,
      data,
      this.clock.now(),
    ]);
  }

  /**
   * A change of the card's own fields: applied only if nobody changed it since `version`
   * (FEATURE_REQUEST_CHANGED otherwise), with the version moved on.
   */
  async update(tx: EntityManager, card: FeatureRequest, version: number | null, sets: Record<string, unknown>): Promise<void> {
    if (version !== null && version !== card.version) {
      throw new DomainError(
        'FEATURE_REQUEST_CHANGED',
        'Someone changed this request while you were looking. Read the new version, then try again.',
      );
    }
    const params: unknown[] = [card.id, this.clock.now()];
    // Column names come from this module's code only, never from a caller's keys.
    const assignments = Object.entries(sets).map(([column, value]) => {
      params.push(value);
      return `${column} = $${params.length}`;
    });
    await tx.query(
      `UPDATE feature_request SET ${[...assignments, 'updated_at = $2', 'version = version + 1'].join(', ')} WHERE id = $1`,
      params,
    );
  }

  /** Live: the cards changed (their pages, the ranking), and each of these tickets (their pages). */
  async publish(tx: EntityManager, cardIds: readonly string[], ticketIds: readonly string[] = []): Promise<void> {
    const events: AppEvent[] = [
      ...[...new Set(cardIds)].map((featureRequestId): AppEvent => ({ kind: 'featureRequest', featureRequestId })),
      ...[...new Set(ticketIds)].map((ticketId): AppEvent => ({ kind: 'ticket', ticketId })),
    ];
    await publishEvents(tx, events);
  }

  /** The tickets that asked for the card (their pages show it): the live events of a change to it. */
  async askingTicketIds(tx: EntityManager, cardId: string): Promise<string[]> {
    const rows: { ticket_id: string }[] = await tx.query(
      `SELECT DISTINCT ticket_id FROM feature_ask WHERE feature_request_id = $1 LIMIT 500`,
      [cardId],
    );
    return rows.map((r) => r.ticket_id);
  }

  /** The asks of these tickets, oldest first (Ticket.asks). */
  async asksOfTickets(ticketIds: readonly string[]): Promise<Map<string, FeatureAsk[]>> {
    const valid = ticketIds.filter(isUuid);
    const asks = new Map<string, FeatureAsk[]>(valid.map((id) => [id, []]));
    if (valid.length === 0) return asks;
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT * FROM feature_ask WHERE ticket_id = ANY($1::uuid[]) ORDER BY linked_at, id`,
      [valid],
    );
    for (const row of rows) asks.get(row.ticket_id as string)?.push(toFeatureAsk(row));
    return asks;
  }

  /** A page of the card's asks, newest first, in one statement that fills the loaders (ticket, customer, who linked). */
  async asksPage(cardId: string, first: number, after: string | null | undefined, loaders: Loaders): Promise<ConnectionShape<FeatureAsk>> {
    const params: unknown[] = [cardId, first + 1];
    let keyset = '';
    if (after) {
      const [linkedAt, id] = decodeCursor(after, ['timestamp', 'int']);
      params.push(linkedAt, id);
      keyset = `AND (a.linked_at, a.id) < ($3::timestamptz, $4::bigint)`;
    }
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT a.*, to_char(a.linked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS linked_text,
              ${this.ticketJson} AS ticket_row, to_jsonb(c) AS customer_row,
              (SELECT ${this.userJson} FROM app_user u WHERE u.id = a.linked_by_id) AS linked_by_row
         FROM feature_ask a JOIN ticket t ON t.id = a.ticket_id JOIN customer c ON c.id = a.customer_id
        WHERE a.feature_request_id = $1 ${keyset}
        ORDER BY a.linked_at DESC, a.id DESC LIMIT $2`,
      params,
    );
    const keys = new Map<string, (string | number)[]>();
    const asks = rows.map((row) => {
      const ask = toFeatureAsk(row);
      const ticket = this.readTicket(row.ticket_row as Record<string, unknown>);
      loaders.ticketById.prime(ticket.id, ticket);
      loaders.customerById.prime(ask.customerId, this.readCustomer(row.customer_row as Record<string, unknown>));
      if (row.linked_by_row) loaders.userById.prime(ask.linkedById, this.readUser(row.linked_by_row as Record<string, unknown>));
      keys.set(ask.id, [row.linked_text as string, Number(ask.id)]);
      return ask;
    });
    return toConnection(asks, first, (ask) => keys.get(ask.id)!);
  }

  /** The card's history, with that of every card merged into it, oldest first. */
  async history(cardId: string): Promise<FeatureEventRow[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT e.id::text, e.kind, e.actor_id, e.data, e.created_at, e.feature_request_id, f.number
         FROM feature_request_event e JOIN feature_request f ON f.id = e.feature_request_id
        WHERE e.feature_request_id = $1 OR e.feature_request_id IN (SELECT id FROM feature_request WHERE merged_into_id = $1)
        ORDER BY e.created_at, e.id`,
      [cardId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      cardNumber: Number(r.number),
      cardId: r.feature_request_id as string,
      kind: r.kind as string,
      actorId: (r.actor_id as string | null) ?? null,
      data: r.data as Record<string, unknown>,
      createdAt: r.created_at as Date,
    }));
  }
}
