import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

const names = new Map<string, string>();
// Texts are made of a filter's fixed parts; far fewer than this, unless something builds values into them.
const MAX_NAMES = 1000;

/**
 * Runs a hot read as a named prepared statement: each connection of the pool parses and plans it
 * once, then reuses the plan (for the inbox, planning cost more than running it). The name is the
 * text's hash, so a statement that differs (another filter, page size or cursor) is another plan.
 * Only for statements whose text holds no values: every value must be a parameter.
 */
export async function preparedQuery<T = Record<string, unknown>>(db: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  let name = names.get(text);
  if (!name) {
    name = `tandem_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, name);
  }
  const pool = (db.driver as PostgresDriver).master as pg.Pool;
  const result = await pool.query({ name, text, values: [...values] });
  return result.rows as T[];
}
