import type { DataSource } from 'typeorm';
import type { Clock } from '../../clock.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import type { Viewer } from '../../common/viewer.js';
import { DomainError } from '../../common/domain-error.js';
import { isUuid } from '../../db/errors.js';
import type { TicketsFilter } from './dto/ticket.inputs.js';
import { Ticket } from './ticket.entity.js';

/** The queue and its counts: which tickets a filter selects, in R4/R5 order. */
export class TicketQueueQuery {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

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
    const inner = this.filtered(viewer, filter)
      .select('1')
      .limit(cap + 1);
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
    const qb = this.filtered(viewer, filter).addSelect(k1, 'k1').addSelect(k2, 'k2').addSelect(k3, 'k3').addSelect(k3Text, 'k3_text');
    if (after) {
      const [c1, c2, c3, id] = decodeCursor(after, ['int', 'int', 'timestamp', 'uuid']);
      const validDue = c3 === 'infinity' || !Number.isNaN(Date.parse(String(c3)));
      if (!isUuid(String(id)) || !validDue || ![0, 1].includes(Number(c1)) || ![0, 1].includes(Number(c2))) {
        throw new DomainError('BAD_USER_INPUT', 'The page cursor is not valid; start again from the first page.');
      }
      qb.andWhere(`(${k1}, ${k2}, ${k3}, t.id) > (:c1, :c2, :c3::timestamptz, :cid)`, { c1, c2, c3, cid: id });
    }
    qb.orderBy('k1', 'ASC')
      .addOrderBy('k2', 'ASC')
      .addOrderBy('k3', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(first + 1);
    const { entities, raw } = await qb.getRawAndEntities();
    const keys = new Map(raw.map((r: { t_id: string; k1: number; k2: number; k3_text: string }) => [r.t_id, [r.k1, r.k2, r.k3_text]]));
    return toConnection(entities, first, (t) => [...(keys.get(t.id) as [number, number, string]), t.id]);
  }
}
