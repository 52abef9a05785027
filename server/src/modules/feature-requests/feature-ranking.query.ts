import { bugWords, featureSimilarity, LIMITS, OPEN_FEATURE_STATUSES, SIMILAR_FEATURE_THRESHOLD, type FeatureOrder } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Loaders } from '../../common/app-services.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import { DomainError } from '../../common/domain-error.js';
import { jsonColumns, rowReader } from '../../common/raw-rows.js';
import { User } from '../users/user.entity.js';
import type { FeatureRequestsFilter } from './dto/feature-request.inputs.js';
import { FeatureRequest } from './feature-request.entity.js';

/** Each order's keys, most first; each ends with the unique number (an index per order, see the migration). */
const ORDERS: Record<FeatureOrder, { sql: string[]; key: (card: FeatureRequest) => number[] }> = {
  ASKS: { sql: ['(-f.ask_count)', '(-f.customer_count)', 'f.number'], key: (c) => [-c.askCount, -c.customerCount, c.number] },
  // The report's order too (shared compareForReport): a card's rank here is its rank in the next report.
  CUSTOMERS: {
    sql: ['(-f.customer_count)', '(-f.revenue_cents)', '(-f.ask_count)', 'f.number'],
    key: (c) => [-c.customerCount, -c.revenueCents, -c.askCount, c.number],
  },
  REVENUE: { sql: ['(-f.revenue_cents)', '(-f.customer_count)', 'f.number'], key: (c) => [-c.revenueCents, -c.customerCount, c.number] },
  TREND: { sql: ['(-f.trend)', '(-f.recent_asks)', 'f.number'], key: (c) => [-c.trend, -c.recentAsks, c.number] },
  NEWEST: { sql: ['(-f.number)'], key: (c) => [-c.number] },
};

/** The words of a text as `to_tsquery` takes them: the shared rule's words, letters and digits only. */
function queryWords(text: string): string[] {
  return [...bugWords(text)].map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
}

/** FR2: product's ranking, and FR1's "asks for the same thing". */
export class FeatureRankingQuery {
  private readonly readCard: (row: Record<string, unknown>) => FeatureRequest;
  private readonly readUser: (row: Record<string, unknown>) => User;
  private readonly userJson: string;
  private readonly cardJson: string;

  constructor(private readonly db: DataSource) {
    this.readCard = rowReader(db, FeatureRequest);
    this.readUser = rowReader(db, User);
    this.userJson = jsonColumns(db, User, 'u');
    this.cardJson = jsonColumns(db, FeatureRequest, 'f');
  }

  /** One page of the ranking in one statement, with each card's owner for the loaders. */
  async list(
    filter: FeatureRequestsFilter,
    first: number,
    after: string | null | undefined,
    loaders: Loaders,
  ): Promise<ConnectionShape<FeatureRequest>> {
    const order = ORDERS[filter.orderBy];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const search = filter.search?.trim();
    // A reference (FR-12, 12) finds that card, whatever its status or tag; words search the ranking shown.
    const number = search ? /^(?:fr-?)?#?(\d{1,9})$/i.exec(search) : null;
    const where: string[] = [];
    if (number) {
      where.push(`f.number = ${param(Number(number[1]))}`);
    } else {
      where.push(`f.status = ANY(${param(filter.status?.length ? filter.status : OPEN_FEATURE_STATUSES)}::text[])`);
      if (filter.tag) where.push(`f.tag = ${param(filter.tag)}`);
      const words = search ? queryWords(search) : [];
      if (search)
        where.push(words.length ? `f.search_document @@ to_tsquery('simple', ${param(words.map((w) => `${w}:*`).join(' & '))})` : 'false');
    }
    if (after) {
      const key = decodeCursor(
        after,
        order.sql.map(() => 'int' as const),
      );
      where.push(`(${order.sql.join(', ')}) > (${key.map((k) => `${param(k)}::bigint`).join(', ')})`);
    }
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT f.*, (SELECT ${this.userJson} FROM app_user u WHERE u.id = f.owner_id) AS owner_row
         FROM feature_request f WHERE ${where.join(' AND ')}
        ORDER BY ${order.sql.join(', ')} LIMIT ${param(first + 1)}`,
      params,
    );
    const cards = rows.map((row) => {
      const card = this.readCard(row);
      loaders.featureRequestById.prime(card.id, card);
      if (row.owner_row) loaders.userById.prime(card.ownerId!, this.readUser(row.owner_row as Record<string, unknown>));
      return card;
    });
    return toConnection(cards, first, order.key);
  }

  /**
   * FR1: cards (all but merged ones) that ask for the same thing as this ticket, most alike first (shared
   * `featureSimilarity` over the card and its asks' quotes). Candidates share a word with it, in the
   * card's title and description or in an earlier quote (by index); the rule ranks them.
   */
  async similar(title: string, quote: string, first: number, loaders: Loaders): Promise<{ card: FeatureRequest; similarity: number }[]> {
    if (first < 1 || first > LIMITS.feature.similarMax) {
      throw new DomainError('BAD_USER_INPUT', `Ask for 1 to ${LIMITS.feature.similarMax} requests.`);
    }
    const words = queryWords(`${title} ${quote}`).slice(0, 40);
    if (words.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.db.query(
      `WITH q AS (SELECT to_tsquery('simple', $1) AS query),
       candidates AS (
         (SELECT f.id FROM feature_request f, q WHERE f.status <> 'MERGED' AND f.search_document @@ q.query
           ORDER BY ts_rank(f.search_document, q.query) DESC LIMIT 100)
         UNION
         (SELECT a.feature_request_id FROM feature_ask a, q
           WHERE to_tsvector('simple', a.quote) @@ q.query LIMIT 200))
       SELECT ${this.cardJson} AS card,
              ARRAY(SELECT a.quote FROM feature_ask a WHERE a.feature_request_id = f.id ORDER BY a.linked_at DESC LIMIT 20) AS quotes
         FROM feature_request f JOIN candidates c ON c.id = f.id WHERE f.status <> 'MERGED'`,
      [words.map((w) => `${w}:*`).join(' | ')],
    );
    return rows
      .map((row) => ({ card: this.readCard(row.card as Record<string, unknown>), quotes: row.quotes as string[] }))
      .map(({ card, quotes }) => ({
        card,
        similarity: featureSimilarity({ title, quote }, { title: card.title, description: card.description, quotes }),
      }))
      .filter((match) => match.similarity >= SIMILAR_FEATURE_THRESHOLD)
      .sort((a, b) => b.similarity - a.similarity || b.card.customerCount - a.card.customerCount)
      .slice(0, first)
      .map((match) => {
        loaders.featureRequestById.prime(match.card.id, match.card);
        return match;
      });
  }
}
