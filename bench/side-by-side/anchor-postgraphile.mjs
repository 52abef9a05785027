// Anchor (c): PostGraphile v5 (Amber preset, grafserv on node:http) over the same database. It plans a
// whole GraphQL request into SQL itself. No auth (no pgSettings/JWT), no custom plugins; the index
// behaviour plugin is off so every column can be ordered and filtered by equality.
//   node anchor-postgraphile.mjs <port> <database url> [pool size]
import { createServer } from 'node:http';
import { toolsRequire } from './lib.mjs';

process.env.GRAPHILE_ENV ??= 'production';
// PostGraphile 5 asks for Node 22; on Node 20 it runs once Promise.withResolvers exists.
Promise.withResolvers ??= function () {
  let resolve, reject;
  const promise = new this((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
};
const { postgraphile } = await import(toolsRequire.resolve('postgraphile'));
const { grafserv } = await import(toolsRequire.resolve('postgraphile/grafserv/node'));
const { PostGraphileAmberPreset } = await import(toolsRequire.resolve('postgraphile/presets/amber'));
const { makePgService } = await import(toolsRequire.resolve('postgraphile/adaptors/pg'));

const [port, url, poolSize = '10'] = process.argv.slice(2);
const preset = {
  extends: [PostGraphileAmberPreset],
  // By default only columns leading a full index get orderBy/condition; the queue's indexes are partial
  // (WHERE status <> 'CLOSED'), so open that up to order by response_due_at and filter status.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: url,
      schemas: ['public'],
      pubsub: false,
      poolConfig: { max: Number(poolSize), application_name: 'anchor-postgraphile' },
    }),
  ],
  grafserv: { port: Number(port), graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const handler = serv.createHandler();
const server = createServer((req, res) => {
  if (req.url === '/healthz') return void res.end('{"status":"ok"}');
  handler(req, res);
});
server.keepAliveTimeout = 65_000;
server.on('error', (e) => console.error(e));
await serv.ready();
await pgl.getSchema(); // build the schema before the first request is timed
server.listen(Number(port), '127.0.0.1', () => console.log(`anchor-postgraphile on ${port}`));
const stop = () => server.close(() => pgl.release().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
