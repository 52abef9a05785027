import 'reflect-metadata';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { createDataSource, migrate } from './db/data-source.js';
import { seedDemo } from './db/seed/demo.js';
import { ensureInitialAdmin } from './db/seed/initial-admin.js';
import { createAppPubSub, EventBus } from './common/events.js';
import { createHttpServer } from './http/server.js';
import { JobQueue } from './jobs/job-queue.js';
import { teamChatQueue } from './jobs/team-chat.js';
import { createLogger, type Logger } from './logger.js';
import { startInboundSmtp } from './modules/mail/inbound-smtp.js';
import { buildAppSchema } from './schema.js';
import { createLoaders, createServices, type AppServices } from './services.js';

export interface RunningApp {
  /** Base URL, e.g. http://localhost:4000 */
  url: string;
  port: number;
  /** Port of the inbound SMTP listener, or null when it is off. */
  inboundSmtpPort: number | null;
  services: AppServices;
  /** Ordered shutdown: HTTP and WebSocket, then the database pool, then the embedded PostgreSQL. */
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  clock?: Clock;
  log?: Logger;
  /** The embedded PostgreSQL died and could not be restarted in time (main exits non-zero). */
  onDatabaseLost?: (error: Error) => void;
}

const SWEEP_INTERVAL_MS = 3600_000;
const EMBEDDED_DATABASE = 'tandem';

/** Starts the whole product: database (embedded unless DATABASE_URL), migrations, seed, API and client. */
export async function startApp({
  config,
  clock = systemClock,
  log = createLogger(config.logLevel),
  onDatabaseLost,
}: StartOptions): Promise<RunningApp> {
  const cleanups: (() => Promise<void>)[] = [];
  let expectDatabaseExit = () => {};
  const stop = async () => {
    expectDatabaseExit();
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        log.error({ err: error }, 'error while shutting down');
      }
    }
  };

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      // Loaded only when needed: with DATABASE_URL (production) the embedded server is never touched.
      const { startEmbeddedPostgres } = await import('./db/embedded-postgres.js');
      const cluster = await startEmbeddedPostgres({
        dir: config.dataDir,
        port: config.embeddedPgPort,
        log,
        restartWithinMs: config.embeddedPgRestartSeconds * 1000,
        onGiveUp: onDatabaseLost,
      });
      expectDatabaseExit = () => cluster.expectExit();
      cleanups.push(() => cluster.stop());
      await cluster.ensureDatabase(EMBEDDED_DATABASE);
      databaseUrl = cluster.url(EMBEDDED_DATABASE);
    }

    const db = createDataSource(databaseUrl, config);
    await db.initialize();
    cleanups.push(async () => {
      await db.destroy();
      // Give PostgreSQL a moment to see the connections go before it is asked to stop.
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    await migrate(db, log);

    const jobs = new JobQueue(databaseUrl, log);
    const services = createServices({ config, clock, db, log, jobs });
    await ensureInitialAdmin(config, services.users, log);
    if (config.seedDemo) await seedDemo(db, config, clock.now(), log);

    await jobs.start([teamChatQueue(config.teamChatRetrySeconds)]);
    cleanups.push(() => jobs.stop());

    // Live updates: PostgreSQL NOTIFY reaches every instance; each hands events to its subscribers.
    const pubSub = createAppPubSub();
    const events = new EventBus(databaseUrl, pubSub, log);
    await events.start();
    cleanups.push(() => events.stop());

    const sweep = setInterval(() => {
      services.auth.sweep().catch((error) => log.warn({ err: error }, 'session sweep failed'));
    }, SWEEP_INTERVAL_MS);
    sweep.unref();
    cleanups.push(async () => clearInterval(sweep));

    services.outboxWorker.start();
    cleanups.push(() => services.outboxWorker.stop());
    services.timers.start();
    cleanups.push(() => services.timers.stop());
    services.fixAnnouncer.start();
    cleanups.push(() => services.fixAnnouncer.stop());
    services.featureAnnouncer.start();
    cleanups.push(() => services.featureAnnouncer.stop());
    services.featureScheduler.start();
    cleanups.push(() => services.featureScheduler.stop());
    let inboundSmtpPort: number | null = null;
    if (config.inboundSmtpPort > 0) {
      const smtp = await startInboundSmtp(config.inboundSmtpPort, config.host, config.maxMessageBytes, services.inbound, log);
      cleanups.push(() => smtp.stop());
      inboundSmtpPort = smtp.port;
    }

    const server = await createHttpServer(services, await buildAppSchema(pubSub, services), () => createLoaders(services));
    cleanups.push(() => server.stop());
    events.onSessionsEnded((event) => server.closeSockets(event));
    const port = await server.listen(config.port, config.host);
    const host = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
    return { url: `http://${host}:${port}`, port, inboundSmtpPort, services, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
