import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { ApiClient } from '../support/api-client.js';
import { freePort, SmtpSink } from '../support/smtp-sink.js';
import { createTestDatabase, startTestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

/** The product as `npm start` runs it: a real process, its own data folder, signals from outside. */
class Product {
  private child: ChildProcess | null = null;
  url = '';
  output = '';

  constructor(
    readonly dataDir: string,
    readonly env: Record<string, string> = {},
  ) {}

  async start(): Promise<void> {
    this.output = '';
    // Its own process group, like a terminal's foreground job, so Ctrl-C can reach all of it.
    this.child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'start.mjs')], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATA_DIR: this.dataDir,
        PORT: '0',
        INBOUND_SMTP_PORT: '0',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        ...this.env,
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => (this.output += chunk.toString());
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready:\n${this.output}`)), 60_000);
      this.child!.stdout!.on('data', () => {
        const match = /Tandem is ready at (http:\/\/\S+)/.exec(this.output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      this.child!.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code}:\n${this.output}`));
      });
    });
  }

  /** Sends a signal (to the whole process group when `group`), resolves with the exit code. */
  async signal(signal: NodeJS.Signals, group = false): Promise<number | null> {
    const child = this.child!;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code, sig) => resolve(code ?? (sig ? -1 : null))));
    process.kill(group ? -child.pid! : child.pid!, signal);
    const code = await exited;
    this.child = null;
    return code;
  }

  /** Resolves with the exit code when the product exits by itself. */
  exit(): Promise<number | null> {
    const child = this.child!;
    return new Promise((resolve) => child.once('exit', (code, sig) => resolve(code ?? (sig ? -1 : null))));
  }

  client(): ApiClient {
    return new ApiClient(this.url);
  }
}

/** PostgreSQL processes serving this data folder. */
async function postgresProcessesFor(dataDir: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes('postgres') && cmdline.includes(dataDir)) pids.push(Number(entry));
  }
  return pids;
}

const USERS_COUNT = graphql(`query UsersInStartup { users(first: 100) { edges { node { email } } } }`);

