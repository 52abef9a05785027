import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../support/test-server.js';
// The client's own operations, where a test sends exactly what the client sends.
import { UserMenuLogoutMutationDocument } from '../../client/src/gql/graphql.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Opens the live-update connection (graphql-transport-ws) and reports how the handshake ends. */
function handshake(headers: Record<string, string>): Promise<'ack' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (raw) => {
      if (JSON.parse(raw.toString()).type === 'connection_ack') {
        socket.close();
        resolve('ack');
      }
    });
    socket.on('close', (code) => resolve(code));
    socket.on('error', reject);
  });
}

describe('live-update connection (/graphql over WebSocket)', () => {
  it('refuses a connection without a session (4403)', async () => {
    expect(await handshake({})).toBe(4403);
  });

  it('refuses a forged or ended session', async () => {
    expect(await handshake({ cookie: 'tandem_session=forged-token-that-is-not-real-aaaaaaaaaaaaaaaa' })).toBe(4403);
    const client = await server.signIn('ben@example.com');
    const cookie = client.cookie!;
    await client.ok(UserMenuLogoutMutationDocument);
    expect(await handshake({ cookie })).toBe(4403);
  });

  it('refuses a page on another site using the cookie (cross-site WebSocket hijacking)', async () => {
    const client = await server.signIn('ben@example.com');
    expect(await handshake({ cookie: client.cookie!, origin: 'https://evil.example' })).toBe(4403);
  });

  it('accepts a signed-in person from the same origin', async () => {
    const client = await server.signIn('ben@example.com');
    expect(await handshake({ cookie: client.cookie!, origin: server.url })).toBe('ack');
  });
});

/** Sends one operation over an acknowledged socket and returns the first answer to it. */
function operate(headers: Record<string, string>, payload: Record<string, unknown>): Promise<{ type: string; payload: any }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === 'connection_ack') socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload }));
      else if (message.id === '1') {
        socket.close();
        resolve(message);
      }
    });
    socket.on('error', reject);
  });
}

describe('errors over the live-update connection', () => {
  it('[another client] subscribes with a misspelt field or a variable of the wrong type: an error with a code, as over HTTP, and no guessed names', async () => {
    const client = await server.signIn('ben@example.com');
    const headers = { cookie: client.cookie! };
    const misspelt = await operate(headers, { query: 'subscription { queueChangd { ticketId } }' });
    expect(misspelt.type).toBe('error');
    expect(misspelt.payload[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(misspelt.payload[0].message).not.toMatch(/did you mean|queueChanged/i);
    const wrongType = await operate(headers, {
      query: 'subscription ($id: ID!) { ticketChanged(id: $id) { id } }',
      variables: { id: { not: 'an id' } },
    });
    expect(wrongType.type).toBe('error');
    expect(wrongType.payload[0].extensions.code).toBe('BAD_USER_INPUT');
    const broken = await operate(headers, { query: 'subscription { queueChanged { ' });
    expect(broken.payload[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
