// P8: feature requests (issue 13), each figure next to an anchor measured in the same invocation.
// (a) Product's ranking with 2,000 cards and 200,000 asks from 50,000 customers: featureRequests(first: 25)
//     over HTTP (signed in as priya) in each order (customers, asks, revenue, trend, newest), p50/p95,
//     interleaved with the anchor: the ranking statement Tandem sent for that page (captured by
//     sqlcount-preload.mjs, same text, same values) run bare with pg. SQL statements per request for
//     first 10 / 25 / 50 / 100 in each order, a cursor page, a search, and a card's page with 10 / 50 asks.
// (b) Compiling a report (compileFeatureReport, the top 20 frozen with their rank changes), timed over
//     HTTP, against two bare anchors in one transaction each: the top 20 snapshot written by two
//     set-based INSERTs, and the same after recounting every card's tally (what Tandem does first, so
//     the 30-day trends are those of the day).
//   node p8-feature-requests.mjs [requests=300] [compiles=10]
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { OUT, clusterStart, dbUrl, freePort, gql, login, percentile, pg, saveJson, sleep, startTandem, stopAll, withDb } from './lib.mjs';

const REQUESTS = Number(process.argv[2] ?? 300);
const COMPILES = Number(process.argv[3] ?? 10);
const CARDS = 2000;
const ASKS = 200_000;
const CUSTOMERS = 50_000;
const DB = 'tandemfeatures';
const here = new URL('.', import.meta.url).pathname;
clusterStart();

// FeatureStore's tally (FR2), the statement Tandem runs (the bench inserts asks in bulk, then counts).
const { REFRESH_TALLY } = await import(path.join(here, '../../server/dist/modules/feature-requests/feature-tally.sql.js'));

/** Removes what an earlier run of P8 left (tickets cascade to asks; reports before the cards they name). */
async function clean(c) {
  await c.query(`DELETE FROM feature_report`);
  await c.query(`DELETE FROM ticket WHERE subject LIKE 'P8 %'`);
  await c.query(`DELETE FROM feature_request WHERE title LIKE 'P8 %'`);
}

async function insertData(c) {
  await clean(c);
  const [{ n: have }] = (await c.query(`SELECT count(*)::int AS n FROM customer WHERE email LIKE 'p8-%@bench.example'`)).rows;
  if (have < CUSTOMERS) {
    await c.query(
      `INSERT INTO customer (name, email, company, plan, monthly_revenue_cents)
       SELECT 'Customer ' || i, 'p8-' || i || '@bench.example', CASE WHEN i % 4 = 0 THEN NULL ELSE 'Company ' || (i % 3000) END,
              CASE WHEN i % 5 = 0 THEN 'PREMIUM' ELSE 'FREE' END, (i % 7) * 4900
         FROM generate_series($1::int, $2::int) i`,
      [have + 1, CUSTOMERS],
    );
  }
  const [{ priya }] = (await c.query(`SELECT id AS priya FROM app_user WHERE email = 'priya@example.com'`)).rows;
  await c.query(
    `INSERT INTO feature_request (title, description, tag, status, created_by_id, owner_id, created_at, updated_at)
     SELECT 'P8 card ' || i || ': ' || (ARRAY['dark mode','export to excel','calendar sync','offline app','sso login','api webhooks'])[1 + i % 6],
            'What the customers asked for', (ARRAY['UI','UX','TECHNICAL'])[1 + i % 3],
            (ARRAY['OPEN','OPEN','PLANNED','IN_PROGRESS','OPEN','PLANNED'])[1 + i % 6], $2::uuid, CASE WHEN i % 3 = 0 THEN $2::uuid END,
            now() - i * interval '1 hour', now()
       FROM generate_series(0, $1::int - 1) i`,
    [CARDS, priya],
  );
  await c.query(
    `WITH cu AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM customer WHERE email LIKE 'p8-%@bench.example')
     INSERT INTO ticket (subject, customer_id, status, ticket_group, type, ask_count, first_response_due_at, last_customer_message_at, created_at)
     SELECT 'P8 ticket ' || i, cu.id, CASE WHEN i % 3 = 0 THEN 'CLOSED' ELSE 'OPEN' END, 'DEVELOPMENT', 'FEATURE_REQUEST', 1,
            now() + interval '1 hour', now() - (i % 120) * interval '1 day', now() - (i % 120) * interval '1 day'
       FROM generate_series(0, $1::int - 1) i JOIN cu ON cu.n = (i * 7) % $2::int`,
    [ASKS, CUSTOMERS],
  );
  // Fresh statistics first: after an earlier run's rows were deleted, a stale plan joins the asks slowly.
  for (const table of ['ticket', 'feature_request']) await c.query(`ANALYZE ${table}`);
  // Popularity is skewed (a few cards hold many asks); asks spread over 120 days, so trends differ.
  await c.query(
    `WITH f AS (SELECT id, row_number() OVER (ORDER BY number) - 1 AS n FROM feature_request WHERE title LIKE 'P8 %'),
          t AS (SELECT id, customer_id, created_at, substring(subject FROM 11)::int AS i FROM ticket WHERE subject LIKE 'P8 %')
     INSERT INTO feature_ask (ticket_id, feature_request_id, original_feature_request_id, customer_id, quote, importance, linked_by_id, linked_at)
     SELECT t.id, f.id, f.id, t.customer_id, 'Could you add this? We need it.',
            (ARRAY['NICE_TO_HAVE','NICE_TO_HAVE','IMPORTANT','BLOCKER'])[1 + t.i % 4], $2::uuid, t.created_at
       FROM t JOIN f ON f.n = floor(power(((t.i * 7919) % 10007) / 10007.0, 2) * $1::int)::int`,
    [CARDS, priya],
  );
  const ids = (await c.query(`SELECT id FROM feature_request WHERE title LIKE 'P8 %'`)).rows.map((r) => r.id);
  await c.query(REFRESH_TALLY, [ids, new Date()]);
  for (const table of ['customer', 'ticket', 'feature_request', 'feature_ask']) await c.query(`ANALYZE ${table}`);
  const [counts] = (
    await c.query(
      `SELECT (SELECT count(*)::int FROM feature_request WHERE title LIKE 'P8 %') AS cards, (SELECT count(*)::int FROM feature_ask) AS asks,
              (SELECT count(DISTINCT customer_id)::int FROM feature_ask) AS customers,
              (SELECT max(ask_count)::int FROM feature_request) AS "mostAsks"`,
    )
  ).rows;
  return counts;
}

