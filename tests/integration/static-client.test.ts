import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboxPageQueryDocument } from '../../client/src/gql/graphql.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET as a browser sends it, without decompressing (node's fetch would). */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** One POST of JSON, without decompressing. */
function postJson(base: string, path: string, body: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the client as a browser loads it', () => {
  let server: TestServer;
  let scriptPath: string;

  beforeAll(async () => {
    server = await startTestServer();
    const html = (await get(server.url, '/inbox')).body.toString();
    scriptPath = /<script[^>]+src="([^"]+\.js)"/.exec(html)![1]!;
  });
  afterAll(() => server.stop());

  it('[agent] opens Tandem: the hashed script comes brotli-compressed and cached for good', async () => {
    const res = await get(server.url, scriptPath, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers.vary).toContain('Accept-Encoding');
    const plain = await get(server.url, scriptPath);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(res.body).equals(plain.body)).toBe(true);
    expect(res.body.length).toBeLessThan(plain.body.length / 3);
  });

  it('[agent] opens the inbox: the API answer comes compressed (brotli, or gzip), the same JSON', async () => {
    const agent = await server.signIn('lena@example.com');
    const body = JSON.stringify({ query: print(InboxPageQueryDocument), variables: { first: 50 } });
    const cookie = agent.cookie!;
    const br = await postJson(server.url, '/graphql', body, { cookie, 'Accept-Encoding': 'gzip, deflate, br' });
    const gz = await postJson(server.url, '/graphql', body, { cookie, 'Accept-Encoding': 'gzip' });
    const plain = await postJson(server.url, '/graphql', body, { cookie });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = JSON.parse(plain.body.toString());
    expect(json.data.tickets.edges.length).toBeGreaterThan(5);
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(json);
    expect(JSON.parse(gunzipSync(gz.body).toString())).toEqual(json);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
  });

  it('[agent] on a browser without brotli gets gzip; one that refuses both gets the plain file', async () => {
    const gz = await get(server.url, scriptPath, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).length).toBeGreaterThan(gz.body.length);
    const refused = await get(server.url, scriptPath, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('[agent] reloads after a deploy: index.html is revalidated every time (no-cache), compressed too', async () => {
    for (const path of ['/', '/inbox', '/tickets/123']) {
      const res = await get(server.url, path, { 'Accept-Encoding': 'br' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(res.body).toString()).toContain('<div id="root">');
    }
  });

  it('[anyone] cannot download the source map; the bundle does not point to one', async () => {
    const res = await get(server.url, `${scriptPath}.map`);
    expect(res.status).toBe(404);
    for (const disguised of [`${scriptPath}.m%61p`, `${scriptPath}.MAP`, `${scriptPath}%2Emap`]) {
      expect((await get(server.url, disguised)).status, disguised).toBe(404);
    }
    const script = (await get(server.url, scriptPath)).body.toString();
    expect(script).not.toContain('sourceMappingURL');
  });
});

describe('source maps on request', () => {
  it('[developer] sets SERVE_SOURCE_MAPS: the map is served', async () => {
    const server = await startTestServer({ config: { serveSourceMaps: true } });
    try {
      const html = (await get(server.url, '/')).body.toString();
      const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)![1]!;
      const res = await get(server.url, `${script}.map`);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body.toString()).version).toBe(3);
    } finally {
      await server.stop();
    }
  });
});
