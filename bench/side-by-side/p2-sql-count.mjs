// P2: SQL statements per GraphQL request, counted inside the Tandem process (sqlcount-preload.mjs:
// every pg query issued while a /graphql request is handled), for the inbox at first: 10 / 50 / 100,
// later pages, a group tab, searches and the ticket page (client's TicketPageQuery). Cross-checked from
// PostgreSQL's side: log_statement=all (ALTER SYSTEM + reload) and the statements of application
// 'tandem' in a window of K requests minus an idle window of the same length.
// With --explain: EXPLAIN (ANALYZE, BUFFERS) of the inbox statements Tandem really sent (same values).
//   node p2-sql-count.mjs [db=tandem20k] [--explain]
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  OUT,
  PG_LOG,
  clientOperation,
  clusterStart,
  freePort,
  gql,
  login,
  mkOut,
  saveJson,
  sleep,
  startTandem,
  stopAll,
  withDb,
} from './lib.mjs';

const db = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'tandem20k';
const EXPLAIN = process.argv.includes('--explain');
const here = new URL('.', import.meta.url).pathname;
mkOut();
const countFile = path.join(OUT, `p2-sqlcount-${db}.jsonl`);
rmSync(countFile, { force: true });

clusterStart();
const t = await startTandem({
  db,
  port: await freePort(),
  name: `p2-tandem-${db}`,
  nodeArgs: ['--import', path.join(here, 'sqlcount-preload.mjs')],
  env: { SQLCOUNT_FILE: countFile },
});
const cookie = await login(t.url);
const INBOX = clientOperation('InboxPageQuery');
const TICKET = clientOperation('TicketPageQuery');
let seen = 0;
const lines = () =>
  readFileSync(countFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
await sleep(50);
seen = lines().length; // the sign-in request
async function ask(label, query, variables) {
  const r = await gql(t.url, query, variables, cookie);
  if (r.body.errors) throw new Error(`${label}: ${JSON.stringify(r.body.errors)}`);
  await sleep(30); // the line is appended on 'finish'
  const all = lines();
  const mine = all.slice(seen);
  seen = all.length;
  if (mine.length !== 1) throw new Error(`${label}: expected one request line, got ${mine.length}`);
  return { label, data: r.body.data, ...mine[0] };
}

const results = [];
const inbox = (first, filter = {}, after = null) => ({ first, after, filter: { search: null, ...filter } });
for (let i = 0; i < 5; i++) results.push(await ask('inbox first:10', INBOX, inbox(10)));
for (let i = 0; i < 5; i++) results.push(await ask('inbox first:50', INBOX, inbox(50)));
// The client refetches with first: up to 100 (live updates after "Load more"); see whether it is accepted.
const probe100 = await gql(t.url, INBOX, inbox(100), cookie);
await sleep(30);
seen = lines().length;
const refused100 = probe100.body.errors?.[0] ?? null;
let BIG = 100;
if (refused100) {
  console.log(`first:100 with the client's InboxPageQuery is refused: ${refused100.extensions?.code}: ${refused100.message}`);
  // the largest page the cost limit lets through
  for (BIG = 99; BIG > 10; BIG--) {
    const r = await gql(t.url, INBOX, inbox(BIG), cookie);
    await sleep(30);
    seen = lines().length;
    if (!r.body.errors) break;
  }
  console.log(`largest accepted page: first:${BIG}`);
}
for (let i = 0; i < 5; i++) results.push(await ask(`inbox first:${BIG}`, INBOX, inbox(BIG)));
// a later page: the 11th page of 50
let after = null;
for (let i = 0; i < 10; i++) after = (await ask('walk', INBOX, inbox(50, {}, after))).data.tickets.pageInfo.endCursor;
for (let i = 0; i < 3; i++) results.push(await ask('inbox page 11 (cursor)', INBOX, inbox(50, {}, after)));
for (let i = 0; i < 3; i++) results.push(await ask('inbox group DEVELOPMENT', INBOX, inbox(50, { group: 'DEVELOPMENT' })));
for (let i = 0; i < 3; i++) results.push(await ask('inbox Mine tab (rows with an assignee)', INBOX, inbox(50, { mine: true })));
for (let i = 0; i < 3; i++) results.push(await ask('inbox search "invoice"', INBOX, inbox(50, { search: 'invoice' })));
for (let i = 0; i < 3; i++) results.push(await ask('inbox search "Customer 37"', INBOX, inbox(50, { search: 'Customer 37' })));
const [{ id: richId }] = await withDb(db, (c) =>
  c.query(`SELECT ticket_id AS id FROM ticket_message GROUP BY ticket_id ORDER BY count(*) DESC LIMIT 1`).then((r) => r.rows),
);
const firstId = results[0].data.tickets.edges[0].node.id;
for (let i = 0; i < 3; i++) results.push(await ask('ticket page (richest demo timeline)', TICKET, { id: richId }));
for (let i = 0; i < 3; i++) results.push(await ask('ticket page (first inbox row)', TICKET, { id: firstId }));

const norm = (s) => s.replace(/\$\d+/g, '$').slice(0, 110);
const byLabel = {};
for (const r of results) {
  const b = (byLabel[r.label] ??= { counts: [], statements: null });
  b.counts.push(r.n);
  b.statements ??= r.statements.map((s) => norm(s.text));
}
console.log(`SQL statements per request (${db}), counted in the Tandem process:`);
for (const [label, b] of Object.entries(byLabel)) console.log(`  ${label.padEnd(38)} ${b.counts.join(' ')}`);
const c10 = byLabel['inbox first:10'].counts[0];
const c100 = byLabel[`inbox first:${BIG}`].counts[0];
console.log(`  ratio first:${BIG} / first:10 = ${(c100 / c10).toFixed(2)}`);
for (const label of ['inbox first:10', `inbox first:${BIG}`, 'ticket page (richest demo timeline)']) {
  console.log(`\n  statements of one "${label}":`);
  for (const s of byLabel[label].statements) console.log(`    ${s}`);
}

// ---- cross-check from PostgreSQL's log
const K = 20;
async function logWindow(work) {
  await withDb(db, async (c) => {
    await c.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await c.query(`ALTER SYSTEM SET log_line_prefix = '%m [%p] %a '`);
    await c.query('SELECT pg_reload_conf()');
  });
  await sleep(300);
  const from = readFileSync(PG_LOG, 'utf8').length;
  const began = Date.now();
  await work();
  const ms = Date.now() - began;
  await sleep(200);
  const busy = readFileSync(PG_LOG, 'utf8').slice(from);
  const idleFrom = readFileSync(PG_LOG, 'utf8').length;
  await sleep(ms);
  const idle = readFileSync(PG_LOG, 'utf8').slice(idleFrom);
  await withDb(db, async (c) => {
    await c.query(`ALTER SYSTEM RESET log_statement`);
    await c.query('SELECT pg_reload_conf()');
  });
  const count = (s) => s.split('\n').filter((l) => / tandem LOG: {2}(statement|execute)/.test(l)).length;
  return { ms, busy: count(busy), idle: count(idle) };
}
const cross = {};
for (const [label, q, v] of [
  ['inbox first:10', INBOX, inbox(10)],
  [`inbox first:${BIG}`, INBOX, inbox(BIG)],
  ['ticket page (richest demo timeline)', TICKET, { id: richId }],
]) {
  const w = await logWindow(async () => {
    for (let i = 0; i < K; i++) await gql(t.url, q, v, cookie);
  });
  cross[label] = { ...w, perRequest: (w.busy - w.idle) / K };
  console.log(
    `  log_statement cross-check ${label.padEnd(36)} ${w.busy} statements in ${w.ms} ms for ${K} requests, ${w.idle} in as long idle -> ${cross[label].perRequest.toFixed(2)} per request`,
  );
}
seen = lines().length;

// ---- where PostgreSQL's time goes per inbox request: log_min_duration_statement = 0 (parse/bind/execute durations)
const durations = {};
{
  await withDb(db, async (c) => {
    await c.query(`ALTER SYSTEM SET log_min_duration_statement = 0`);
    await c.query(`ALTER SYSTEM SET log_line_prefix = '%m [%p] %a '`);
    await c.query('SELECT pg_reload_conf()');
  });
  await sleep(300);
  const from = readFileSync(PG_LOG, 'utf8').length;
  for (let i = 0; i < K; i++) await gql(t.url, INBOX, inbox(50), cookie);
  await sleep(200);
  const text = readFileSync(PG_LOG, 'utf8').slice(from);
  await withDb(db, async (c) => {
    await c.query(`ALTER SYSTEM RESET log_min_duration_statement`);
    await c.query('SELECT pg_reload_conf()');
  });
  for (const line of text.split('\n')) {
    const m = / tandem LOG: {2}duration: ([\d.]+) ms {2}(parse|bind|execute|statement)[^:]*: (.*)$/.exec(line);
    if (!m) continue;
    const key = `${m[2]} ${m[3].replace(/\s+/g, ' ').slice(0, 70)}`;
    const d = (durations[key] ??= { n: 0, ms: 0 });
    d.n++;
    d.ms += Number(m[1]);
  }
  const rowsD = Object.entries(durations).sort((a, b) => b[1].ms - a[1].ms);
  const totalMs = rowsD.reduce((s, [, d]) => s + d.ms, 0);
  console.log(`\n  PostgreSQL durations for ${K} sequential inbox first:50 requests (total ${(totalMs / K).toFixed(2)} ms per request):`);
  for (const [k, d] of rowsD.slice(0, 14)) console.log(`    ${(d.ms / K).toFixed(3).padStart(8)} ms/req  x${(d.n / K).toFixed(1)}  ${k}`);
  seen = lines().length;
}

// ---- EXPLAIN (ANALYZE, BUFFERS) of what Tandem sent
const explains = {};
if (EXPLAIN) {
  const listStmt = (r) => r.statements.find((s) => /FROM "ticket" "t"/.test(s.text));
  const wanted = [
    'inbox first:50',
    'inbox page 11 (cursor)',
    'inbox group DEVELOPMENT',
    'inbox search "invoice"',
    'inbox search "Customer 37"',
  ];
  await withDb(db, async (c) => {
    for (const label of wanted) {
      const r = results.find((x) => x.label === label);
      const s = listStmt(r);
      await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values); // warm
      const plan = (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values)).rows.map((x) => x['QUERY PLAN']);
      explains[label] = { sql: s.text, plan };
    }
    // the ticket page's statements, each timed
    const r = results.find((x) => x.label === 'ticket page (first inbox row)');
    explains['ticket page statements'] = [];
    for (const s of r.statements) {
      if (/^(BEGIN|COMMIT|ROLLBACK|SELECT pg_notify)/.test(s.text) || !/^SELECT/i.test(s.text)) continue;
      const plan = (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values)).rows.map((x) => x['QUERY PLAN']);
      explains['ticket page statements'].push({ sql: s.text.slice(0, 200), top: plan[0], exec: plan.at(-1) });
    }
  });
  writeFileSync(
    path.join(OUT, `explain-${db}.txt`),
    Object.entries(explains)
      .map(
        ([k, v]) =>
          `### ${k}\n${Array.isArray(v) ? v.map((x) => `${x.sql}\n  ${x.top}\n  ${x.exec}`).join('\n') : `${v.sql}\n\n${v.plan.join('\n')}`}\n`,
      )
      .join('\n'),
  );
  console.log(`\nEXPLAIN output: ${path.join(OUT, `explain-${db}.txt`)}`);
}

saveJson(`p2-sql-count-${db}.json`, {
  db,
  refused100,
  bigPage: BIG,
  byLabel,
  ratioBigOver10: c100 / c10,
  cross,
  pgDurationsInbox50: durations,
});
await t.stop();
await stopAll();
