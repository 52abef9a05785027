import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pino, type Logger } from 'pino';
import { inject } from 'vitest';
import { startApp, type RunningApp } from '../../server/src/app.js';
import { ManualClock, type Clock } from '../../server/src/clock.js';
import { loadConfig, type Config } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { ApiClient } from './api-client.js';

export interface TestServer extends RunningApp {
  databaseUrl: string;
  /** A client without a session. */
  client(): ApiClient;
  /** A client signed in as this e-mail address (demo users share the demo password). */
  signIn(email: string, password?: string): Promise<ApiClient>;
  /** Stops the server but keeps its database (a restart: start another on `databaseUrl`). */
  stopKeepingDatabase(): Promise<void>;
  /** With `collectErrorLogs`: every log line at level error or above, as the JSON pino wrote. */
  errorLogs: Record<string, unknown>[];
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database copied from the migrated, demo-seeded template; `empty`: a database that has
 * never seen Tandem (the server migrates it on start, as on a new install).
 */
export async function createTestDatabase({ empty = false } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  const template = empty ? 'template0' : inject('templateDatabase');
  await withAdmin((c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)} TEMPLATE ${c.escapeIdentifier(template)}`));
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`)).then(() => undefined),
  };
}

export interface TestServerOptions {
  config?: Partial<Config>;
  clock?: Clock;
  /** Reuse a database (e.g. a second instance); by default every server gets a fresh one. */
  databaseUrl?: string;
  /** Keeps every error-level log line in `errorLogs` (whatever TEST_LOG_LEVEL prints). */
  collectErrorLogs?: boolean;
  /** Where the server logs (e.g. `capturingLogger()` to check what is logged at which level). */
  log?: Logger;
}

/** Error-level lines go to `lines`; lines at TEST_LOG_LEVEL or above are printed as usual. */
function collectingLogger(printLevel: string, lines: Record<string, unknown>[]) {
  const levels = pino.levels.values;
  const printFrom = printLevel === 'silent' ? Infinity : levels[printLevel]!;
  return createLogger(printFrom < levels.error! ? printLevel : 'error', {
    write(line: string) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (Number(entry.level) >= levels.error!) lines.push(entry);
      if (Number(entry.level) >= printFrom) process.stdout.write(line);
    },
  });
}

/** A logger that keeps every line it is given, parsed, for a test to read. */
export function capturingLogger(level = 'debug'): { log: Logger; lines: { level: number; msg?: string; [key: string]: unknown }[] } {
  const lines: { level: number; msg?: string }[] = [];
  const log = pino({ level }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { log, lines };
}

/** The real server, in-process, on a random port, against real PostgreSQL. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database!.url;
  const config: Config = {
    // CLIENT_DIR: browser tests against another build of the client (e.g. a second checkout's).
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', CLIENT_DIR: process.env.CLIENT_DIR }),
    databaseUrl,
    port: 0,
    host: '127.0.0.1',
    seedDemo: false,
    dbPoolSize: 5,
    // Mail tests open the inbound SMTP listener on a free port of their own.
    inboundSmtpPort: 0,
    ...options.config,
  };
  const errorLogs: Record<string, unknown>[] = [];
  const log = options.log ?? (options.collectErrorLogs ? collectingLogger(config.logLevel, errorLogs) : undefined);
  const app = await startApp({ config, clock: options.clock, log });
  return {
    ...app,
    databaseUrl,
    errorLogs,
    client: () => new ApiClient(app.url),
    signIn: async (email, password) => {
      const client = new ApiClient(app.url);
      await client.signIn(email, password);
      return client;
    },
    stop: async () => {
      await app.stop();
      await database?.drop();
    },
    stopKeepingDatabase: () => app.stop(),
  };
}

export { ManualClock };
