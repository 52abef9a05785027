import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/src/db/data-source.js';
import { createLogger } from '../../server/src/logger.js';
import { createTestDatabase } from '../support/test-server.js';

// Stands for a migration that rewrites every row of a table with a million tickets.
class SlowRewrite1795305699999 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`SELECT pg_sleep(0.3)`);
  }
  async down(): Promise<void> {}
}

describe('migrations on a big install', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    // A pool (the migration lock holds one connection) with a short statement limit, as requests have (DB_STATEMENT_TIMEOUT_MS).
    db = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [SlowRewrite1795305699999],
      migrationsTableName: 'migrations',
      poolSize: 2,
      extra: { statement_timeout: 100 },
    });
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('[admin] upgrades an install whose migration takes longer than a request may: it runs, and requests keep their limit after', async () => {
    await migrate(db, createLogger('silent'));
    const [applied] = await db.query(`SELECT name FROM migrations`);
    expect(applied.name).toBe('SlowRewrite1795305699999');
    const [row] = await db.query(`SHOW statement_timeout`);
    expect(row.statement_timeout).toBe('100ms');
    await expect(db.query(`SELECT pg_sleep(0.3)`)).rejects.toThrow(/statement timeout/);
  });
});
