import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../support/test-server.js';

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
    await client.ok(`mutation { logout }`);
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
