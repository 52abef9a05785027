// Where Tandem's time goes under the P1 load: a V8 CPU profile (--cpu-prof) of the Tandem process while
// it serves the inbox page at concurrency 10 for a few seconds, summarised as self time per package
// (node_modules/<pkg>, or Tandem's server/ and shared/ code, or node: internals) and the top functions.
//   node p1-profile.mjs [db=tandem20k] [seconds=6]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OUT, clientOperation, clusterStart, freePort, login, loadRun, mkOut, saveJson, startTandem, stopAll } from './lib.mjs';

const [db = 'tandem20k', secondsArg = '6'] = process.argv.slice(2);
mkOut();
const profDir = path.join(OUT, `cpuprof-${db}-${Date.now()}`);
clusterStart();
const t = await startTandem({
  db,
  port: await freePort(),
  name: `p1-profile-${db}`,
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`],
});
const cookie = await login(t.url);
const body = {
  operationName: 'InboxPageQuery',
  query: clientOperation('InboxPageQuery'),
  variables: { first: 50, filter: { search: null } },
};
const load = await loadRun({ url: `${t.url}/graphql`, body, headers: { cookie }, concurrency: 10, durationMs: Number(secondsArg) * 1000 });
console.log(`inbox under profile: ${load.rps.toFixed(1)} rps p95 ${load.p95.toFixed(1)} ms (${load.n} requests)`);
await t.stop();

const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
const prof = JSON.parse(readFileSync(path.join(profDir, file), 'utf8'));
const self = new Map(prof.nodes.map((n) => [n.id, 0]));
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const bucketOf = (url) => {
  if (!url) return '(native/idle/gc)';
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (url.includes('/server/dist/')) return 'tandem server/';
  if (url.includes('/shared/dist/')) return 'tandem shared/';
  if (url.startsWith('node:')) return 'node: internals';
  return url;
};
const byBucket = new Map();
const byFn = new Map();
let total = 0;
let idle = 0;
for (const n of prof.nodes) {
  const us = self.get(n.id) ?? 0;
  total += us;
  const fn = n.callFrame.functionName || '(anonymous)';
  if (fn === '(idle)') {
    idle += us;
    continue;
  }
  const b = ['(garbage collector)', '(program)'].includes(fn) ? fn : bucketOf(n.callFrame.url);
  byBucket.set(b, (byBucket.get(b) ?? 0) + us);
  const key = `${fn} ${bucketOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  byFn.set(key, (byFn.get(key) ?? 0) + us);
}
const busy = total - idle;
// inclusive time of selected frames (self + descendants), counted once per stack
const children = new Map(prof.nodes.map((n) => [n.id, n.children ?? []]));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const inclusive = new Map();
const WATCH =
  /^(getRawAndEntities|executeEntitiesAndRawResults|transform|resolveSession|dispatchHandler|getComplexity|validate|execute|executeOperation|completeValue|completeListValue|stringify|prettyJSONStringify|processGraphQLRequest|createLoaders|list|viewerCan|ticketPermissions|toConnection|write|asJson|findByIds|query|handleRequest|jsonParser|loadConfig|createQueryBuilder|getQuery|buildSchema|logger|onResFinished|runMiddlewareForField|applyMiddlewares|validateArg|validateOrReject|transformAndValidate|convertToType|getValidationErrors)$/;
function walk(id, active) {
  const n = byId.get(id);
  const fn = n.callFrame.functionName;
  const key = WATCH.test(fn) ? `${fn} (${bucketOf(n.callFrame.url)})` : null;
  const entering = key && !active.has(key);
  if (entering) active.add(key);
  for (const k of active) inclusive.set(k, (inclusive.get(k) ?? 0) + (self.get(id) ?? 0));
  for (const c of children.get(id)) walk(c, active);
  if (entering) active.delete(key);
}
walk(prof.nodes[0].id, new Set());
const top = (m, k) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, us]) => ({ name, ms: Math.round(us / 1000), pctOfBusy: +((100 * us) / busy).toFixed(1) }));
const summary = {
  db,
  load,
  profiledSeconds: total / 1e6,
  busySeconds: busy / 1e6,
  busyShare: busy / total,
  packages: top(byBucket, 20),
  functions: top(byFn, 30),
  inclusive: top(inclusive, 40),
};
console.log(`profile: ${(total / 1e6).toFixed(1)} s, main thread busy ${((100 * busy) / total).toFixed(0)} %`);
for (const p of summary.packages) console.log(`  ${String(p.pctOfBusy).padStart(5)} %  ${p.ms} ms  ${p.name}`);
console.log('top functions (self time):');
for (const f of summary.functions.slice(0, 20)) console.log(`  ${String(f.pctOfBusy).padStart(5)} %  ${f.name}`);
console.log('inclusive time of selected frames:');
for (const f of summary.inclusive.slice(0, 30)) console.log(`  ${String(f.pctOfBusy).padStart(5)} %  ${f.ms} ms  ${f.name}`);
saveJson(`p1-profile-${db}.json`, summary);
await stopAll();
