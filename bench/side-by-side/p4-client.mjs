// P4: the built client's initial JS (what client/dist/index.html loads before anything renders: entry
// scripts and modulepreloads), raw and gzip (-9; also brotli), against a 120 KB gzip critical-path
// budget; what dominates it (source-map-explorer over the entry's source map, grouped by package);
// and what Tandem's own server sends for it (Content-Encoding with Accept-Encoding: gzip, br).
//   node p4-client.mjs [--serve]     (--serve also starts Tandem on tandem20k to fetch the asset)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { TANDEM, TOOLS, clientOperation, clusterStart, freePort, login, saveJson, startTandem, stopAll } from './lib.mjs';

const dist = path.join(TANDEM, 'client/dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
  (m) => m[1],
);
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
const size = (rel) => {
  const buf = readFileSync(path.join(dist, rel.replace(/^\//, '')));
  return {
    file: rel,
    raw: buf.length,
    gzip9: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const js = scripts.map(size);
const styles = css.map(size);
const total = js.reduce((s, f) => ({ raw: s.raw + f.raw, gzip9: s.gzip9 + f.gzip9, brotli: s.brotli + f.brotli }), {
  raw: 0,
  gzip9: 0,
  brotli: 0,
});
const allJs = spawnSync('bash', ['-c', `ls ${path.join(dist, 'assets')}/*.js`], { encoding: 'utf8' })
  .stdout.trim()
  .split('\n');
console.log(`initial JS files: ${js.length} (of ${allJs.length} JS files in dist/assets; lazy chunks: ${allJs.length - js.length})`);
for (const f of [...js, ...styles])
  console.log(
    `  ${f.file}: raw ${(f.raw / 1024).toFixed(1)} KB, gzip ${(f.gzip9 / 1024).toFixed(1)} KB, brotli ${(f.brotli / 1024).toFixed(1)} KB`,
  );
console.log(
  `initial JS total: raw ${(total.raw / 1024).toFixed(1)} KB, gzip ${(total.gzip9 / 1024).toFixed(1)} KB (${((100 * total.gzip9) / 1024 / 120).toFixed(0)} % of the 120 KB budget)`,
);

// breakdown by package with source-map-explorer
const sme = path.join(TOOLS, 'node_modules/.bin/source-map-explorer');
const breakdown = {};
for (const f of js) {
  const file = path.join(dist, f.file.replace(/^\//, ''));
  if (!existsSync(`${file}.map`)) continue;
  const r = spawnSync(sme, [file, `${file}.map`, '--json', '--no-border-checks'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out = JSON.parse(r.stdout);
  const files = out.results[0].files;
  const groups = new Map();
  for (const [src, { size: bytes }] of Object.entries(files)) {
    let g;
    const m = src.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (m) g = m[1];
    else if (src.includes('shared/src')) g = 'tandem shared/src';
    else if (/(^|\/)src\/gql\//.test(src)) g = 'tandem client/src/gql/graphql.ts (generated documents and types)';
    else if (/(^|\/)src\//.test(src)) g = 'tandem client/src (components)';
    else g = src;
    groups.set(g, (groups.get(g) ?? 0) + bytes);
  }
  const mapped = out.results[0].totalBytes;
  breakdown[f.file] = [...groups]
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => ({ name, kb: +(bytes / 1024).toFixed(1), pct: +((100 * bytes) / mapped).toFixed(1) }));
  console.log(`\n${f.file} by package (minified bytes attributed by the source map, ${(mapped / 1024).toFixed(0)} KB mapped):`);
  for (const g of breakdown[f.file].slice(0, 15))
    console.log(`  ${String(g.pct).padStart(5)} %  ${String(g.kb).padStart(7)} KB  ${g.name}`);
}

let served = null;
if (process.argv.includes('--serve')) {
  clusterStart();
  const t = await startTandem({ db: 'tandem20k', port: await freePort(), name: 'p4-serve' });
  const r = await fetch(`${t.url}${js[0].file}`, { headers: { 'accept-encoding': 'gzip, br' } });
  const body = Buffer.from(await r.arrayBuffer());
  served = {
    contentEncoding: r.headers.get('content-encoding'),
    contentLength: r.headers.get('content-length'),
    bytesOnWire: body.length,
    cacheControl: r.headers.get('cache-control'),
  };
  const map = await fetch(`${t.url}${js[0].file}.map`);
  served.sourceMapServed = map.status;
  // An answer the client really gets (tiny ones, under 1 KB, go out as they are).
  const cookie = await login(t.url);
  const g = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br', cookie },
    body: JSON.stringify({ operationName: 'InboxPageQuery', query: clientOperation('InboxPageQuery'), variables: { first: 50 } }),
  });
  served.graphqlContentEncoding = g.headers.get('content-encoding');
  served.graphqlInboxBytesDecoded = (await g.arrayBuffer()).byteLength;
  console.log('\nserved by Tandem with Accept-Encoding: gzip, br:', served);
  await t.stop();
}
saveJson('p4-client.json', { js, styles, total, budgetKbGzip: 120, breakdown, served });
await stopAll();
