// P7: escalations (issue 12), each figure next to an anchor measured in the same invocation.
// (a) "Mark fixed and tell N customers" on a bug with 5,000 linked tickets (5,000 customers): the
//     real markBugFixed mutation (signed in as sam), then the announcer of every instance tells each
//     ticket once (a reply, its mail in the outbox) and the outbox delivers to smtp-sink.mjs. One
//     Tandem, two Tandems on the same database; the time from the click until all 5,000 mails are in
//     the outbox and until all are received by the sink (and marked sent); doubles (a Message-ID
//     received twice, a ticket with two fix replies or two fix mails; must be 0). Anchor: the same
//     5,000 replies and outbox rows written by one bare set-based INSERT (a transaction of three
//     statements), then sent by bare-mailer.mjs (P6's anchor: plain pooled nodemailer, same sink,
//     same connections).
// (b) The engineering queue with 2,000 bugs and 100,000 linked tickets: bugs(first: 25) over HTTP
//     (signed in as sam), p50/p95, interleaved with the anchor: the queue statement Tandem sent for that
//     page (captured by sqlcount-preload.mjs, same text, same values) run bare with pg. SQL statements
//     per request for first 10 / 25 / 50, a cursor page, the "mine" and "needs info" tabs.
//   node p7-escalations.mjs [tickets=5000] [connections=5] [requests=300]
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  OUT,
  clusterStart,
  dbUrl,
  freePort,
  gql,
  login,
  percentile,
  pg,
  saveJson,
  sleep,
  startNodeServer,
  startTandem,
  stopAll,
  waitHealthy,
  withDb,
} from './lib.mjs';

const N = Number(process.argv[2] ?? 5000);
const CONNECTIONS = Number(process.argv[3] ?? 5);
const REQUESTS = Number(process.argv[4] ?? 300);
const DB = 'tandemescalations';
const here = new URL('.', import.meta.url).pathname;
const FIX_MESSAGE =
  'Hi {{customer.firstName}}, good news: the export bug you wrote about is fixed and live since this morning. Could you try it again and tell us whether it works for you now?';
clusterStart();

const smtpPort = await freePort();
const sinkHttp = `http://127.0.0.1:${await freePort()}`;
await startNodeServer(path.join(here, 'smtp-sink.mjs'), [String(smtpPort), new URL(sinkHttp).port], {}, 'p7-smtp-sink');
await waitHealthy(sinkHttp);
const sink = async (what, method = 'GET') => (await fetch(`${sinkHttp}/${what}`, { method })).json();
const env = { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SMTP_MAX_CONNECTIONS: String(CONNECTIONS) };

// BugStore.refreshStats, as Tandem keeps the queue's counts (the bench inserts links in bulk).
const REFRESH_STATS = `WITH per_customer AS (
    SELECT l.bug_id, count(*) AS tickets, max(l.users_affected) AS users, c.monthly_revenue_cents AS revenue,
           (c.plan = 'PREMIUM' OR c.monthly_revenue_cents >= (SELECT high_value_revenue_cents FROM team_settings)) AS high_value
      FROM ticket_bug_link l JOIN customer c ON c.id = l.customer_id WHERE l.bug_id = ANY($1::uuid[]) GROUP BY l.bug_id, c.id),
  totals AS (
    SELECT b.id, coalesce(sum(p.tickets), 0) AS tickets, count(p.bug_id) AS customers, coalesce(sum(p.users), 0) AS users,
           coalesce(sum(p.revenue), 0) AS revenue, count(*) FILTER (WHERE p.high_value) AS high_value
      FROM unnest($1::uuid[]) AS b(id) LEFT JOIN per_customer p ON p.bug_id = b.id GROUP BY b.id)
  UPDATE bug SET ticket_count = t.tickets, customer_count = t.customers, users_affected = t.users,
         revenue_cents = t.revenue, high_value_count = t.high_value FROM totals t WHERE bug.id = t.id`;

/** Removes what an earlier run of P7 left (tickets cascade to messages, mails and links). */
async function clean(c) {
  await c.query(`DELETE FROM ticket WHERE subject LIKE 'P7 %'`);
  await c.query(`DELETE FROM bug WHERE title LIKE 'P7 bench%'`);
}

