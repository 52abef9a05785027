import nodemailer from 'nodemailer';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { untyped, type ApiClient, type GraphQLResult } from '../support/api-client.js';
import { createTicket } from '../support/factories.js';
import { freePort } from '../support/smtp-sink.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

// Characters PostgreSQL cannot hold (NUL) or that never belong in text (other controls, lone surrogates).
const NUL = '\u0000';
const SECRET = 'a-long-shared-webhook-secret-for-tests';

let server: TestServer;
let smtpPort: number;
beforeAll(async () => {
  smtpPort = await freePort();
  server = await startTestServer({
    config: { inboundSmtpPort: smtpPort, supportAddress: 'help@tandem.test', inboundWebhookSecret: SECRET },
  });
});
afterAll(() => server?.stop());

const count = async (sql: string, params: unknown[] = []) => (await server.services.db.query(sql, params))[0].n as number;

/** Refused as bad input naming the argument, with HTTP 400, never as a server error. */
function expectRefused(result: GraphQLResult, field: string) {
  expect(result.status).toBe(400);
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0]).toMatchObject({
    message: expect.stringMatching(
      new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')} contains a character that cannot be stored \\(U\\+[0-9A-F]{4} at position \\d+\\)`),
    ),
    extensions: { code: 'BAD_USER_INPUT', field },
  });
  expect(result.data ?? null).toBeNull();
}

describe('text that cannot be stored, in the API', () => {
  let agent: ApiClient;
  let admin: ApiClient;
  let ticketId: string;

  beforeAll(async () => {
    agent = await server.signIn('lena@example.com');
    admin = await server.signIn('admin@example.com');
    ticketId = (await createTicket(server)).id;
  });

  it('[agent] pastes a note with a NUL in it, as a variable or written in the document: told which field, nothing stored', async () => {
    const notes = () => count(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = 'NOTE'`, [ticketId]);
    const before = await notes();
    const ADD_NOTE = graphql(`mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { id } }`);
    expectRefused(await agent.request(ADD_NOTE, { input: { ticketId, body: `Called the customer${NUL}, no answer.` } }), 'input.body');
    // A NUL written in the document itself: sent as text (`untyped`), as in the cases below.
    expectRefused(
      await agent.request(untyped(`mutation { addNote(input: { ticketId: "${ticketId}", body: "a\\u0000b" }) { id } }`)),
      'input.body',
    );
    // A list inside the input, and an argument given by a variable inside an inline object.
    expectRefused(await agent.request(ADD_NOTE, { input: { ticketId, body: 'Fine', mentionIds: [`x${NUL}`] } }), 'input.mentionIds[0]');
    expectRefused(
      await agent.request(untyped(`mutation ($body: String!) { addNote(input: { ticketId: "${ticketId}", body: $body }) { id } }`), {
        body: `\u0007ding`,
      }),
      'input.body',
    );
    expect(await notes()).toBe(before);
    // The same note without the character goes through.
    expect((await agent.request(ADD_NOTE, { input: { ticketId, body: 'Called the customer, no answer.' } })).errors).toBeUndefined();
  });

  it('[agent] searches for text with a NUL in it: told which field, not a server error', async () => {
    const TICKETS = graphql(`query TicketsInUnstorableText($filter: TicketsFilter) { tickets(filter: $filter) { edges { node { id } } } }`);
    expectRefused(await agent.request(TICKETS, { filter: { search: `export${NUL}` } }), 'filter.search');
    expectRefused(
      await agent.request(untyped(`{ tickets(filter: { search: "export\\u0000" }) { edges { node { id } } } }`)),
      'filter.search',
    );
    expectRefused(await agent.request(untyped(`{ ticketCount(filter: { search: "\\u0000" }) { count } }`)), 'filter.search');
    expect((await agent.request(TICKETS, { filter: { search: 'export' } })).errors).toBeUndefined();
  });

  it('[admin] adds a person and a saved reply with a NUL or a lone surrogate in them: told which field, nothing created', async () => {
    const users = () => count(`SELECT count(*)::int AS n FROM app_user`);
    const replies = () => count(`SELECT count(*)::int AS n FROM saved_reply`);
    const [usersBefore, repliesBefore] = [await users(), await replies()];
    const person = { name: `Ana${NUL}`, email: 'ana@example.com', password: 'a-long-password-1', roles: ['AGENT' as const] };
    expectRefused(
      await admin.request(graphql(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`), { input: person }),
      'input.name',
    );
    expectRefused(
      await admin.request(
        untyped(
          `mutation { createUser(input: { name: "Ana", email: "ana\\u0000@example.com", password: "a-long-password-1", roles: [AGENT] }) { id } }`,
        ),
      ),
      'input.email',
    );
    const SAVED = graphql(
      `mutation CreateSavedReplyInUnstorableText($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id } }`,
    );
    expectRefused(
      await admin.request(SAVED, { input: { title: 'Refunds', category: 'ACCOUNT_AND_BILLING', body: 'Half an emoji: \uD83D' } }),
      'input.body',
    );
    expectRefused(
      await admin.request(
        untyped(
          `mutation { createSavedReply(input: { title: "Re\\u0000funds", category: ACCOUNT_AND_BILLING, body: "We refund within 5 days." }) { id } }`,
        ),
      ),
      'input.title',
    );
    expect([await users(), await replies()]).toEqual([usersBefore, repliesBefore]);
  });

  it('[customer] submits the web form, [someone] signs in, with a NUL: told which field, nothing stored, no session', async () => {
    const tickets = () => count(`SELECT count(*)::int AS n FROM ticket`);
    const before = await tickets();
    const SUBMIT = graphql(`mutation SubmitTicket($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }`);
    const form = { name: 'Nora Field', email: 'nora@field.example', subject: 'Cannot log in', message: `The page${NUL} spins.` };
    expectRefused(await server.client().request(SUBMIT, { input: form }), 'input.message');
    expect(await tickets()).toBe(before);
    const LOGIN = graphql(`mutation LoginInUnstorableText($input: LoginInput!) { login(input: $input) { id } }`);
    const client = server.client();
    expectRefused(await client.request(LOGIN, { input: { email: `lena@example.com${NUL}`, password: 'whatever-it-is' } }), 'input.email');
    expect(client.cookie).toBeNull();
  });

  it('[agent] subscribes over the live connection with a NUL in an argument: refused the same way', async () => {
    const answer = await new Promise<{ type: string; payload: unknown }>((resolve, reject) => {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: { cookie: agent.cookie! },
      });
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', (raw) => {
        const message = JSON.parse(raw.toString());
        if (message.type === 'connection_ack') {
          socket.send(
            JSON.stringify({
              id: '1',
              type: 'subscribe',
              payload: { query: `subscription ($id: ID!) { ticketChanged(id: $id) { id } }`, variables: { id: `${ticketId}${NUL}` } },
            }),
          );
        } else if (message.id === '1') {
          socket.close();
          resolve(message);
        }
      });
      socket.on('error', reject);
    });
    expect(answer).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'BAD_USER_INPUT', field: 'id' } }] });
  });
});