const data = await withDb(DB, insertData);
console.log(`data: ${JSON.stringify(data)}`);

const countFile = path.join(OUT, 'p8-sqlcount.jsonl');
rmSync(countFile, { force: true });
const t = await startTandem({
  db: DB,
  port: await freePort(),
  name: 'p8-tandem',
  nodeArgs: ['--import', path.join(here, 'sqlcount-preload.mjs')],
  env: { SQLCOUNT_FILE: countFile },
});
const cookie = await login(t.url, 'priya@example.com');
const RANKING = `query FeatureRanking($first: Int!, $after: String, $filter: FeatureRequestsFilter) {
  featureRequests(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id reference title tag status askCount customerCount companyCount revenueCents highValueCount blockerCount
      trend recentAsks lastAskedAt owner { id name } viewerCan { edit { allowed reason } merge { allowed } markShipped { allowed reason } } } }
    pageInfo { hasNextPage endCursor } } }`;
const CARD = `query FeatureCard($id: ID!, $first: Int!) { featureRequest(id: $id) {
  id reference title description tag status askCount customerCount revenueCents owner { id name }
  viewerCan { edit { allowed } markShipped { allowed reason } }
  asks(first: $first) { edges { node { id quote importance linkedAt ticket { id number subject status } customer { id name company }
    linkedBy { id name } } } pageInfo { hasNextPage endCursor } } } }`;
