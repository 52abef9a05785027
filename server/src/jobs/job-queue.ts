import { PgBoss, type Job, type SendOptions } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../logger.js';

export interface QueueDefinition<T extends object> {
  name: string;
  retryLimit: number;
  retryDelaySeconds: number;
  handle(data: T, job: Job<T>): Promise<void>;
}

/**
 * Durable background work in PostgreSQL (pg-boss): jobs are written in the same transaction as the
 * change that needs them, survive restarts, run once across instances and are retried with backoff.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    url: string,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 3, application_name: 'tandem-jobs' });
    this.boss.on('error', (error) => this.log.error({ err: error }, 'background job error'));
  }

  async start(queues: QueueDefinition<any>[]): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const queue of queues) {
      const options = { retryLimit: queue.retryLimit, retryDelay: queue.retryDelaySeconds, retryBackoff: true };
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

  /** Enqueues a job inside the caller's transaction: it exists only if that transaction commits. */
  async send(tx: EntityManager, name: string, data: object, options: SendOptions = {}): Promise<void> {
    await this.boss.send(name, data, {
      ...options,
      db: { executeSql: async (text: string, values?: unknown[]) => ({ rows: await tx.query(text, values) }) },
    });
  }

  async stop(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 2000 });
  }
}
