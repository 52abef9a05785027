// P1: the inbox page (client's exact InboxPageQuery, first: 50, "All open" tab, signed in as lena, an
// agent) through (a) Tandem's /graphql, (b) a bare graphql-js handler with one SQL statement, (c)
// PostGraphile v5, on the same database, same concurrency and duration, interleaved in rounds:
//   round r: [anchor b up] T,B or B,T  -> [b down, anchor c up] T,P or P,T -> [c down]
// Never more than two servers of the harness at once (Tandem + one anchor). Also samples Tandem's RSS.
//   node p1-inbox.mjs [db=tandem20k] [rounds=5] [seconds=5] [concurrency=10]
import {
  clientOperation,
  clusterStart,
  dbUrl,
  freePort,
  gql,
  login,
  loadRun,
  median,
  rssKb,
  saveJson,
  sleep,
  startNodeServer,
  startTandem,
  stopAll,
  stopChild,
  waitHealthy,
} from './lib.mjs';

const [db = 'tandem20k', roundsArg = '5', secondsArg = '5', concArg = '10'] = process.argv.slice(2);
const ROUNDS = Number(roundsArg);
const DURATION = Number(secondsArg) * 1000;
const C = Number(concArg);
const here = new URL('.', import.meta.url).pathname;

const INBOX = clientOperation('InboxPageQuery');
const tandemBody = { operationName: 'InboxPageQuery', query: INBOX, variables: { first: 50, filter: { search: null } } };
const PGL_QUERY = `query InboxPG($first: Int!) {
  allTickets(first: $first, condition: { status: "OPEN" }, orderBy: [RESPONSE_DUE_AT_ASC, PRIMARY_KEY_ASC]) {
    edges { cursor node {
      rowId number subject status ticketGroup type isFrustrated isManagerAssigned responseDueAt firstResponseDueAt firstResponseAt
      lastCustomerMessageAt followUpDueAt
      customerByCustomerId { rowId name company plan monthlyRevenueCents }
      appUserByAssigneeId { rowId name }
      ticketDraftsByTicketId(condition: { status: "PENDING" }) { totalCount }
      ticketPresencesByTicketId { nodes { seenAt appUserByUserId { rowId name } } }
    } }
    pageInfo { hasNextPage endCursor }
  } }`;
const pglBody = { query: PGL_QUERY, variables: { first: 50 } };

clusterStart();
const tandem = await startTandem({ db, port: await freePort(), name: `p1-tandem-${db}` });
const cookie = await login(tandem.url);
const headers = { cookie };

async function startAnchor(kind) {
  const port = await freePort();
  const child = await startNodeServer(`${here}anchor-${kind}.mjs`, [String(port), dbUrl(db), '10'], {}, `p1-anchor-${kind}-${db}`);
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, 60_000);
  return { child, url };
}

// Same page through each: Tandem and the bare anchor must return the same tickets in the same order.
const t0 = await gql(tandem.url, INBOX, tandemBody.variables, cookie);
if (t0.body.errors) throw new Error(JSON.stringify(t0.body.errors));
const tandemIds = t0.body.data.tickets.edges.map((e) => e.node.id);
const check = {};
{
  const b = await startAnchor('bare');
  const r = await gql(b.url, INBOX, tandemBody.variables, cookie);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  const ids = r.body.data.tickets.edges.map((e) => e.node.id);
  check.bareSameOrder = JSON.stringify(ids) === JSON.stringify(tandemIds);
  check.bareSameJson = JSON.stringify(r.body.data) === JSON.stringify(t0.body.data);
  if (!check.bareSameJson) {
    const a = t0.body.data.tickets.edges[0];
    const c = r.body.data.tickets.edges[0];
    check.firstEdgeTandem = a;
    check.firstEdgeBare = c;
  }
  await stopChild(b.child);
  const p = await startAnchor('postgraphile');
  const q = await gql(p.url, PGL_QUERY, pglBody.variables);
  if (q.body.errors) throw new Error(JSON.stringify(q.body.errors));
  const pIds = q.body.data.allTickets.edges.map((e) => e.node.rowId);
  check.pglRows = pIds.length;
  check.pglOverlapWithTandemPage = pIds.filter((id) => tandemIds.includes(id)).length;
  check.bytes = { tandem: JSON.stringify(t0.body).length, bare: JSON.stringify(r.body).length, pgl: JSON.stringify(q.body).length };
  await stopChild(p.child);
}
console.log('correctness:', JSON.stringify(check));

await sleep(1000);
const rssIdleKb = rssKb(tandem.pid);
const rows = [];
const runT = async (round) => {
  const r = await loadRun({
    url: `${tandem.url}/graphql`,
    body: tandemBody,
    headers,
    concurrency: C,
    durationMs: DURATION,
    rssPid: tandem.pid,
    cpuPid: tandem.pid,
  });
  rows.push({ round, who: 'tandem', ...r });
  return r;
};
const runA = async (round, who, url, body, h, pid) => {
  const r = await loadRun({ url: `${url}/graphql`, body, headers: h, concurrency: C, durationMs: DURATION, cpuPid: pid });
  rows.push({ round, who, ...r });
  return r;
};
// warm Tandem's JIT before round 1
await loadRun({ url: `${tandem.url}/graphql`, body: tandemBody, headers, concurrency: C, durationMs: 2000, warmupMs: 0 });

