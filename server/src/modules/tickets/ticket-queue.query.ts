import type { DataSource } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Loaders } from '../../common/app-services.js';
import { columnList, jsonColumns, rowReader } from '../../common/raw-rows.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import { DomainError } from '../../common/domain-error.js';
import type { Viewer } from '../../common/viewer.js';
import { isUuid } from '../../db/errors.js';
import { preparedQuery } from '../../db/prepared.js';
import type { TicketsFilter } from './dto/ticket.inputs.js';
import { Customer } from '../customers/customer.entity.js';
import { TeamSettings } from '../settings/team-settings.entity.js';
import { BugLinkRows } from '../escalations/bug-link-rows.js';
import { User } from '../users/user.entity.js';
import { PRESENCE_WINDOW_MS } from './ticket-presence.service.js';
import { Ticket } from './ticket.entity.js';

/** A statement being written: conditions as text, values as numbered parameters. */
class Statement {
  readonly params: unknown[] = [];
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

// The due time of the R5 goal, as the queue indexes hold it (none: last).
const DUE = `coalesce(t.response_due_at, 'infinity'::timestamptz)`;

type QueueKey = [k1: number, k2: number, k3: string, id: string];

/** The page sizes the inbox statement is prepared for; a page reads the next one up. */
const PAGE_STEPS = [10, 25, 50, 100];

/** The queue and its counts: which tickets a filter selects, in R4/R5 order. */
export class TicketQueueQuery {
  private readonly columns: string;
  private readonly toTicket: (row: Record<string, unknown>) => Ticket;
  private readonly toCustomer: (row: Record<string, unknown>) => Customer;
  private readonly toSettings: (row: Record<string, unknown>) => TeamSettings;
  private readonly toUser: (row: Record<string, unknown>) => User;
  private readonly userJson: string;
  private readonly bugLinks: BugLinkRows;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {
    this.columns = columnList(db, Ticket, 't');
    this.toTicket = rowReader(db, Ticket);
    this.toCustomer = rowReader(db, Customer);
    this.toSettings = rowReader(db, TeamSettings);
    this.toUser = rowReader(db, User);
    this.userJson = jsonColumns(db, User, 'u');
    this.bugLinks = new BugLinkRows(db);
  }

