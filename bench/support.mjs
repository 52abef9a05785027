// Shared by the API benchmarks: a real server on a throw-away embedded PostgreSQL with the demo team,
// a signed-in GraphQL client over HTTP, and latency percentiles.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfNeeded, ROOT } from '../scripts/build-if-needed.mjs';

/** Runs `body(app)` against a fresh server, then stops it and deletes its data. */
export async function withBenchServer(name, body) {
  buildIfNeeded({ only: ['shared', 'server'] });
  const { startApp } = await import(pathToFileURL(path.join(ROOT, 'server/dist/app.js')).href);
  const { loadConfig } = await import(pathToFileURL(path.join(ROOT, 'server/dist/config.js')).href);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `tandem-bench-${name}-`));
  const app = await startApp({
    config: { ...loadConfig({ LOG_LEVEL: 'warn' }), dataDir, port: 0, host: '127.0.0.1', seedDemo: true },
  });
  try {
    await body(app);
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Signs in a demo user; returns `ask(query, variables)` -> { ms, data } timed over HTTP. */
export async function signedInClient(app, email) {
  const post = (body, cookie) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const login = await post({ query: `mutation { login(input: { email: "${email}", password: "tandem-demo" }) { id } }` });
  const cookie = login.headers.getSetCookie()[0].split(';')[0];
  return async (query, variables) => {
    const began = performance.now();
    const body = await (await post({ query, variables }, cookie)).json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { ms: performance.now() - began, data: body.data };
  };
}

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** One report line: count, p50, p95 and max of the timings. */
export function latencyLine(label, xs, width = 34) {
  return `${label.padEnd(width)} n=${String(xs.length).padStart(4)}  p50 ${percentile(xs, 50).toFixed(1)} ms  p95 ${percentile(xs, 95).toFixed(1)} ms  max ${Math.max(...xs).toFixed(1)} ms`;
}
