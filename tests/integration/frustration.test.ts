import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type ApiClient } from '../support/api-client.js';
import { createTicket, signedInStaff } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const FLAG = `mutation ($id: ID!, $f: Boolean) { flagFrustrated(id: $id, frustrated: $f) { id isFrustrated frustrationHint { signals } } }`;
const HINT = `query ($id: ID!) { ticket(id: $id) { frustrationHint { signals } } }`;

/** A real HTTP server on loopback standing in for the team chat's incoming webhook. */
class ChatReceiver {
  readonly messages: { text: string }[] = [];
  /** While > 0, answer 503 and count down. */
  failNext = 0;
  private server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (this.failNext > 0) {
        this.failNext--;
        res.writeHead(503).end('down');
        return;
      }
      this.messages.push(JSON.parse(body));
      res.writeHead(200).end('ok');
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/team`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let server: TestServer;
let chat: ChatReceiver;
let agent: ApiClient;
let manager: ApiClient;
let secondManager: ApiClient;

beforeAll(async () => {
  chat = new ChatReceiver();
  const url = await chat.start();
  server = await startTestServer({ config: { teamChatRetrySeconds: 1 } });
  manager = await server.signIn('peyton@example.com');
  secondManager = (await signedInStaff(server, { roles: ['MANAGER'] })).client;
  agent = await server.signIn('lena@example.com');
  const { version } = (await manager.ok(`{ teamSettings { version } }`)).teamSettings;
  await manager.ok(`mutation ($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { version } }`, {
    input: { version, teamChatWebhookUrl: url },
  });
});
afterAll(async () => {
  await server?.stop();
  await chat?.stop();
});

async function unread(client: ApiClient, kind: string, ticketId: string): Promise<number> {
  const { notifications } = await client.ok(`{ notifications(first: 50, unreadOnly: true) { edges { node { kind ticket { id } } } } }`);
  return notifications.edges.filter((e: any) => e.node.kind === kind && e.node.ticket?.id === ticketId).length;
}

describe('flagFrustrated (W8)', () => {
  it('refuses anonymous callers and people off the rota', async () => {
    const ticket = await createTicket(server);
    expect(errorCode(await server.client().request(FLAG, { id: ticket.id }))).toBe('UNAUTHENTICATED');
    const { client: product } = await signedInStaff(server, { roles: ['PRODUCT'] });
    expect(errorCode(await product.request(FLAG, { id: ticket.id }))).toBe('FORBIDDEN');
  });

  it('suggests flagging a message that looks frustrated', async () => {
    const calm = await createTicket(server, { message: 'How do I add a colleague?' });
    const upset = await createTicket(server, { message: 'This is the THIRD time it broke!!! Unacceptable.' });
    expect((await agent.ok(HINT, { id: calm.id })).ticket.frustrationHint).toBeNull();
    expect((await agent.ok(HINT, { id: upset.id })).ticket.frustrationHint.signals).toContain('repeated exclamation marks');
  });

  it('alerts every support manager at once in the app and posts to the team chat; flagging twice alerts once', async () => {
    const ticket = await createTicket(server, { subject: 'Exports fail again' });
    const { flagFrustrated } = await agent.ok(FLAG, { id: ticket.id });
    expect(flagFrustrated).toMatchObject({ isFrustrated: true, frustrationHint: null });
    expect(await unread(manager, 'FRUSTRATED_CUSTOMER', ticket.id)).toBe(1);
    expect(await unread(secondManager, 'FRUSTRATED_CUSTOMER', ticket.id)).toBe(1);
    await agent.ok(FLAG, { id: ticket.id });
    expect(await unread(manager, 'FRUSTRATED_CUSTOMER', ticket.id)).toBe(1);
    await expect.poll(() => chat.messages.filter((m) => m.text.includes(`#${ticket.number}`)).length, { timeout: 10_000 }).toBe(1);
    const message = chat.messages.find((m) => m.text.includes(`#${ticket.number}`))!;
    expect(message.text).toMatch(/Frustrated customer on #\d+ “Exports fail again”.*flagged by Lena Fischer/);
    expect(message.text).toContain(`/tickets/${ticket.id}`);
  });

  it('a down team chat blocks nothing and loses nothing: the alert is in the app at once, the chat message arrives once it is back', async () => {
    chat.failNext = 2;
    const ticket = await createTicket(server, { subject: 'Chat is down' });
    await agent.ok(FLAG, { id: ticket.id });
    expect(await unread(manager, 'FRUSTRATED_CUSTOMER', ticket.id)).toBe(1);
    await expect.poll(() => chat.messages.filter((m) => m.text.includes(`#${ticket.number}`)).length, { timeout: 20_000, interval: 250 }).toBe(1);
    expect(chat.failNext).toBe(0);
  });

  it('a refused flag queues no chat message and alerts nobody', async () => {
    const jobs = async () =>
      (await server.services.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'team-chat'`))[0].n as number;
    const before = await jobs();
    const ticket = await createTicket(server, { subject: 'Closed already' });
    await server.services.db.query(`UPDATE ticket SET status = 'CLOSED' WHERE id = $1`, [ticket.id]);
    expect(errorCode(await agent.request(FLAG, { id: ticket.id }))).toBe('TICKET_CLOSED');
    expect(await jobs()).toBe(before);
    expect(await unread(manager, 'FRUSTRATED_CUSTOMER', ticket.id)).toBe(0);
  });
});