/** `tickets` open BUG tickets, each with its customer's message, spread over `bugs` bugs (ticket i -> bug i % bugs). */
async function insertBugs(c, { tickets, bugs, customers, statuses }) {
  await clean(c);
  const [{ n: have }] = (await c.query(`SELECT count(*)::int AS n FROM customer WHERE email LIKE 'p7-%@bench.example'`)).rows;
  if (have < customers) {
    await c.query(
      `INSERT INTO customer (name, email, company, plan, monthly_revenue_cents)
       SELECT 'Customer ' || i, 'p7-' || i || '@bench.example', 'Company ' || (i % 700),
              CASE WHEN i % 5 = 0 THEN 'PREMIUM' ELSE 'FREE' END, (i % 7) * 4900
         FROM generate_series($1::int, $2::int) i`,
      [have + 1, customers],
    );
  }
  const [{ lena, sam }] = (
    await c.query(
      `SELECT (SELECT id FROM app_user WHERE email = 'lena@example.com') AS lena, (SELECT id FROM app_user WHERE email = 'sam@example.com') AS sam`,
    )
  ).rows;
  await c.query(
    `INSERT INTO bug (title, steps_to_reproduce, expected_result, actual_result, environment, severity, status, engineer_id, escalated_by_id,
                      needs_info_at, created_at, updated_at)
     SELECT 'P7 bench bug ' || i || ': ' || (ARRAY['export','invoice','login','checklist','webhook','import'])[1 + i % 6] || ' fails',
            '1. Open it. 2. Click export.', 'It works.', 'It fails with an error.', 'Chrome 126',
            (ARRAY['CRITICAL','HIGH','MEDIUM','LOW'])[1 + i % 4], ($2::text[])[1 + i % cardinality($2::text[])],
            CASE WHEN i % 3 = 0 THEN $4::uuid END, $3::uuid, CASE WHEN ($2::text[])[1 + i % cardinality($2::text[])] = 'NEEDS_INFO' THEN now() END,
            now() - i * interval '1 minute', now()
       FROM generate_series(0, $1::int - 1) i`,
    [bugs, statuses, lena, sam],
  );
  await c.query(
    `WITH cu AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM customer WHERE email LIKE 'p7-%@bench.example')
     INSERT INTO ticket (subject, customer_id, status, ticket_group, type, assignee_id, assigned_by_id, first_response_due_at,
                         response_due_at, last_customer_message_at, created_at)
     SELECT 'P7 ticket ' || i, cu.id, 'OPEN', 'DEVELOPMENT', 'BUG', $3::uuid, $3::uuid, now() + interval '1 hour',
            now() + interval '1 hour', now() - interval '2 hours', now() - interval '2 hours'
       FROM generate_series(0, $1::int - 1) i JOIN cu ON cu.n = i % $2::int`,
    [tickets, customers, lena],
  );
  await c.query(
    `INSERT INTO ticket_message (ticket_id, kind, customer_id, body, created_at)
     SELECT id, 'CUSTOMER', customer_id, 'Hello, ' || subject || ': the export fails since Monday. Can you help?', created_at
       FROM ticket WHERE subject LIKE 'P7 %'`,
  );
  await c.query(
    `WITH b AS (SELECT id, row_number() OVER (ORDER BY number) - 1 AS n FROM bug WHERE title LIKE 'P7 bench%'),
          t AS (SELECT id, customer_id, substring(subject FROM 11)::int AS i FROM ticket WHERE subject LIKE 'P7 %')
     INSERT INTO ticket_bug_link (ticket_id, bug_id, customer_id, users_affected, linked_by_id, linked_at)
     SELECT t.id, b.id, t.customer_id, 1 + t.i % 9, $2::uuid, now() - interval '1 hour' FROM t JOIN b ON b.n = t.i % $1::int`,
    [bugs, lena],
  );
  const ids = (await c.query(`SELECT id FROM bug WHERE title LIKE 'P7 bench%' ORDER BY number`)).rows.map((r) => r.id);
  await c.query(REFRESH_STATS, [ids]);
  for (const table of ['customer', 'ticket', 'ticket_message', 'bug', 'ticket_bug_link', 'outbox_mail']) await c.query(`ANALYZE ${table}`);
  return ids;
}

const benchCounts = async (c) =>
  (
    await c.query(
      `SELECT (SELECT count(*)::int FROM outbox_mail o JOIN ticket t ON t.id = o.ticket_id WHERE t.subject LIKE 'P7 %' AND o.kind = 'BUG_FIXED') AS queued,
              (SELECT count(*)::int FROM outbox_mail o JOIN ticket t ON t.id = o.ticket_id WHERE t.subject LIKE 'P7 %' AND o.status = 'SENT') AS sent`,
    )
  ).rows[0];

