import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

const names = new Map<string, string>();
/**
 * How many different texts are prepared. Each stays prepared on every connection that ran it (and
 * its plan in that PostgreSQL backend) until the connection closes, so the number is bounded: the
 * texts of everyday use (a filter's fixed parts, a few page sizes) are far fewer; any text beyond
 * the bound runs unprepared.
 */
const MAX_PREPARED = 100;
// PostgreSQL's answer when a prepared statement's columns changed type under it (another instance
// migrated the database): the connection is dropped and the statement runs afresh.
const STALE_PLAN = '0A000';

/**
 * Runs a hot read as a named prepared statement: each connection of the pool parses and plans it
 * once, then reuses the plan (for the inbox, planning cost more than running it). The name is the
 * text's hash, so a statement that differs (another filter, page size or cursor) is another plan.
 * Only for statements whose text holds no values: every value must be a parameter. Behind
 * PgBouncer in transaction mode it needs PgBouncer 1.21 or later (max_prepared_statements).
 */
export async function preparedQuery<T = Record<string, unknown>>(db: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  const pool = (db.driver as PostgresDriver).master as pg.Pool;
  const name = nameOf(text);
  if (!name) return (await pool.query(text, [...values])).rows as T[];
  const client = await pool.connect();
  try {
    const result = await client.query({ name, text, values: [...values] });
    client.release();
    return result.rows as T[];
  } catch (error) {
    if ((error as { code?: string }).code !== STALE_PLAN) {
      client.release();
      throw error;
    }
    client.release(true);
    return (await pool.query(text, [...values])).rows as T[];
  }
}

function nameOf(text: string): string | null {
  const known = names.get(text);
  if (known) return known;
  if (names.size >= MAX_PREPARED) return null;
  const name = `tandem_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
  names.set(text, name);
  return name;
}