const pairs = [];
for (let round = 1; round <= ROUNDS; round++) {
  for (const kind of ['bare', 'postgraphile']) {
    const a = await startAnchor(kind);
    const body = kind === 'bare' ? tandemBody : pglBody;
    const h = kind === 'bare' ? headers : {};
    await loadRun({ url: `${a.url}/graphql`, body, headers: h, concurrency: C, durationMs: 2000, warmupMs: 0 }); // warm-up
    let t;
    let x;
    if ((round + (kind === 'bare' ? 0 : 1)) % 2) {
      t = await runT(round);
      x = await runA(round, kind, a.url, body, h, a.child.pid);
    } else {
      x = await runA(round, kind, a.url, body, h, a.child.pid);
      t = await runT(round);
    }
    pairs.push({ round, kind, rpsRatio: t.rps / x.rps, p95Ratio: t.p95 / x.p95, p50Ratio: t.p50 / x.p50, p99Ratio: t.p99 / x.p99 });
    const cpu = (r) => `cpu node ${r.cpuMsPerRequest.server.toFixed(1)} pg ${r.cpuMsPerRequest.postgres.toFixed(1)} ms/req`;
    console.log(
      `round ${round} ${kind.padEnd(12)} tandem ${t.rps.toFixed(0)} rps p95 ${t.p95.toFixed(1)} ${cpu(t)} | ${kind} ${x.rps.toFixed(0)} rps p95 ${x.p95.toFixed(1)} ${cpu(x)} | errors ${t.errors}/${x.errors}`,
    );
    if (t.errors || x.errors) console.log('  first errors:', t.firstError, x.firstError);
    if (kind === 'bare' && round === 1) {
      // fixed per-request cost, no resolver work: { __typename } with the session cookie
      const trivial = { query: '{ __typename }' };
      const tt = await loadRun({
        url: `${tandem.url}/graphql`,
        body: trivial,
        headers,
        concurrency: C,
        durationMs: 3000,
        cpuPid: tandem.pid,
      });
      const bt = await loadRun({ url: `${a.url}/graphql`, body: trivial, headers, concurrency: C, durationMs: 3000, cpuPid: a.child.pid });
      rows.push({ round, who: 'tandem {__typename}', ...tt }, { round, who: 'bare {__typename}', ...bt });
      console.log(
        `  { __typename }: tandem ${tt.rps.toFixed(0)} rps p95 ${tt.p95.toFixed(1)} cpu ${tt.cpuMsPerRequest.server.toFixed(2)} ms/req | bare ${bt.rps.toFixed(0)} rps p95 ${bt.p95.toFixed(1)} cpu ${bt.cpuMsPerRequest.server.toFixed(2)} ms/req`,
      );
    }
    await stopChild(a.child);
  }
}

const summary = {};
for (const who of ['tandem', 'bare', 'postgraphile']) {
  const rs = rows.filter((r) => r.who === who);
  summary[who] = {
    runs: rs.length,
    rps: median(rs.map((r) => r.rps)),
    p50: median(rs.map((r) => r.p50)),
    p95: median(rs.map((r) => r.p95)),
    p99: median(rs.map((r) => r.p99)),
    errors: rs.reduce((s, r) => s + r.errors, 0),
    avgBytes: median(rs.map((r) => r.avgBytes)),
    cpuMsPerRequest: {
      server: median(rs.map((r) => r.cpuMsPerRequest?.server ?? NaN)),
      postgres: median(rs.map((r) => r.cpuMsPerRequest?.postgres ?? NaN)),
      loadGenerator: median(rs.map((r) => r.cpuMsPerRequest?.loadGenerator ?? NaN)),
    },
  };
}
summary.trivial = rows
  .filter((r) => r.who.includes('__typename'))
  .map((r) => ({ who: r.who, rps: r.rps, p50: r.p50, p95: r.p95, cpuMsPerRequest: r.cpuMsPerRequest }));
const ratio = (kind, key) => median(pairs.filter((p) => p.kind === kind).map((p) => p[key]));
const ratios = {
  tandemOverBare: {
    rps: ratio('bare', 'rpsRatio'),
    p50: ratio('bare', 'p50Ratio'),
    p95: ratio('bare', 'p95Ratio'),
    p99: ratio('bare', 'p99Ratio'),
  },
  tandemOverPostgraphile: {
    rps: ratio('postgraphile', 'rpsRatio'),
    p50: ratio('postgraphile', 'p50Ratio'),
    p95: ratio('postgraphile', 'p95Ratio'),
    p99: ratio('postgraphile', 'p99Ratio'),
  },
};
const tandemRss = rows.filter((r) => r.who === 'tandem');
const memory = {
  rssIdleMb: rssIdleKb / 1024,
  rssUnderLoadMedianMb: median(tandemRss.map((r) => r.rssMedKb)) / 1024,
  rssUnderLoadMaxMb: Math.max(...tandemRss.map((r) => r.rssMaxKb)) / 1024,
};
console.log(JSON.stringify({ db, concurrency: C, seconds: DURATION / 1000, rounds: ROUNDS, summary, ratios, memory }, null, 2));
saveJson(`p1-inbox-${db}.json`, { db, concurrency: C, durationMs: DURATION, rounds: ROUNDS, check, rows, pairs, summary, ratios, memory });
await tandem.stop();
await stopAll();