/** What each ticket got: more than one fix reply, fix mail or fix event on any ticket is a double. */
async function doubles(c) {
  const [row] = (
    await c.query(
      `SELECT count(*) FILTER (WHERE replies > 1)::int AS replies, count(*) FILTER (WHERE mails > 1)::int AS mails,
              count(*) FILTER (WHERE events > 1)::int AS events, count(*) FILTER (WHERE replies = 0)::int AS untold
         FROM (SELECT t.id,
                 (SELECT count(*) FROM ticket_message m WHERE m.ticket_id = t.id AND m.kind = 'REPLY') AS replies,
                 (SELECT count(*) FROM outbox_mail o WHERE o.ticket_id = t.id) AS mails,
                 (SELECT count(*) FROM ticket_message m WHERE m.ticket_id = t.id AND m.event = 'BUG_FIX_ANNOUNCED') AS events
                 FROM ticket t WHERE t.subject LIKE 'P7 %') x`,
    )
  ).rows;
  return row;
}

async function waitAll(c, began, { timeoutMs = 300_000 } = {}) {
  let outboxMs = null;
  let deliveredMs = null;
  while (Date.now() - began < timeoutMs) {
    const { queued, sent } = await benchCounts(c);
    const { received } = await sink('stats');
    if (outboxMs === null && queued >= N) outboxMs = Date.now() - began;
    if (received >= N && sent >= N) {
      deliveredMs = Date.now() - began;
      break;
    }
    await sleep(25);
  }
  return { outboxMs, deliveredMs };
}

async function sinkCheck() {
  await sleep(1500); // anything sent twice would show now
  const ids = await sink('ids');
  return {
    received: (await sink('stats')).received,
    doubledMessageIds: Object.values(ids).reduce((sum, n) => sum + (n - 1), 0),
    peakConnections: (await sink('stats')).peakConnections,
  };
}

