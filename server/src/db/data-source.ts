import { DataSource, MigrationExecutor } from 'typeorm';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { MODULES } from '../modules/index.js';
import { CreateTeam1795305600000 } from './migrations/1795305600000-CreateTeam.js';
import { CreateTickets1795305600001 } from './migrations/1795305600001-CreateTickets.js';
import { AnsweringTickets1795305600002 } from './migrations/1795305600002-AnsweringTickets.js';
import { CustomerMail1795305600003 } from './migrations/1795305600003-CustomerMail.js';
import { Timers1795305600004 } from './migrations/1795305600004-Timers.js';
import { StarterContent1795305600005 } from './migrations/1795305600005-StarterContent.js';
import { NotificationsDone1795305600007 } from './migrations/1795305600007-NotificationsDone.js';
import { FrustrationSuggestions1795305600008 } from './migrations/1795305600008-FrustrationSuggestions.js';
import { LoginThrottleByAddress1795305600009 } from './migrations/1795305600009-LoginThrottleByAddress.js';
import { FollowUpHandledByReply1795305600010 } from './migrations/1795305600010-FollowUpHandledByReply.js';

/**
 * The migrations from before features had folders, oldest first. A landed migration is never
 * edited; a new one goes into its module's `migrations/` folder and list (modules/<name>/index.ts).
 */
const EARLY_MIGRATIONS = [
  CreateTeam1795305600000,
  CreateTickets1795305600001,
  AnsweringTickets1795305600002,
  CustomerMail1795305600003,
  Timers1795305600004,
  StarterContent1795305600005,
  NotificationsDone1795305600007,
  FrustrationSuggestions1795305600008,
  LoginThrottleByAddress1795305600009,
  FollowUpHandledByReply1795305600010,
];

/** Every migration, in the order of the timestamps their names end with (TypeORM runs them so). */
export const MIGRATIONS = [...EARLY_MIGRATIONS, ...MODULES.flatMap((module) => module.migrations)].sort(
  (a, b) => migrationTimestamp(a) - migrationTimestamp(b),
);

function migrationTimestamp(migration: Function): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration ${migration.name} must end with a 13-digit timestamp.`);
  return Number(match[1]);
}

/** Every entity of every feature module (modules/index.ts). */
export const ENTITIES = MODULES.flatMap((module) => module.entities);

export function createDataSource(url: string, config: Pick<Config, 'dbPoolSize' | 'statementTimeoutMs'>): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    poolSize: config.dbPoolSize,
    extra: {
      // No query may hold a connection for long, whatever a client asks for.
      statement_timeout: config.statementTimeoutMs,
      application_name: 'tandem',
    },
  });
}

// Any constant works; every instance uses the same one, so only one migrates at a time.
const MIGRATION_LOCK = 7_317_001;

/** Applies pending migrations; safe when several instances start at once. */
export async function migrate(db: DataSource, log: Logger): Promise<void> {
  await withAdvisoryLock(db, MIGRATION_LOCK, async () => {
    const runner = db.createQueryRunner();
    try {
      // A migration may rewrite every row of a big table: the requests' statement time limit
      // (DB_STATEMENT_TIMEOUT_MS) does not apply to it.
      await runner.query('SET statement_timeout = 0');
      const executor = new MigrationExecutor(db, runner);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      for (const migration of applied) log.info({ migration: migration.name }, 'applied migration');
    } finally {
      // Back to the pool with the limit it came with.
      await runner.query('RESET statement_timeout').catch(() => undefined);
      await runner.release();
    }
  });
}

/** Runs `work` while holding a session-level advisory lock on a dedicated connection. */
export async function withAdvisoryLock<T>(db: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}
