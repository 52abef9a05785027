import { bugWords, bugSimilarity, LIMITS, OPEN_BUG_STATUSES, SIMILAR_BUG_THRESHOLD } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Loaders } from '../../common/app-services.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import { DomainError } from '../../common/domain-error.js';
import { jsonColumns, rowReader } from '../../common/raw-rows.js';
import type { Viewer } from '../../common/viewer.js';
import { isUuid } from '../../db/errors.js';
import { User } from '../users/user.entity.js';
import { Bug } from './bug.entity.js';
import type { BugsFilter } from './dto/escalation.inputs.js';

// The queue's order: severity, then the revenue behind the bug (most first), then age (oldest first).
const ORDER = ['b.severity_rank', '(-b.revenue_cents)', 'b.created_at', 'b.id'];

/** The words of a text as `to_tsquery` takes them: the shared rule's words, letters and digits only. */
function queryWords(text: string): string[] {
  return [...bugWords(text)].map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
}

/** The engineering queue and "bugs that look the same" (E1, E2). */
export class BugQueueQuery {
  private readonly readBug: (row: Record<string, unknown>) => Bug;
  private readonly readUser: (row: Record<string, unknown>) => User;
  private readonly bugJson: string;
  private readonly userJson: string;

  constructor(private readonly db: DataSource) {
    this.readBug = rowReader(db, Bug);
    this.readUser = rowReader(db, User);
    this.bugJson = jsonColumns(db, Bug, 'b');
    this.userJson = jsonColumns(db, User, 'u');
  }

  /** One page of the queue in one statement, with each bug's engineer for the loaders. */
  async list(
    viewer: Viewer,
    filter: BugsFilter,
    first: number,
    after: string | null | undefined,
    loaders: Loaders,
  ): Promise<ConnectionShape<Bug>> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    where.push(`b.status = ANY(${param(filter.status?.length ? filter.status : OPEN_BUG_STATUSES)}::text[])`);
    if (filter.severity) where.push(`b.severity = ${param(filter.severity)}`);
    if (filter.mine) where.push(`b.engineer_id = ${param(viewer.id)}`);
    if (filter.engineerId) where.push(`b.engineer_id = ${param(isUuid(filter.engineerId) ? filter.engineerId : null)}::uuid`);
    const search = filter.search?.trim();
    if (search) {
      const number = /^(?:bug-?)?#?(\d{1,9})$/i.exec(search);
      const words = queryWords(search);
      const any: string[] = [];
      if (number) any.push(`b.number = ${param(Number(number[1]))}`);
      // A reference (BUG-12) is that bug's number, not the words "bug" and "12".
      if (words.length && !number) any.push(`b.search_document @@ to_tsquery('simple', ${param(words.map((w) => `${w}:*`).join(' & '))})`);
      where.push(any.length ? `(${any.join(' OR ')})` : 'false');
    }
    if (after) {
      const [rank, revenue, createdAt, id] = decodeCursor(after, ['int', 'int', 'timestamp', 'uuid']);
      where.push(
        `(${ORDER.join(', ')}) > (${param(rank)}::int, ${param(revenue)}::bigint, ${param(createdAt)}::timestamptz, ${param(id)}::uuid)`,
      );
    }
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT b.*, to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_text,
              (SELECT ${this.userJson} FROM app_user u WHERE u.id = b.engineer_id) AS engineer_row
         FROM bug b WHERE ${where.join(' AND ')}
        ORDER BY ${ORDER.join(', ')} LIMIT ${param(first + 1)}`,
      params,
    );
    const keys = new Map<string, (string | number)[]>();
    const bugs = rows.map((row) => {
      const bug = this.readBug(row);
      loaders.bugById.prime(bug.id, bug);
      if (row.engineer_row) loaders.userById.prime(bug.engineerId!, this.readUser(row.engineer_row as Record<string, unknown>));
      keys.set(bug.id, [row.severity_rank as number, -bug.revenueCents, row.created_text as string, bug.id]);
      return bug;
    });
    return toConnection(bugs, first, (bug) => keys.get(bug.id)!);
  }

  /**
   * E1: open bugs that read like this one (shared `bugSimilarity` over title and steps), most alike
   * first. Candidates share a word with it (by index); the rule ranks them.
   */
  async similar(title: string, steps: string, first: number, loaders: Loaders): Promise<{ bug: Bug; similarity: number }[]> {
    if (first < 1 || first > LIMITS.bug.similarMax) throw new DomainError('BAD_USER_INPUT', `Ask for 1 to ${LIMITS.bug.similarMax} bugs.`);
    const words = queryWords(`${title} ${steps}`).slice(0, 40);
    if (words.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${this.bugJson} AS bug FROM bug b
        WHERE b.status = ANY($1::text[]) AND b.search_document @@ to_tsquery('simple', $2)
        ORDER BY ts_rank(b.search_document, to_tsquery('simple', $2)) DESC LIMIT 200`,
      [OPEN_BUG_STATUSES, words.map((w) => `${w}:*`).join(' | ')],
    );
    return rows
      .map((row) => this.readBug(row.bug as Record<string, unknown>))
      .map((bug) => ({ bug, similarity: bugSimilarity({ title, steps }, { title: bug.title, steps: bug.stepsToReproduce }) }))
      .filter((match) => match.similarity >= SIMILAR_BUG_THRESHOLD)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, first)
      .map((match) => {
        loaders.bugById.prime(match.bug.id, match.bug);
        return match;
      });
  }
}
