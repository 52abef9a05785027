import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DOCUMENT_LIMITS } from '../../server/src/common/document-limits.js';
import { errorCode, untyped } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Hostile documents from anonymous callers: each refused before it costs the server real work (sent as text: `untyped`). */
describe('documents are bounded before they are parsed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { nodeEnv: 'production', isProduction: true } });
  });
  afterAll(() => server?.stop());

  const unusedFragments = (count: number) =>
    untyped(`{ viewer { id } } ${Array.from({ length: count }, (_, i) => `fragment f${i} on User { id }`).join(' ')}`);

  it('[anonymous] sends a 1 MB document of 30,000 unused fragments: refused as too long (400), nothing parsed', async () => {
    const document = unusedFragments(30_000);
    expect(document.length).toBeGreaterThan(900_000);
    const result = await server.client().request(document);
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors![0]!.message).toMatch(/too long .* at most 20000/);
  });

  it('[anonymous] sends a short document with more tokens than allowed: parsing stops at the limit (400)', async () => {
    const document = untyped(`{ viewer { ${'id '.repeat(DOCUMENT_LIMITS.tokens)} } }`);
    expect(document.length).toBeLessThan(DOCUMENT_LIMITS.characters);
    const result = await server.client().request(document);
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors![0]!.message).toMatch(/tokens/);
  });

  it('[anonymous] sends 51 small fragments: refused by validation, naming the limit', async () => {
    const result = await server.client().request(unusedFragments(DOCUMENT_LIMITS.fragments + 1));
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors!.map((e) => e.message)).toContain(`The document has 51 fragments; at most 50 are allowed.`);
  });

  it('[anonymous] sends a deeply nested list literal: a clear 400, never a stack overflow message', async () => {
    const depth = Math.floor(DOCUMENT_LIMITS.tokens / 2) - 20;
    const literal = `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;
    const result = await server.client().request(untyped(`{ tickets(first: 1, filter: { ids: ${literal} }) { edges { node { id } } } }`));
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.errors)).not.toMatch(/call stack|RangeError|INTERNAL_SERVER_ERROR/);
    const deeper = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const refused = await server.client().request(untyped(`{ tickets(first: 1, filter: { ids: ${deeper} }) { edges { node { id } } } }`));
    expect(refused.status).toBe(400);
    expect(errorCode(refused)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('[signed-in agent] sends an over-limit document or a query over the live connection: an error message each, the socket stays usable', async () => {
    const agent = await server.signIn('lena@example.com');
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { cookie: agent.cookie!, origin: server.url },
    });
    const messages: { type: string; id?: string; payload?: unknown }[] = [];
    const refused = ['big', 'deep', 'query'];
    await new Promise<void>((resolve, reject) => {
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', (raw) => {
        const message = JSON.parse(raw.toString());
        messages.push(message);
        if (message.type === 'connection_ack') {
          const subscribe = (id: string, query: string) => socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
          subscribe('fine', `subscription { queueChanged { ticketId } }`);
          subscribe('big', `subscription { queueChanged { ${'ticketId '.repeat(DOCUMENT_LIMITS.tokens)} } }`);
          subscribe('deep', `{ viewer { ${'trainer { '.repeat(10)}id${' }'.repeat(10)} } }`);
          subscribe('query', `{ viewer { id } }`);
        }
        if (refused.every((id) => messages.some((m) => m.type === 'error' && m.id === id))) resolve();
      });
      socket.on('close', (code) => reject(new Error(`closed with ${code}`)));
      socket.on('error', reject);
    });
    // The accepted subscription is still open on a socket that is still up: a ping is answered.
    const pong = new Promise((resolve) => socket.on('message', (raw) => JSON.parse(raw.toString()).type === 'pong' && resolve(true)));
    socket.send(JSON.stringify({ type: 'ping' }));
    expect(await pong).toBe(true);
    socket.removeAllListeners('close');
    socket.close();
    const errors = Object.fromEntries(messages.filter((m) => m.type === 'error').map((m) => [m.id, JSON.stringify(m.payload)]));
    expect(errors.big).toMatch(/tokens/);
    expect(errors.deep).toMatch(/depth/i);
    expect(errors.query).toMatch(/subscriptions only/);
    expect(errors.fine).toBeUndefined();
  });
});