describe('npm start as a process', () => {
  let dataDir: string;
  let product: Product;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-start-'));
    product = new Product(dataDir);
  });
  afterAll(async () => {
    for (const pid of await postgresProcessesFor(dataDir)) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on a fresh data folder, serves the client and /healthz, prints the demo logins', async () => {
    await product.start();
    expect(product.output).toMatch(/admin@example\.com/);
    expect(product.output).toMatch(/password for all: tandem-demo/);
    const health = await fetch(`${product.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    for (const page of ['/', '/inbox', '/admin/users']) {
      const html = await (await fetch(`${product.url}${page}`)).text();
      expect(html, page).toContain('<div id="root"></div>');
    }
    const admin = product.client();
    await admin.signIn('admin@example.com');
    await admin.ok(
      graphql(
        `mutation CreateUserInStartup { createUser(input: { name: "Persisted Person", email: "persisted@test.example", password: "a-long-password", roles: [AGENT] }) { id } }`,
      ),
    );
  });

  it('stops on SIGTERM with exit code 0 and leaves no PostgreSQL running', async () => {
    expect(await postgresProcessesFor(dataDir)).not.toHaveLength(0);
    expect(await product.signal('SIGTERM')).toBe(0);
    expect(await postgresProcessesFor(dataDir)).toEqual([]);
  });

  it('starts again with the data intact and the demo team seeded once', async () => {
    await product.start();
    const admin = product.client();
    await admin.signIn('admin@example.com');
    const emails = (await admin.ok(USERS_COUNT)).users.edges.map((e) => e.node.email);
    expect(emails).toContain('persisted@test.example');
    expect(emails).toHaveLength(8);
  });

  it('recovers from kill -9: the orphaned PostgreSQL is stopped and the next start works', async () => {
    await product.signal('SIGKILL');
    expect(await postgresProcessesFor(dataDir)).not.toHaveLength(0);
    await product.start();
    const admin = product.client();
    await admin.signIn('admin@example.com');
    expect((await admin.ok(USERS_COUNT)).users.edges).toHaveLength(8);
  });

  it('stops on Ctrl-C (SIGINT to the whole process group) and leaves no PostgreSQL running', async () => {
    expect(await product.signal('SIGINT', true)).toBe(0);
    expect(await postgresProcessesFor(dataDir)).toEqual([]);
  });
});

describe('a production start without the demo team', () => {
  it('creates the initial admin from INITIAL_ADMIN_EMAIL / INITIAL_ADMIN_PASSWORD and nobody else', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-prod-'));
    const product = new Product(dataDir, {
      SEED_DEMO: 'false',
      INITIAL_ADMIN_EMAIL: 'owner@test.example',
      INITIAL_ADMIN_PASSWORD: 'owner-password-1',
    });
    try {
      await product.start();
      expect(product.output).not.toMatch(/Demo logins/);
      const owner = product.client();
      await owner.signIn('owner@test.example', 'owner-password-1');
      expect((await owner.ok(USERS_COUNT)).users.edges.map((e) => e.node.email)).toEqual(['owner@test.example']);
      expect(await product.signal('SIGTERM')).toBe(0);
    } finally {
      for (const pid of await postgresProcessesFor(dataDir)) process.kill(pid, 'SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('customer mail on a running npm start', () => {
  it('mail to its SMTP port becomes a ticket; the reply reaches the customer with a working private link', async () => {
    const sink = await new SmtpSink().start();
    const [port, smtpPort] = [await freePort(), await freePort()];
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-mail-'));
    const product = new Product(dataDir, {
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      INBOUND_SMTP_PORT: String(smtpPort),
      SMTP_URL: sink.url,
      SUPPORT_ADDRESS: 'help@tandem.test',
    });
    try {
      await product.start();
      expect(product.output).toContain(`Customers' mail: SMTP on port ${smtpPort} for help@tandem.test`);
      await nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true }).sendMail({
        from: 'Nadia <nadia@customer.test>',
        to: 'help@tandem.test',
        subject: 'Printing fails',
        text: 'The PDF export prints blank pages.',
      });

      const agent = product.client();
      await agent.signIn('lena@example.com');
      const { tickets } = await agent.ok(
        graphql(
          `query TicketsInStartup { tickets(first: 5, filter: { search: "Printing fails" }) { edges { node { id latestMessageId } } } }`,
        ),
      );
      expect(tickets.edges).toHaveLength(1);
      const ticket = tickets.edges[0].node;
      await agent.ok(graphql(`mutation SetTicketTypeInStartup($id: ID!) { setTicketType(id: $id, type: QUESTION) { id } }`), {
        id: ticket.id,
      });
      await agent.ok(graphql(`mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`), {
        input: { ticketId: ticket.id, body: 'Which printer do you use?', seenMessageId: ticket.latestMessageId! },
      });
      const [mail] = await sink.waitForMails(1);
      expect(mail!.to).toMatchObject({ value: [{ address: 'nadia@customer.test' }] });
      const link = /(http:\/\/127\.0\.0\.1:\d+\/c\/[A-Za-z0-9_-]{43})/.exec(mail!.text!)![1]!;
      const page = await fetch(link);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Which printer do you use?');
      expect(await product.signal('SIGTERM')).toBe(0);
    } finally {
      await sink.stop();
      for (const pid of await postgresProcessesFor(dataDir)) process.kill(pid, 'SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a data folder from an earlier build', () => {
  it('[admin] upgrades from a build whose background jobs used a newer pg-boss: Tandem starts and its jobs run', async () => {
    const database = await createTestDatabase();
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    try {
      await sql.query(
        `CREATE SCHEMA pgboss; CREATE TABLE pgboss.version (version int primary key); INSERT INTO pgboss.version VALUES (99)`,
      );
      const server = await startTestServer({ databaseUrl: database.url });
      await server.stopKeepingDatabase();
      const schemas = await sql.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'pgboss%' ORDER BY 1`);
      expect(schemas.rows.map((r) => r.nspname)).toEqual(['pgboss', expect.stringMatching(/^pgboss_retired_v99_\d+$/)]);
      const version = await sql.query(`SELECT version FROM pgboss.version`);
      expect(Number(version.rows[0].version)).toBeLessThan(99);
    } finally {
      await sql.end();
      await database.drop();
    }
  });
});

describe('the embedded PostgreSQL dies under a running npm start', () => {
  let dataDir: string;
  afterEach(async () => {
    for (const pid of await postgresProcessesFor(dataDir)) process.kill(pid, 'SIGKILL');
    await chmod(path.join(dataDir, 'pg'), 0o700).catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  });
  const postmasterPid = async () => Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const healthz = (product: Product) =>
    fetch(`${product.url}/healthz`).then(
      (r) => r.status,
      () => 0,
    );

  it('[admin] kill -9 of the postmaster: Tandem restarts it, /healthz is 200 again and nothing committed is lost', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-pgcrash-'));
    const product = new Product(dataDir);
    await product.start();
    const admin = product.client();
    await admin.signIn('admin@example.com');
    await admin.ok(
      graphql(
        `mutation CreateUserInStartup2 { createUser(input: { name: "Before Crash", email: "before-crash@test.example", password: "a-long-password", roles: [AGENT] }) { id } }`,
      ),
    );

    const first = await postmasterPid();
    process.kill(first, 'SIGKILL');
    const restarted = async () => (await postmasterPid().catch(() => first)) !== first && (await healthz(product)) === 200;
    await expect.poll(restarted, { timeout: 30_000, interval: 250 }).toBe(true);
    const again = product.client();
    await again.signIn('admin@example.com');
    expect((await again.ok(USERS_COUNT)).users.edges.map((e) => e.node.email)).toContain('before-crash@test.example');
    expect(product.output).toMatch(/embedded PostgreSQL is running again/);
    expect(await product.signal('SIGTERM')).toBe(0);
  });

  it('[admin] the postmaster cannot come back: Tandem exits non-zero with a clear message (a supervisor restarts it)', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-pglost-'));
    const product = new Product(dataDir, { EMBEDDED_PG_RESTART_SECONDS: '2' });
    await product.start();
    const exited = product.exit();
    // The data folder becomes unreadable for PostgreSQL, as a failed disk would make it.
    await chmod(path.join(dataDir, 'pg'), 0o000);
    process.kill(await postmasterPid(), 'SIGKILL');
    expect(await exited).toBe(1);
    expect(product.output).toMatch(/Tandem is stopping: Embedded PostgreSQL in .* did not come back within 2 s/);
  });
});
