// P1 at scale: two Tandem servers side by side, one on tandem20k (20,000 open tickets) and one on
// tandem1m (the same 20,000 open + 980,000 closed), requests alternating between them one at a time
// (concurrency 1), signed in as lena. Five request kinds, the client's own documents:
// inbox first page, page 11 by cursor, one group tab, searches (words and customer names), ticket page.
// Reports p50/p95 per kind and database and the ratio p95(1M) / p95(20k).
//   node p1-scale.mjs [n per kind=60]
import { clientOperation, clusterStart, freePort, gql, login, median, percentile, saveJson, stopAll } from './lib.mjs';

const N = Number(process.argv[2] ?? 60);
const WARM = 10;
const INBOX = clientOperation('InboxPageQuery');
const TICKET = clientOperation('TicketPageQuery');
const inbox = (filter = {}, after = null) => ({ first: 50, after, filter: { search: null, ...filter } });
const SEARCHES = ['invoice', 'Customer 37', 'webhook', 'Customer 1204', 'login', 'sso', 'Customer 555', 'export'];

clusterStart();
const { startTandem } = await import('./lib.mjs');
const servers = {};
for (const db of ['tandem20k', 'tandem1m']) {
  const t = await startTandem({ db, port: await freePort(), name: `p1-scale-${db}` });
  const cookie = await login(t.url);
  const first = await gql(t.url, INBOX, inbox(), cookie);
  let after = null;
  for (let i = 0; i < 10; i++) after = (await gql(t.url, INBOX, inbox({}, after), cookie)).body.data.tickets.pageInfo.endCursor;
  servers[db] = { t, cookie, after, ticketIds: first.body.data.tickets.edges.slice(0, 20).map((e) => e.node.id) };
}

const kinds = {
  'inbox first page': (s) => [INBOX, inbox()],
  'inbox page 11 (cursor)': (s) => [INBOX, inbox({}, s.after)],
  'inbox group tab (Development)': (s) => [INBOX, inbox({ group: 'DEVELOPMENT' })],
  'inbox search': (s, i) => [INBOX, inbox({ search: SEARCHES[i % SEARCHES.length] })],
  'ticket page': (s, i) => [TICKET, { id: s.ticketIds[i % s.ticketIds.length] }],
};

async function timed(s, [query, variables]) {
  const t0 = performance.now();
  const r = await gql(s.t.url, query, variables, s.cookie);
  const ms = performance.now() - t0;
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return ms;
}

const results = {};
for (const [kind, make] of Object.entries(kinds)) {
  const times = { tandem20k: [], tandem1m: [] };
  for (let i = 0; i < WARM + N; i++) {
    const order = i % 2 ? ['tandem1m', 'tandem20k'] : ['tandem20k', 'tandem1m'];
    for (const db of order) {
      const ms = await timed(servers[db], make(servers[db], i));
      if (i >= WARM) times[db].push(ms);
    }
  }
  const row = {};
  for (const db of Object.keys(times))
    row[db] = { n: times[db].length, p50: median(times[db]), p95: percentile(times[db], 95), max: Math.max(...times[db]) };
  row.p95Ratio = row.tandem1m.p95 / row.tandem20k.p95;
  row.p50Ratio = row.tandem1m.p50 / row.tandem20k.p50;
  results[kind] = row;
  console.log(
    `${kind.padEnd(32)} 20k p50 ${row.tandem20k.p50.toFixed(1)} p95 ${row.tandem20k.p95.toFixed(1)} | 1M p50 ${row.tandem1m.p50.toFixed(1)} p95 ${row.tandem1m.p95.toFixed(1)} | p95 1M/20k ${row.p95Ratio.toFixed(2)}`,
  );
}
saveJson('p1-scale.json', { n: N, concurrency: 1, results });
for (const s of Object.values(servers)) await s.t.stop();
await stopAll();
