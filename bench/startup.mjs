// Startup benchmark: time from `node scripts/start.mjs` to "Tandem is ready" on a fresh data
// folder (creates the cluster, migrates, seeds) and on an existing one. Builds first if needed.
//   npm run bench:startup            (RUNS=5 to change the number of runs)
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildIfNeeded, ROOT } from '../scripts/build-if-needed.mjs';

const RUNS = Number(process.env.RUNS ?? 3);

function startOnce(dataDir) {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Tandem is ready')) {
        const readyMs = performance.now() - began;
        const stopBegan = performance.now();
        child.once('exit', (code) => resolve({ readyMs, stopMs: performance.now() - stopBegan, code }));
        child.kill('SIGTERM');
      }
    });
    child.once('error', reject);
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

buildIfNeeded();
const cold = [];
const warm = [];
const stops = [];
for (let i = 0; i < RUNS; i++) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-'));
  const first = await startOnce(dir);
  const second = await startOnce(dir);
  cold.push(first.readyMs);
  warm.push(second.readyMs);
  stops.push(first.stopMs, second.stopMs);
  await rm(dir, { recursive: true, force: true });
}
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`runs: ${RUNS}`);
console.log(`fresh data folder   ready in ${fmt(median(cold))} (median; max ${fmt(Math.max(...cold))})  goal < 15 s`);
console.log(`existing data folder ready in ${fmt(median(warm))} (median; max ${fmt(Math.max(...warm))})  goal < 5 s`);
console.log(`SIGTERM to exit      ${fmt(median(stops))} (median; max ${fmt(Math.max(...stops))})  goal < 5 s`);
