// P5: `npm start` (the README's command: embedded PostgreSQL in DATA_DIR) to the first /healthz 200, on
// a fresh data folder (cluster created, migrated, demo seeded) and on the same folder again (existing),
// RUNS times each, interleaved; idle RSS of the server process (the node process npm execs) 2 s after
// it is healthy, and of its embedded PostgreSQL; SIGTERM to exit. Only PORT, DATA_DIR and
// INBOUND_SMTP_PORT=0 (no clash with other listeners on this shared machine) differ from the defaults.
//   node p5-startup.mjs [runs=5]
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DATA, TANDEM, freePort, median, rssKb, saveJson, sleep } from './lib.mjs';

const RUNS = Number(process.argv[2] ?? 5);

function childrenOf(pid) {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push({ pid: Number(d), comm });
    } catch {
      // gone
    }
  }
  return out;
}
const treeRssKb = (pid) => rssKb(pid) + childrenOf(pid).reduce((s, c) => s + treeRssKb(c.pid), 0);

async function startOnce(dataDir) {
  const port = await freePort();
  const began = performance.now();
  const npm = spawn('npm', ['start'], {
    cwd: TANDEM,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), INBOUND_SMTP_PORT: '0' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const exited = new Promise((r) => npm.once('exit', r));
  let readyMs = null;
  while (performance.now() - began < 60_000) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.status === 200) {
        readyMs = performance.now() - began;
        break;
      }
    } catch {
      // not yet
    }
    if (npm.exitCode !== null) break;
    await sleep(25);
  }
  const server = childrenOf(npm.pid).find((c) => c.comm === 'node' || c.comm.startsWith('node'));
  await sleep(2000);
  const serverRss = server ? rssKb(server.pid) : null;
  const pgRoot = server ? childrenOf(server.pid).find((c) => c.comm === 'postgres') : null;
  const pgRss = pgRoot ? treeRssKb(pgRoot.pid) : null;
  const stopBegan = performance.now();
  if (server) process.kill(server.pid, 'SIGTERM');
  else npm.kill('SIGTERM');
  const t = setTimeout(() => {
    if (server) process.kill(server.pid, 'SIGKILL');
    npm.kill('SIGKILL');
  }, 10_000);
  await exited;
  clearTimeout(t);
  return { readyMs, stopMs: performance.now() - stopBegan, serverRssMb: serverRss / 1024, embeddedPgRssMb: pgRss / 1024 };
}

const fresh = [];
const existing = [];
for (let i = 0; i < RUNS; i++) {
  const dir = path.join(DATA, `startup-${i}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o711 });
  const a = await startOnce(dir);
  const b = await startOnce(dir);
  fresh.push(a);
  existing.push(b);
  console.log(
    `run ${i + 1}: fresh ${(a.readyMs / 1000).toFixed(2)} s, existing ${(b.readyMs / 1000).toFixed(2)} s, idle RSS ${b.serverRssMb.toFixed(0)} MB (+ embedded PostgreSQL ${b.embeddedPgRssMb.toFixed(0)} MB), stop ${(a.stopMs / 1000).toFixed(2)}/${(b.stopMs / 1000).toFixed(2)} s`,
  );
  rmSync(dir, { recursive: true, force: true });
}
const m = (xs, k) => median(xs.map((x) => x[k]));
const summary = {
  runs: RUNS,
  freshReadyS: m(fresh, 'readyMs') / 1000,
  existingReadyS: m(existing, 'readyMs') / 1000,
  freshMaxS: Math.max(...fresh.map((x) => x.readyMs)) / 1000,
  existingMaxS: Math.max(...existing.map((x) => x.readyMs)) / 1000,
  stopS: median([...fresh, ...existing].map((x) => x.stopMs)) / 1000,
  idleServerRssMb: m([...fresh, ...existing], 'serverRssMb'),
  idleEmbeddedPgRssMb: m([...fresh, ...existing], 'embeddedPgRssMb'),
};
console.log(JSON.stringify(summary, null, 2));
saveJson('p5-startup.json', { fresh, existing, summary });
