import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig, REPO_ROOT } from '../../server/src/config.js';
import { createDataSource, migrate } from '../../server/src/db/data-source.js';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres.js';
import { seedDemo } from '../../server/src/db/seed/demo.js';
import { createLogger } from '../../server/src/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection URL of the cluster's maintenance database (to create test databases). */
    pgAdminUrl: string;
    /** Migrated database with the demo team; each test server copies it into a fresh database. */
    templateDatabase: string;
  }
}

export const TEMPLATE_DATABASE = 'tandem_template';

/**
 * One embedded PostgreSQL per test project, in .data/pg-test-<project> (or $TEST_PG_ROOT/pg-test-<project>). The template database is
 * rebuilt on every run (fresh migrations, fresh seed), so no run sees data from an earlier one.
 */
export default async function setup(project: TestProject) {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const cluster = await startEmbeddedPostgres({
    // TEST_PG_ROOT lets two test runs on one checkout use separate clusters.
    dir: path.join(process.env.TEST_PG_ROOT ?? path.join(REPO_ROOT, '.data'), `pg-test-${project.name}`),
    port: null,
    log,
  });
  try {
    const admin = new pg.Client({ connectionString: cluster.url('postgres') });
    await admin.connect();
    const leftovers = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'test\\_%'`);
    for (const { datname } of leftovers.rows) {
      await admin.query(`DROP DATABASE ${admin.escapeIdentifier(datname)} WITH (FORCE)`);
    }
    await admin.end();

    await cluster.recreateDatabase(TEMPLATE_DATABASE);
    const db = createDataSource(cluster.url(TEMPLATE_DATABASE), { dbPoolSize: 2, statementTimeoutMs: 30_000 });
    await db.initialize();
    await migrate(db, log);
    await seedDemo(db, loadConfig({ NODE_ENV: 'test' }), new Date(), log);
    await db.destroy();
  } catch (error) {
    await cluster.stop();
    throw error;
  }

  project.provide('pgAdminUrl', cluster.url('postgres'));
  project.provide('templateDatabase', TEMPLATE_DATABASE);
  return () => cluster.stop();
}
