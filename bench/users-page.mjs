// API benchmark: the team list with 5,000 people, read a page of 100 at a time with keyset
// cursors, and searched by text; reports latency percentiles per request over real HTTP.
//   npm run bench:users              (PEOPLE=20000 to change the size)
import { latencyLine, signedInClient, withBenchServer } from './support.mjs';

const PEOPLE = Number(process.env.PEOPLE ?? 5000);

await withBenchServer('users', async (app) => {
  await app.services.db.query(
    `INSERT INTO app_user (name, email, password_hash, roles, created_at, updated_at)
     SELECT 'Person ' || lpad(i::text, 6, '0'), 'person' || i || '@bench.example', 'x', ARRAY['AGENT'], now(), now()
       FROM generate_series(1, $1) AS i`,
    [PEOPLE],
  );
  await app.services.db.query('ANALYZE app_user');

  const ask = await signedInClient(app, 'admin@example.com');
  const query = `query ($after: String, $search: String) { users(first: 100, after: $after, filter: { search: $search }) {
    edges { node { id name email roles trainer { name } viewerCan { deactivate } } } pageInfo { hasNextPage endCursor } } }`;

  const pageTimes = [];
  let after = null;
  let rows = 0;
  do {
    const { ms, data } = await ask(query, { after });
    pageTimes.push(ms);
    rows += data.users.edges.length;
    after = data.users.pageInfo.hasNextPage ? data.users.pageInfo.endCursor : null;
  } while (after);

  const searchTimes = [];
  for (let i = 0; i < 50; i++) searchTimes.push((await ask(query, { search: `person${(i * 97) % PEOPLE}` })).ms);

  console.log(`team of ${rows} people, pages of 100 over HTTP`);
  console.log(latencyLine('users page (keyset cursor)', pageTimes, 28));
  console.log(latencyLine('users search by text', searchTimes, 28));
});
