// API benchmark: the team list with 5,000 people, read a page of 100 at a time with keyset
// cursors, and searched by text; reports latency percentiles per request over real HTTP.
//   npm run bench:users              (PEOPLE=20000 to change the size)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfNeeded, ROOT } from '../scripts/build-if-needed.mjs';

const PEOPLE = Number(process.env.PEOPLE ?? 5000);
buildIfNeeded({ only: ['shared', 'server'] });
const { startApp } = await import(pathToFileURL(path.join(ROOT, 'server/dist/app.js')).href);
const { loadConfig } = await import(pathToFileURL(path.join(ROOT, 'server/dist/config.js')).href);

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-users-'));
const app = await startApp({
  config: { ...loadConfig({ LOG_LEVEL: 'warn' }), dataDir, port: 0, host: '127.0.0.1', seedDemo: true },
});
try {
  await app.services.db.query(
    `INSERT INTO app_user (name, email, password_hash, roles, created_at, updated_at)
     SELECT 'Person ' || lpad(i::text, 6, '0'), 'person' || i || '@bench.example', 'x', ARRAY['AGENT'], now(), now()
       FROM generate_series(1, $1) AS i`,
    [PEOPLE],
  );
  await app.services.db.query('ANALYZE app_user');

  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(input: { email: "admin@example.com", password: "tandem-demo" }) { id } }' }),
  });
  const cookie = login.headers.getSetCookie()[0].split(';')[0];
  const query = `query ($after: String, $search: String) { users(first: 100, after: $after, filter: { search: $search }) {
    edges { node { id name email roles trainer { name } viewerCan { deactivate } } } pageInfo { hasNextPage endCursor } } }`;
  const ask = async (variables) => {
    const began = performance.now();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { ms: performance.now() - began, page: body.data.users };
  };

  const pageTimes = [];
  let after = null;
  let rows = 0;
  do {
    const { ms, page } = await ask({ after });
    pageTimes.push(ms);
    rows += page.edges.length;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);

  const searchTimes = [];
  for (let i = 0; i < 50; i++) searchTimes.push((await ask({ search: `person${(i * 97) % PEOPLE}` })).ms);

  const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  const line = (label, xs) =>
    `${label.padEnd(28)} n=${String(xs.length).padStart(4)}  p50 ${pct(xs, 50).toFixed(1)} ms  p95 ${pct(xs, 95).toFixed(1)} ms  max ${Math.max(...xs).toFixed(1)} ms`;
  console.log(`team of ${rows} people, pages of 100 over HTTP`);
  console.log(line('users page (keyset cursor)', pageTimes));
  console.log(line('users search by text', searchTimes));
} finally {
  await app.stop();
  await rm(dataDir, { recursive: true, force: true });
}