describe('text that cannot be stored, in mail', () => {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  /** One mail with a NUL in each place: body (raw byte and quoted-printable), Subject, display name, attachment name. */
  const mail = (messageId: string) =>
    Buffer.from(
      [
        `From: =?utf-8?B?${b64(`Omar${NUL} Haddad`)}?= <omar@nul.test>`,
        'To: help@tandem.test',
        `Subject: =?utf-8?B?${b64(`Invoice${NUL} missing`)}?=`,
        `Message-ID: <${messageId}@nul.test>`,
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'My invoice=00 for March is missing.',
        `Where\u0000 is it?`,
        '--b1',
        'Content-Type: application/pdf',
        "Content-Disposition: attachment; filename*=utf-8''in%00voice.pdf",
        'Content-Transfer-Encoding: base64',
        '',
        b64('%PDF-1.4'),
        '--b1--',
        '',
      ].join('\r\n'),
      'latin1',
    );

  async function stored(messageId: string) {
    const [row] = await server.services.db.query(
      `SELECT t.subject, c.name, c.email, m.body, (SELECT array_agg(a.filename) FROM message_attachment a WHERE a.message_id = m.id) AS files
         FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id JOIN customer c ON c.id = t.customer_id WHERE m.email_message_id = $1`,
      [`<${messageId}@nul.test>`],
    );
    return row;
  }

  it('[customer] mails a NUL in the body, the Subject, their name and an attachment name: accepted (250) and stored without it', async () => {
    const info = await nodemailer
      .createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true })
      .sendMail({ envelope: { from: 'omar@nul.test', to: ['help@tandem.test'] }, raw: mail('smtp-1') });
    expect(info.response).toMatch(/^250/);
    expect(await stored('smtp-1')).toEqual({
      subject: 'Invoice missing',
      name: 'Omar Haddad',
      email: 'omar@nul.test',
      body: 'My invoice for March is missing.\nWhere is it?',
      files: ['invoice.pdf'],
    });
  });

  it('[mail provider] posts the same mail to the webhook: accepted and stored without the NUL', async () => {
    const response = await fetch(`${server.url}/inbound/mail`, {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${SECRET}` },
      body: mail('hook-1'),
    });
    expect(response.status).toBe(201);
    expect(await stored('hook-1')).toMatchObject({
      subject: 'Invoice missing',
      body: 'My invoice for March is missing.\nWhere is it?',
      files: ['invoice.pdf'],
    });
  });
});

describe('text that cannot be stored, in the customer pages', () => {
  it('[customer] sends the /help form with a NUL: the form again (400) saying which field, their text kept, nothing stored', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM customer WHERE email = 'ines@help.test'`);
    const response = await fetch(`${server.url}/help`, {
      method: 'POST',
      body: new URLSearchParams({ name: 'Ines', email: 'ines@help.test', subject: 'Hi', message: `It${NUL} crashes.` }),
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(
      '<p role="alert" class="error">Message contains a character that cannot be stored (U+0000 at position 3). Remove it and try again.</p>',
    );
    expect(html).toContain('>It crashes.</textarea>');
    expect(await count(`SELECT count(*)::int AS n FROM customer WHERE email = 'ines@help.test'`)).toBe(before);
  });

  it('[customer] answers on their private link with a NUL: the page again (400) saying so, nothing stored', async () => {
    const ticket = await createTicket(server);
    const { url } = await server.services.links.create(server.services.db.manager, ticket.id, null);
    const path = new URL(url).pathname;
    const messages = () => count(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1`, [ticket.id]);
    const before = await messages();
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      body: new URLSearchParams({ message: `Still${NUL} broken.` }),
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Your answer contains a character that cannot be stored (U+0000 at position 6).');
    expect(await messages()).toBe(before);
  });
});
