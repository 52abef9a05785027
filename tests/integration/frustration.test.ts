import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type ApiClient } from '../support/api-client.js';
import { createTicket, signedInStaff } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const FLAG = graphql(
  `mutation FlagFrustrated($id: ID!, $f: Boolean) { flagFrustrated(id: $id, frustrated: $f) { id isFrustrated frustrationHint { signals } } }`,
);
const HINT = graphql(`query TicketInFrustration($id: ID!) { ticket(id: $id) { frustrationHint { signals } } }`);

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
  const { version } = (await manager.ok(graphql(`query TeamSettingsInFrustration { teamSettings { version } }`))).teamSettings;
  await manager.ok(
    graphql(`mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { version } }`),
    {
      input: { version, teamChatWebhookUrl: url },
    },
  );
});
afterAll(async () => {
  await server?.stop();
  await chat?.stop();
});

async function unread(client: ApiClient, kind: string, ticketId: string): Promise<number> {
  const { notifications } = await client.ok(
    graphql(`query NotificationsInFrustration { notifications(first: 50, unreadOnly: true) { edges { node { kind ticket { id } } } } }`),
  );
  return notifications.edges.filter((e) => e.node.kind === kind && e.node.ticket?.id === ticketId).length;
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
    expect((await agent.ok(HINT, { id: upset.id })).ticket!.frustrationHint!.signals).toContain('repeated exclamation marks');
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
    await expect
      .poll(() => chat.messages.filter((m) => m.text.includes(`#${ticket.number}`)).length, { timeout: 20_000, interval: 250 })
      .toBe(1);
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

const SUGGESTION =
  graphql(`query TicketFrustrationHint($id: ID!) { ticket(id: $id) { id isFrustrated frustrationHint { triggers signals suggestedAt }
  timeline { __typename ... on TicketEvent { kind text } } } }`);
const DISMISS = graphql(
  `mutation DismissFrustrationSuggestion($id: ID!) { dismissFrustrationSuggestion(id: $id) { id isFrustrated frustrationHint { triggers } } }`,
);
const SHOUTING = 'THIRD TIME ASKING ABOUT THE EXPORT. I AM EXTREMELY FRUSTRATED AND WE WILL CANCEL!!!';

/** A customer's mail, as the SMTP listener and the webhook hand it over. */
function rawMail(from: string, subject: string, text: string): Buffer {
  return Buffer.from(
    [
      `From: ${from}`,
      'To: support@localhost',
      `Subject: ${subject}`,
      `Message-ID: <${Math.random().toString(36).slice(2)}@customer.test>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      '',
    ].join('\r\n'),
  );
}

async function mailIn(subject: string, text: string): Promise<string> {
  const { ticketId } = await server.services.inbound.receiveRaw(rawMail('Mo Shout <mo@customer.test>', subject, text));
  return ticketId!;
}

describe('W8 frustration is noticed as messages arrive', () => {
  it('a shouting mail is marked "looks frustrated" with the words that triggered it, on the ticket and in the inbox', async () => {
    const ticketId = await mailIn('Export broken', SHOUTING);
    const { ticket } = await agent.ok(SUGGESTION, { id: ticketId });
    expect(ticket.isFrustrated).toBe(false);
    expect(ticket.frustrationHint).toMatchObject({
      triggers: ['THIRD TIME', 'EXTREMELY FRUSTRATED', 'WILL CANCEL', '!!!', 'ALL CAPS'],
      suggestedAt: expect.any(String),
    });
    const { tickets } = await agent.ok(
      graphql(`query TicketsInFrustration { tickets(first: 100) { edges { node { id frustrationHint { triggers } } } } }`),
    );
    expect(tickets.edges.find((e) => e.node.id === ticketId)!.node.frustrationHint!.triggers).toContain('THIRD TIME');
  });

  it('an answer on the private link is checked too; a calm one leaves the suggestion as it is', async () => {
    const ticket = await createTicket(server, { message: 'How do I export?' });
    expect((await agent.ok(SUGGESTION, { id: ticket.id })).ticket.frustrationHint).toBeNull();
    const { url } = (
      await agent.ok(graphql(`mutation CreateCustomerLinkInFrustration($id: ID!) { createCustomerLink(id: $id) { url } }`), {
        id: ticket.id,
      })
    ).createCustomerLink;
    const link = `${server.url}${new URL(url).pathname}`;
    const post = (message: string) => fetch(link, { method: 'POST', body: new URLSearchParams({ message }), redirect: 'manual' });
    expect((await post('This is unacceptable, nobody answered.')).status).toBe(303);
    expect((await agent.ok(SUGGESTION, { id: ticket.id })).ticket!.frustrationHint!.triggers).toEqual(['unacceptable', 'nobody answered']);
    expect((await post('Sorry, one more detail: it is the CSV export.')).status).toBe(303);
    expect((await agent.ok(SUGGESTION, { id: ticket.id })).ticket!.frustrationHint!.triggers).toEqual(['unacceptable', 'nobody answered']);
  });

  it('confirming is flagging: the managers are alerted and the suggestion is gone', async () => {
    const ticketId = await mailIn('Confirm me', SHOUTING);
    const { flagFrustrated } = await agent.ok(FLAG, { id: ticketId, f: true });
    expect(flagFrustrated).toMatchObject({ isFrustrated: true, frustrationHint: null });
    expect(await unread(manager, 'FRUSTRATED_CUSTOMER', ticketId)).toBe(1);
    const [row] = await server.services.db.query(`SELECT frustration_suggested_at, frustration_triggers FROM ticket WHERE id = $1`, [
      ticketId,
    ]);
    expect(row).toEqual({ frustration_suggested_at: null, frustration_triggers: [] });
    // A flagged customer's next angry mail suggests nothing new: they are flagged already.
    await server.services.inbound.receiveRaw(
      Buffer.from(
        rawMail('Mo Shout <mo@customer.test>', 'Confirm me', 'STILL BROKEN!!!')
          .toString()
          .replace('To: support@localhost', `To: support+${(await server.services.tickets.get(ticketId)).mailRef}@localhost`),
      ),
    );
    expect((await agent.ok(SUGGESTION, { id: ticketId })).ticket.frustrationHint).toBeNull();
  });
});

describe('dismissFrustrationSuggestion (W8)', () => {
  it('refuses anonymous callers and people off the rota, and changes nothing', async () => {
    const ticketId = await mailIn('Dismiss denied', SHOUTING);
    expect(errorCode(await server.client().request(DISMISS, { id: ticketId }))).toBe('UNAUTHENTICATED');
    const { client: product } = await signedInStaff(server, { roles: ['PRODUCT'] });
    expect(errorCode(await product.request(DISMISS, { id: ticketId }))).toBe('FORBIDDEN');
    expect((await agent.ok(SUGGESTION, { id: ticketId })).ticket.frustrationHint).not.toBeNull();
  });

  it('refuses an unknown ticket', async () => {
    expect(errorCode(await agent.request(DISMISS, { id: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await agent.request(DISMISS, { id: 'nope' }))).toBe('NOT_FOUND');
  });

  it('[agent] dismisses it: nobody is alerted, the timeline says so, and only a new message that triggers again brings it back', async () => {
    const ticket = await createTicket(server, { message: 'This is the THIRD time!!! Unacceptable.' });
    const { dismissFrustrationSuggestion } = await agent.ok(DISMISS, { id: ticket.id });
    expect(dismissFrustrationSuggestion).toEqual({ id: ticket.id, isFrustrated: false, frustrationHint: null });
    expect(await unread(manager, 'FRUSTRATED_CUSTOMER', ticket.id)).toBe(0);
    const after = (await agent.ok(SUGGESTION, { id: ticket.id })).ticket;
    expect(after.timeline.at(-1)).toEqual({
      __typename: 'TicketEvent',
      kind: 'FRUSTRATION_DISMISSED',
      text: 'Lena Fischer dismissed the "looks frustrated" suggestion (“THIRD time”, “!!!”, “Unacceptable”)',
    });
    // Dismissing twice changes nothing.
    await agent.ok(DISMISS, { id: ticket.id });
    expect(
      (await agent.ok(SUGGESTION, { id: ticket.id })).ticket!.timeline.filter(
        (e) => e.__typename === 'TicketEvent' && e.kind === 'FRUSTRATION_DISMISSED',
      ),
    ).toHaveLength(1);

    const write = (body: string) =>
      server.services.db.transaction((tx) =>
        server.services.customerMessageRecorder.addCustomerMessage(tx, ticket.id, ticket.customerId, { body, channel: 'LINK' }),
      );
    await write('Thanks, I will wait.');
    expect((await agent.ok(SUGGESTION, { id: ticket.id })).ticket.frustrationHint).toBeNull();
    await write('Still broken. This is ridiculous.');
    expect((await agent.ok(SUGGESTION, { id: ticket.id })).ticket!.frustrationHint!.triggers).toEqual(['Still broken', 'ridiculous']);
  });
});
