import { createRequire } from 'node:module';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../logger.js';

const SCHEMA = 'pgboss';
const SUPPORTED_SCHEMA_VERSION: number = createRequire(import.meta.url)('pg-boss/version.json').schema;

export interface QueueDefinition<T extends object> {
  name: string;
  retryLimit: number;
  retryDelaySeconds: number;
  handle(data: T, job: PgBoss.Job<T>): Promise<void>;
}

/**
 * Durable background work in PostgreSQL (pg-boss): jobs are written in the same transaction as the
 * change that needs them, survive restarts, run once across instances and are retried with backoff.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({ connectionString: url, schema: SCHEMA, max: 3, application_name: 'tandem-jobs' });
    this.boss.on('error', (error) => this.log.error({ err: error }, 'background job error'));
  }

  async start(queues: QueueDefinition<any>[]): Promise<void> {
    await this.retireNewerSchema();
    await this.boss.start();
    this.started = true;
    for (const queue of queues) {
      const options = { name: queue.name, retryLimit: queue.retryLimit, retryDelay: queue.retryDelaySeconds, retryBackoff: true };
      await this.boss.createQueue(queue.name, options);
      await this.boss.updateQueue(queue.name, options);
      await this.boss.work(queue.name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
        for (const job of jobs) {
          try {
            await queue.handle(job.data, job);
          } catch (error) {
            this.log.warn({ err: error, queue: queue.name, jobId: job.id }, 'background job failed; it will be retried');
            throw error;
          }
        }
      });
    }
  }

  /**
   * A database that an earlier build of Tandem ran with a newer pg-boss (which needed Node 22) has a
   * schema this version cannot use: it is kept aside under another name, and a fresh one is created.
   */
  private async retireNewerSchema(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'tandem-jobs' });
    await client.connect();
    try {
      await client.query('BEGIN');
      // Instances starting together: one of them looks, the others then find it done.
      await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('tandem:pgboss-schema', 0))`);
      // Looked up by name first: a failing statement would abort the transaction.
      const exists = async (table: string) =>
        (await client.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [`${SCHEMA}.${table}`])).rows[0]!.found;
      // No schema yet (a new database): nothing to keep aside.
      const version = (await exists('version'))
        ? Number((await client.query<{ version: string }>(`SELECT version FROM ${SCHEMA}.version`)).rows[0]?.version ?? 0)
        : 0;
      if (version > SUPPORTED_SCHEMA_VERSION) {
        const waiting = (await exists('job'))
          ? (
              await client.query<{ n: number }>(
                `SELECT count(*)::int AS n FROM ${SCHEMA}.job WHERE state IN ('created', 'retry', 'active')`,
              )
            ).rows[0]!.n
          : 0;
        const retired = `${SCHEMA}_retired_v${version}_${Date.now()}`;
        await client.query(`ALTER SCHEMA ${SCHEMA} RENAME TO ${retired}`);
        this.log.warn(
          { version, supported: SUPPORTED_SCHEMA_VERSION, retired, jobsLeftBehind: waiting },
          'background job schema was made by a newer pg-boss; kept aside (with any jobs still waiting in it) and started anew',
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
  }

  /** Enqueues a job inside the caller's transaction: it exists only if that transaction commits. */
  async send(tx: EntityManager, name: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
    await this.boss.send(name, data, {
      ...options,
      db: { executeSql: async (text: string, values?: unknown[]) => ({ rows: await tx.query(text, values) }) },
    });
  }

  async stop(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 2000 });
  }
}