  /** The conditions of a queue filter (closed tickets only when it asks for them). */
  private conditions(sql: Statement, viewer: Viewer, filter: TicketsFilter): string[] {
    const where: string[] = [];
    if (filter.status) where.push(`t.status = ${sql.param(filter.status)}`);
    else if (!filter.includeClosed) where.push(`t.status <> 'CLOSED'`);
    if (filter.ids) where.push(`t.id = ANY(${sql.param(filter.ids.filter(isUuid))})`);
    if (filter.group) where.push(`t.ticket_group = ${sql.param(filter.group)}`);
    if (filter.mine) where.push(`t.assignee_id = ${sql.param(viewer.id)}`);
    if (filter.unassigned) where.push('t.assignee_id IS NULL');
    if (filter.assigneeId) where.push(`t.assignee_id = ${sql.param(isUuid(filter.assigneeId) ? filter.assigneeId : null)}`);
    if (filter.frustrated) where.push('t.is_frustrated');
    if (filter.followUpDue) where.push(`t.status = 'PENDING' AND t.follow_up_due_at <= ${sql.param(this.clock.now())}`);
    if (filter.needsReview) where.push(`EXISTS (SELECT 1 FROM ticket_draft d WHERE d.ticket_id = t.id AND d.status = 'PENDING')`);
    const search = filter.search?.trim();
    if (search && /^#\d{1,9}$/.test(search)) {
      // "#1013" names one ticket: its number only, not words that start with the digits.
      where.push(`t.number = ${sql.param(Number(search.slice(1)))}`);
    } else if (search) {
      const words = search.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const tsQuery = words.map((w) => `${w}:*`).join(' & ');
      // A customer by part of their name or address (trigram indexes), looked up once: then their
      // tickets by index. Words: the ticket's one search document (subject, messages and replies).
      const pattern = sql.param(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const any = [`t.customer_id = ANY (ARRAY(SELECT c.id FROM customer c WHERE c.name ILIKE ${pattern} OR c.email ILIKE ${pattern}))`];
      if (tsQuery) any.push(`t.search_document @@ to_tsquery('simple', ${sql.param(tsQuery)})`);
      if (/^#?\d{1,9}$/.test(search)) any.push(`t.number = ${sql.param(Number(search.replace('#', '')))}`);
      where.push(`(${any.join(' OR ')})`);
    }
    return where;
  }

  /** How many tickets a filter selects, counting no further than `cap` (a search's "12 in all tickets"). */
  async count(viewer: Viewer, filter: TicketsFilter, cap: number): Promise<{ count: number; hasMore: boolean }> {
    const sql = new Statement();
    const where = this.conditions(sql, viewer, filter);
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM ticket t ${whereClause(where)} LIMIT ${sql.param(cap + 1)}) capped`,
      sql.params,
    );
    return { count: Math.min(row.n, cap), hasMore: row.n > cap };
  }

  /**
   * The queue (R4/R5): manager-assigned to the viewer first, then frustrated customers, then the
   * least time left to the response goal; keyset-paged on exactly that order. Each of the three
   * parts is read in its own index order up to the page's size and the parts are put together in
   * one statement, so a later page costs what the first does; the cursor's text is made for the
   * rows returned only. The same statement reads what every row shows (its customer, pending
   * drafts, its assignee, who is viewing it, the team settings) into the request's loaders.
   */
  async list(
    viewer: Viewer,
    filter: TicketsFilter,
    first: number,
    after: string | null | undefined,
    loaders?: Loaders,
  ): Promise<ConnectionShape<Ticket>> {
    const sql = new Statement();
    const where = this.conditions(sql, viewer, filter);
    // Written so that each part's condition matches its partial index (is_manager_assigned is never null).
    const me = sql.param(viewer.id);
    const managerAssignedToMe = `t.is_manager_assigned AND t.assignee_id = ${me}`;
    const notManagerAssignedToMe = `(NOT t.is_manager_assigned OR t.assignee_id IS DISTINCT FROM ${me})`;
    const frustratedFirst = `(CASE WHEN t.is_frustrated THEN 0 ELSE 1 END)`;
    const cursor = after ? this.readCursor(after) : null;
    // A number in the text, not a parameter: a reused plan is then made for this page size. Page
    // sizes are read in a few steps (the rows past `first` are cut below), so the prepared texts stay few.
    if (!Number.isSafeInteger(first) || first < 0) throw new DomainError('BAD_USER_INPUT', 'first must be a whole number of tickets.');
    const limit = String((PAGE_STEPS.find((step) => step >= first) ?? first) + 1);
    const parts = [
      { k1: 0, k2: null, only: managerAssignedToMe, key: [frustratedFirst, DUE, 't.id'] },
      { k1: 1, k2: 0, only: `${notManagerAssignedToMe} AND t.is_frustrated`, key: [DUE, 't.id'] },
      { k1: 1, k2: 1, only: `${notManagerAssignedToMe} AND NOT t.is_frustrated`, key: [DUE, 't.id'] },
    ];
    const selects = parts.flatMap((part) => {
      const conditions = [...where, part.only];
      if (cursor) {
        const [c1, c2, c3, id] = cursor;
        if (part.k1 < c1 || (part.k1 === c1 && part.k2 !== null && part.k2 < c2)) return [];
        if (part.k1 === c1 && (part.k2 === null || part.k2 === c2)) {
          const after =
            part.k2 === null
              ? [sql.param(c2), `${sql.param(c3)}::timestamptz`, sql.param(id)]
              : [`${sql.param(c3)}::timestamptz`, sql.param(id)];
          conditions.push(`(${part.key.join(', ')}) > (${after.join(', ')})`);
        }
      }
      const k2 = part.k2 === null ? frustratedFirst : String(part.k2);
      return [
        `(SELECT ${this.columns}, ${part.k1} AS k1, ${k2} AS k2, ${DUE} AS k3
            FROM ticket t ${whereClause(conditions)} ORDER BY ${part.key.join(', ')} LIMIT ${limit})`,
      ];
    });
    const since = sql.param(new Date(this.clock.now().getTime() - PRESENCE_WINDOW_MS));
    const text = `SELECT page.*, CASE WHEN page.k3 = 'infinity' THEN 'infinity'
                           ELSE to_char(page.k3 AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END AS k3_text,
              -- By key for each row of the page (a join would hash every customer).
              (SELECT to_jsonb(c) FROM customer c WHERE c.id = page.customer_id) AS customer_row,
              (SELECT ${this.userJson} FROM app_user u WHERE u.id = page.assignee_id) AS assignee_row,
              (SELECT count(*)::int FROM ticket_draft d WHERE d.ticket_id = page.id AND d.status = 'PENDING') AS pending_drafts,
              ARRAY(SELECT p.user_id FROM ticket_presence p WHERE p.ticket_id = page.id AND p.seen_at > ${since}
                     ORDER BY p.seen_at) AS viewer_ids,
              ${this.bugLinks.column('page.id')} AS bug_link,
              -- Once per page, on one row (every row would carry the same document).
              CASE WHEN row_number() OVER () = 1 THEN (SELECT to_jsonb(s) FROM team_settings s) END AS settings_row
         FROM (SELECT * FROM (${selects.join(' UNION ALL ')}) parts ORDER BY k1, k2, k3, id LIMIT ${limit}) page
        ORDER BY k1, k2, k3, id`;
    // A search is planned for its own words and names each time: a plan kept for any pattern would
    // guess how many customers match and read all of them (at 1M, 210,000).
    const rows: Record<string, unknown>[] = filter.search?.trim()
      ? await this.db.query(text, sql.params)
      : await preparedQuery(this.db, text, sql.params);
    rows.splice(first + 1);
    if (loaders) this.prime(loaders, rows);
    const keys = new Map(rows.map((r) => [r.id as string, [r.k1, r.k2, r.k3_text] as [number, number, string]]));
    return toConnection(
      rows.map((row) => this.toTicket(row)),
      first,
      (t) => [...keys.get(t.id)!, t.id],
    );
  }

  private prime(loaders: Loaders, rows: Record<string, unknown>[]): void {
    for (const row of rows) {
      const id = row.id as string;
      loaders.customerById.prime(row.customer_id as string, this.toCustomer(row.customer_row as Record<string, unknown>));
      if (row.assignee_row) loaders.userById.prime(row.assignee_id as string, this.toUser(row.assignee_row as Record<string, unknown>));
      loaders.pendingDraftCountByTicketId.prime(id, row.pending_drafts as number);
      loaders.viewerIdsByTicketId.prime(id, row.viewer_ids as string[]);
      this.bugLinks.prime(loaders, id, row.bug_link);
    }
    const settings = rows.find((row) => row.settings_row)?.settings_row;
    if (settings) loaders.settings.prime(this.toSettings(settings as Record<string, unknown>));
  }

  // The cursor keeps the due time to the microsecond, as text PostgreSQL reads back exactly.
  private readCursor(after: string): QueueKey {
    const [c1, c2, c3, id] = decodeCursor(after, ['int', 'int', 'timestamp', 'uuid']);
    const validDue = c3 === 'infinity' || !Number.isNaN(Date.parse(String(c3)));
    if (!isUuid(String(id)) || !validDue || ![0, 1].includes(Number(c1)) || ![0, 1].includes(Number(c2))) {
      throw new DomainError('BAD_USER_INPUT', 'The page cursor is not valid; start again from the first page.');
    }
    return [Number(c1), Number(c2), String(c3), String(id)];
  }
}

function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}
