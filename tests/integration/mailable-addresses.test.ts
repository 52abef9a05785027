import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../support/api-client.js';
import { freePort } from '../support/smtp-sink.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

// Strings that look like an address but are not one mail can be sent to: a display name and
// brackets, a comment, a second address after a semicolon, an IP literal, dots in the wrong place.
const NOT_MAILABLE = ['a<victim@evil.test>', 'x@evil.test(cmt)', 'victim@evil.test;x', 'x@[192.0.2.1]', 'x@evil..test', '.x@evil.test'];

let server: TestServer;
let smtpPort: number;
beforeAll(async () => {
  smtpPort = await freePort();
  server = await startTestServer({ config: { inboundSmtpPort: smtpPort, supportAddress: 'help@tandem.test', intakeLimitPerHour: 100 } });
});
afterAll(() => server?.stop());

const customersLike = async (pattern: string) =>
  (await server.services.db.query(`SELECT email FROM customer WHERE email LIKE $1`, [pattern])).map((r: { email: string }) => r.email);

describe('only addresses mail can be sent to', () => {
  it.each(NOT_MAILABLE)(
    '[customer] gives "%s" on the /help form: the form again (400) asking for a valid address, nothing stored',
    async (email) => {
      const response = await fetch(`${server.url}/help`, {
        method: 'POST',
        body: new URLSearchParams({ name: 'Mallory', email, subject: 'Hello', message: 'Please answer to this address.' }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('Enter a valid e-mail address so we can answer you.');
      expect(await customersLike('%evil%')).toEqual([]);
    },
  );

  it.each(NOT_MAILABLE)('[customer] gives "%s" to submitTicket: BAD_USER_INPUT, nothing stored', async (email) => {
    const result = await server
      .client()
      .request(graphql(`mutation SubmitTicket($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }`), {
        input: { name: 'Mallory', email, subject: 'Hello', message: 'Please answer to this address.' },
      });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toBe('Enter a valid e-mail address so we can answer you.');
    expect(await customersLike('%evil%')).toEqual([]);
  });

  it.each(NOT_MAILABLE)('[admin] adds a person as "%s" or changes an address to it: BAD_USER_INPUT, nothing changed', async (email) => {
    const admin = await server.signIn('admin@example.com');
    const created = await admin.request(graphql(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`), {
      input: { name: 'Mallory', email, password: 'a-long-password-1', roles: ['AGENT'] },
    });
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    expect(created.errors![0]!.message).toBe('Enter a valid e-mail address.');
    const [ben] = await server.services.db.query(`SELECT id, version FROM app_user WHERE email = 'ben@example.com'`);
    const updated = await admin.request(graphql(`mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id } }`), {
      input: { id: ben.id, version: ben.version, email },
    });
    expect(errorCode(updated)).toBe('BAD_USER_INPUT');
    expect(await server.services.db.query(`SELECT email FROM app_user WHERE email LIKE '%evil%'`)).toEqual([]);
    expect((await server.services.db.query(`SELECT email FROM app_user WHERE id = $1`, [ben.id]))[0].email).toBe('ben@example.com');
  });

  it.each([
    ['a bracketed address with another one inside', 'Mallory <a<victim@evil.test>>'],
    ['a comment inside the brackets', 'Mallory <x@evil.test(cmt)>'],
    ['a second address after a semicolon', 'Mallory <victim@evil.test;x>'],
    ['an IP literal', 'Mallory <x@[192.0.2.1]>'],
    ['two dots in the domain', 'Mallory <x@evil..test>'],
    ['a leading dot', 'Mallory <.x@evil.test>'],
  ])('[customer] mails from %s: refused with a clear SMTP error, nothing stored', async (_, from) => {
    const before = (await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_message`))[0].n;
    const raw = `From: ${from}\r\nTo: help@tandem.test\r\nSubject: Hello\r\nMessage-ID: <${Math.random()}@evil.test>\r\n\r\nPlease answer.\r\n`;
    await expect(
      nodemailer
        .createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true })
        .sendMail({ envelope: { from: 'bounce@evil.test', to: ['help@tandem.test'] }, raw }),
    ).rejects.toMatchObject({ responseCode: 550, response: expect.stringContaining('no valid From address') });
    expect((await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_message`))[0].n).toBe(before);
    expect(await customersLike('%evil%')).toEqual([]);
  });

  it('[customer] mails from a plain address with a display name, or with a comment after it: the ticket is theirs', async () => {
    const deliver = (from: string, id: string) =>
      nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true }).sendMail({
        envelope: { from: 'bounce@ok.test', to: ['help@tandem.test'] },
        raw: `From: ${from}\r\nTo: help@tandem.test\r\nSubject: Hi\r\nMessage-ID: <${id}@ok.test>\r\n\r\nHello.\r\n`,
      });
    await deliver('Jörg Müller <o.brien+support@mail-1.ok.test>', 'named');
    await deliver('plain@ok.test (Plain Person)', 'comment');
    expect((await customersLike('%ok.test')).sort()).toEqual(['o.brien+support@mail-1.ok.test', 'plain@ok.test']);
  });
});