const requestLines = () =>
  readFileSync(countFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
async function ask(query, variables) {
  const seen = requestLines().length;
  const began = performance.now();
  const r = await gql(t.url, query, variables, cookie);
  const ms = performance.now() - began;
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  await sleep(5);
  return { ms, data: r.body.data, statements: requestLines().slice(seen).at(-1)?.statements ?? [] };
}
await sleep(200);

// ------------------------------------------------------------ (a) the ranking, each order
const ORDERS = ['CUSTOMERS', 'ASKS', 'REVENUE', 'TREND', 'NEWEST'];
const statements = {};
for (const orderBy of ORDERS) {
  statements[orderBy] = {};
  for (const first of [10, 25, 50, 100])
    statements[orderBy][`first ${first}`] = (await ask(RANKING, { first, filter: { orderBy } })).statements.length;
  const page = await ask(RANKING, { first: 25, filter: { orderBy } });
  statements[orderBy]['page 2 (cursor)'] = (
    await ask(RANKING, { first: 25, after: page.data.featureRequests.pageInfo.endCursor, filter: { orderBy } })
  ).statements.length;
}
statements.search = (await ask(RANKING, { first: 25, filter: { search: 'dark mode' } })).statements.length;
const top = (await ask(RANKING, { first: 1, filter: { orderBy: 'ASKS' } })).data.featureRequests.edges[0].node;
statements.card = {};
for (const first of [10, 50]) statements.card[`asks ${first}`] = (await ask(CARD, { id: top.id, first })).statements.length;

const bare = new pg.Client({ connectionString: dbUrl(DB), application_name: 'p8-bare' });
await bare.connect();
const ranking = {};
for (const orderBy of ORDERS) {
  const page = await ask(RANKING, { first: 25, filter: { orderBy } });
  const listStatement = page.statements.find((s) => /FROM feature_request f WHERE/.test(s.text));
  if (!listStatement) throw new Error(`no ranking statement among ${JSON.stringify(page.statements.map((s) => s.text.slice(0, 80)))}`);
  const tandemMs = [];
  const bareMs = [];
  for (let i = 0; i < 30; i++) {
    await gql(t.url, RANKING, { first: 25, filter: { orderBy } }, cookie);
    await bare.query(listStatement.text, listStatement.values);
  }
  for (let i = 0; i < REQUESTS; i++) {
    // T,B then B,T: neither side always runs second
    for (const side of i % 2 ? ['t', 'b'] : ['b', 't']) {
      const began = performance.now();
      if (side === 't') {
        const r = await gql(t.url, RANKING, { first: 25, filter: { orderBy } }, cookie);
        if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
        tandemMs.push(performance.now() - began);
      } else {
        const r = await bare.query(listStatement.text, listStatement.values);
        if (r.rows.length !== 26) throw new Error(`the bare statement returned ${r.rows.length} rows`);
        bareMs.push(performance.now() - began);
      }
    }
  }
  const row = {
    tandem: { p50: percentile(tandemMs, 50), p95: percentile(tandemMs, 95) },
    bare: { p50: percentile(bareMs, 50), p95: percentile(bareMs, 95) },
  };
  row.p95Ratio = row.tandem.p95 / row.bare.p95;
  ranking[orderBy] = row;
  console.log(
    `(a) featureRequests(first: 25, orderBy: ${orderBy.padEnd(9)}) ${CARDS} cards, ${ASKS} asks, ${REQUESTS} requests: Tandem over HTTP p50 ${row.tandem.p50.toFixed(1)} ms, p95 ${row.tandem.p95.toFixed(1)} ms; bare pg, the same statement: p50 ${row.bare.p50.toFixed(2)} ms, p95 ${row.bare.p95.toFixed(2)} ms (p95 ${row.p95Ratio.toFixed(1)}x)`,
  );
}
console.log(`(a) SQL statements per request: ${JSON.stringify(statements)}`);

// ------------------------------------------------------------ (b) compiling a report
const COMPILE = `mutation { compileFeatureReport { id entries { rank change { kind } } } }`;
const compileMs = [];
for (let i = 0; i < COMPILES; i++) {
  const r = await ask(COMPILE, {});
  if (r.data.compileFeatureReport.entries.length !== 20) throw new Error('a report of 20 cards was expected');
  compileMs.push(r.ms);
}
const compileStatements = (await ask(COMPILE, {})).statements.length;
const SNAPSHOT = [
  `INSERT INTO feature_report (kind, period_start, period_end, period_label, size, compiled_at)
   VALUES ('MANUAL', now() - interval '60 days', now(), 'bench', 20, now()) RETURNING id`,
  `INSERT INTO feature_report_entry (report_id, rank, feature_request_id, previous_rank, card)
   SELECT $1, row_number() OVER (), id, NULL, to_jsonb(f) FROM (
     SELECT * FROM feature_request WHERE status = ANY('{OPEN,PLANNED,IN_PROGRESS}') AND ask_count > 0
      ORDER BY customer_count DESC, revenue_cents DESC, ask_count DESC, number LIMIT 20) f`,
];
async function bareCompile(recount) {
  const began = performance.now();
  await bare.query('BEGIN');
  if (recount) {
    const ids = (await bare.query(`SELECT id FROM feature_request WHERE status <> 'MERGED' ORDER BY id FOR UPDATE`)).rows.map((r) => r.id);
    await bare.query(REFRESH_TALLY, [ids, new Date()]);
  }
  const [{ id }] = (await bare.query(SNAPSHOT[0])).rows;
  await bare.query(SNAPSHOT[1], [id]);
  await bare.query('COMMIT');
  return performance.now() - began;
}
const snapshotMs = [];
const recountMs = [];
for (let i = 0; i < COMPILES; i++) {
  snapshotMs.push(await bareCompile(false));
  recountMs.push(await bareCompile(true));
}
const compile = {
  tandem: { p50: percentile(compileMs, 50), max: Math.max(...compileMs) },
  bareSnapshot: { p50: percentile(snapshotMs, 50), max: Math.max(...snapshotMs) },
  bareRecountAndSnapshot: { p50: percentile(recountMs, 50), max: Math.max(...recountMs) },
  statements: compileStatements,
};
compile.ratioToSnapshot = compile.tandem.p50 / compile.bareSnapshot.p50;
compile.ratioToRecount = compile.tandem.p50 / compile.bareRecountAndSnapshot.p50;
console.log(
  `(b) compileFeatureReport, ${COMPILES} times: Tandem over HTTP p50 ${compile.tandem.p50.toFixed(1)} ms (max ${compile.tandem.max.toFixed(1)}), ${compileStatements} statements; bare snapshot p50 ${compile.bareSnapshot.p50.toFixed(1)} ms (${compile.ratioToSnapshot.toFixed(1)}x); bare recount of every card + snapshot p50 ${compile.bareRecountAndSnapshot.p50.toFixed(1)} ms (${compile.ratioToRecount.toFixed(2)}x)`,
);
await bare.end();
await t.stop();
saveJson('p8-feature-requests.json', { data, requests: REQUESTS, ranking, statements, compile });
await withDb(DB, clean);
await stopAll();