// ------------------------------------------------------------ (a) mark fixed and tell 5,000 customers
const fix = [];
for (const variant of ['tandem x1', 'bare', 'tandem x2']) {
  const procs = [];
  const totalFile = path.join(OUT, 'p7-sqltotal.jsonl');
  rmSync(totalFile, { force: true });
  if (variant.startsWith('tandem')) {
    procs.push(
      await startTandem({
        db: DB,
        port: await freePort(),
        name: 'p7-tandem-a',
        nodeArgs: variant === 'tandem x1' ? ['--import', path.join(here, 'sqlcount-preload.mjs')] : [],
        env: variant === 'tandem x1' ? { ...env, SQLCOUNT_TOTAL_FILE: totalFile } : env,
      }),
    );
    if (variant === 'tandem x2') procs.push(await startTandem({ db: DB, port: await freePort(), name: 'p7-tandem-b', env }));
  }
  const [bugId] = await withDb(DB, (c) =>
    insertBugs(c, { tickets: N, bugs: 1, customers: N, statuses: ['IN_PROGRESS'] }).then(async (ids) => {
      await c.query(`UPDATE bug SET engineer_id = (SELECT id FROM app_user WHERE email = 'sam@example.com') WHERE id = $1`, [ids[0]]);
      return ids;
    }),
  );
  await sleep(1500);
  await sink('reset', 'POST');
  const r = await withDb(DB, async (c) => {
    if (variant === 'bare') {
      // The anchor: every reply and its mail in one set-based transaction, then P6's bare sender.
      const began = Date.now();
      await c.query('BEGIN');
      await c.query(`UPDATE ticket_bug_link SET fix_announced_at = now() WHERE bug_id = $1 AND fix_announced_at IS NULL`, [bugId]);
      await c.query(
        `INSERT INTO ticket_message (ticket_id, kind, author_id, body, created_at)
         SELECT l.ticket_id, 'REPLY', (SELECT id FROM app_user WHERE email = 'sam@example.com'),
                replace($2, '{{customer.firstName}}', split_part(cu.name, ' ', 1)), now()
           FROM ticket_bug_link l JOIN customer cu ON cu.id = l.customer_id WHERE l.bug_id = $1`,
        [bugId, FIX_MESSAGE],
      );
      await c.query(
        `INSERT INTO outbox_mail (ticket_id, message_id, kind, to_address, to_name, subject, body_text, message_id_header, next_attempt_at, created_at)
         SELECT t.id, m.id, 'BUG_FIXED', cu.email, cu.name, '[#' || t.number || '] ' || t.subject,
                m.body || E'\\n\\n--\\nAnswer this e-mail, or read the whole conversation and answer here:\\nhttp://127.0.0.1:4000/c/' || md5(t.id::text) || E'\\n',
                '<' || gen_random_uuid() || '@bench.example>', now(), now()
           FROM ticket t JOIN ticket_message m ON m.ticket_id = t.id AND m.kind = 'REPLY' JOIN customer cu ON cu.id = t.customer_id
          WHERE t.subject LIKE 'P7 %'`,
      );
      await c.query('COMMIT');
      const outboxMs = Date.now() - began;
      const sender = await startNodeServer(
        path.join(here, 'bare-mailer.mjs'),
        [dbUrl(DB), env.SMTP_URL, String(CONNECTIONS)],
        {},
        'p7-bare-mailer',
      );
      await new Promise((res) => (sender.exitCode !== null ? res() : sender.once('exit', res)));
      while ((await sink('stats')).received < N && Date.now() - began < 300_000) await sleep(25);
      return { outboxMs, deliveredMs: Date.now() - began, clickMs: null };
    }
    const cookie = await login(procs[0].url, 'sam@example.com');
    const began = Date.now();
    const click = await gql(
      procs[0].url,
      `mutation ($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status fixProgress { sent total } } }`,
      { input: { id: bugId, message: FIX_MESSAGE } },
      cookie,
    );
    const clickMs = Date.now() - began;
    if (click.body.errors) throw new Error(JSON.stringify(click.body.errors));
    return { clickMs, ...(await waitAll(c, began)), began };
  });
  const s = await sinkCheck();
  const d = await withDb(DB, doubles);
  let statementsPerTicket = null;
  if (variant === 'tandem x1') {
    // statements the whole process sent per ticket told and mailed (P3's and P6's way, idle rate taken off)
    const pts = readFileSync(totalFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const before = pts.filter((p) => p.t <= r.began).at(-1) ?? pts[0];
    const after = pts.find((p) => p.t >= r.began + r.deliveredMs + 1000) ?? pts.at(-1);
    const idle = pts.filter((p) => p.t <= r.began);
    const idleRate = idle.length > 1 ? (idle.at(-1).total - idle[0].total) / ((idle.at(-1).t - idle[0].t) / 1000) : 0;
    statementsPerTicket = (after.total - before.total - idleRate * ((after.t - before.t) / 1000)) / N;
  }
  for (const p of procs) await p.stop();
  // The anchor marks nothing sent: its mails must not wait for the next variant's Tandem.
  await withDb(DB, clean);
  const row = { variant, ...r, ...s, ...d, statementsPerTicket };
  delete row.began;
  fix.push(row);
  console.log(
    `(a) ${variant.padEnd(9)} ${N} tickets: ${r.clickMs === null ? '' : `click answered in ${r.clickMs} ms; `}all in the outbox after ${(r.outboxMs / 1000).toFixed(2)} s, all delivered${variant === 'bare' ? '' : ' and marked sent'} after ${(r.deliveredMs / 1000).toFixed(2)} s; received ${s.received} (Message-IDs doubled ${s.doubledMessageIds}); tickets with two fix replies ${d.replies}, two mails ${d.mails}, two fix events ${d.events}, untold ${d.untold}${statementsPerTicket ? `; SQL statements per ticket ${statementsPerTicket.toFixed(1)}` : ''}`,
  );
}
const bareFix = fix.find((f) => f.variant === 'bare');
const fixRatios = Object.fromEntries(
  fix
    .filter((f) => f.variant !== 'bare')
    .map((f) => [f.variant, { outbox: f.outboxMs / bareFix.outboxMs, delivered: f.deliveredMs / bareFix.deliveredMs }]),
);
console.log('(a) time over the bare anchor (higher is slower):', JSON.stringify(fixRatios));

// ------------------------------------------------------------ (b) the engineering queue, 2,000 bugs, 100,000 links
await withDb(DB, (c) =>
  insertBugs(c, {
    tickets: 100_000,
    bugs: 2000,
    customers: 20_000,
    statuses: ['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'NEEDS_INFO', 'NEW', 'IN_PROGRESS', 'FIXED', 'WONT_FIX'],
  }),
);
const countFile = path.join(OUT, 'p7-sqlcount.jsonl');
rmSync(countFile, { force: true });
const t = await startTandem({
  db: DB,
  port: await freePort(),
  name: 'p7-tandem-queue',
  nodeArgs: ['--import', path.join(here, 'sqlcount-preload.mjs')],
  env: { SQLCOUNT_FILE: countFile },
});
const cookie = await login(t.url, 'sam@example.com');
const QUEUE = `query EscalationsQueue($first: Int!, $after: String, $filter: BugsFilter) {
  bugs(first: $first, after: $after, filter: $filter) {
    edges { node { id number reference title severity status ticketCount customerCount usersAffected revenueCents highValueCount createdAt
      engineer { id name } escalatedBy { id name } viewerCan { edit { allowed reason } markFixed { allowed reason } } } }
    pageInfo { hasNextPage endCursor } } }`;
const requestLines = () =>
  readFileSync(countFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
async function ask(variables) {
  const seen = requestLines().length;
  const began = performance.now();
  const r = await gql(t.url, QUEUE, variables, cookie);
  const ms = performance.now() - began;
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  await sleep(5);
  const mine = requestLines().slice(seen);
  return { ms, data: r.body.data, statements: mine.at(-1)?.statements ?? [] };
}
await sleep(200);
const counts = {};
for (const [label, variables] of [
  ['first 10', { first: 10 }],
  ['first 25', { first: 25 }],
  ['first 50', { first: 50 }],
]) {
  const r = await ask(variables);
  counts[label] = r.statements.length;
}
const firstPage = await ask({ first: 25 });
counts['page 2 (cursor)'] = (await ask({ first: 25, after: firstPage.data.bugs.pageInfo.endCursor })).statements.length;
counts['mine (sam)'] = (await ask({ first: 25, filter: { mine: true } })).statements.length;
counts['needs info tab'] = (await ask({ first: 25, filter: { status: ['NEEDS_INFO'] } })).statements.length;
counts.search = (await ask({ first: 25, filter: { search: 'export' } })).statements.length;
const listStatement = firstPage.statements.find((s) => /FROM bug b WHERE/.test(s.text));
if (!listStatement) throw new Error(`no queue statement among ${JSON.stringify(firstPage.statements.map((s) => s.text.slice(0, 80)))}`);
const bare = new pg.Client({ connectionString: dbUrl(DB), application_name: 'p7-bare' });
await bare.connect();
const tandemMs = [];
const bareMs = [];
for (let i = 0; i < 30; i++) {
  await gql(t.url, QUEUE, { first: 25 }, cookie);
  await bare.query(listStatement.text, listStatement.values);
}
for (let i = 0; i < REQUESTS; i++) {
  // T,B then B,T: neither side always runs second
  const order = i % 2 ? ['t', 'b'] : ['b', 't'];
  for (const side of order) {
    const began = performance.now();
    if (side === 't') {
      const r = await gql(t.url, QUEUE, { first: 25 }, cookie);
      if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
      tandemMs.push(performance.now() - began);
    } else {
      const r = await bare.query(listStatement.text, listStatement.values);
      if (r.rows.length !== 26) throw new Error(`the bare statement returned ${r.rows.length} rows`);
      bareMs.push(performance.now() - began);
    }
  }
}
await bare.end();
await t.stop();
const queue = {
  bugs: 2000,
  links: 100_000,
  requests: REQUESTS,
  tandem: { p50: percentile(tandemMs, 50), p95: percentile(tandemMs, 95), p99: percentile(tandemMs, 99) },
  bare: { p50: percentile(bareMs, 50), p95: percentile(bareMs, 95), p99: percentile(bareMs, 99) },
  statements: counts,
};
queue.p95Ratio = queue.tandem.p95 / queue.bare.p95;
console.log(
  `(b) bugs(first: 25), 2,000 bugs, 100,000 links, sam, ${REQUESTS} requests: Tandem over HTTP p50 ${queue.tandem.p50.toFixed(1)} ms, p95 ${queue.tandem.p95.toFixed(1)} ms; bare pg, the same statement: p50 ${queue.bare.p50.toFixed(2)} ms, p95 ${queue.bare.p95.toFixed(2)} ms (p95 ${queue.p95Ratio.toFixed(1)}x)`,
);
console.log(`(b) SQL statements per request: ${JSON.stringify(counts)}`);
saveJson('p7-escalations.json', { tickets: N, connections: CONNECTIONS, fix, fixRatios, queue });
await withDb(DB, clean);
await stopAll();
