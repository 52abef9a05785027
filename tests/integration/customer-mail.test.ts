import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { errorCode } from '../support/api-client.js';
import { createTicket, latestMessageId } from '../support/factories.js';
import { ACCEPTED, REFUSED } from './fixtures/mail/real-clients.js';
import { freePort, SmtpSink } from '../support/smtp-sink.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { TicketInCustomerMailQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';

const REPLY = graphql(`mutation ReplyToTicketInCustomerMail($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status } }`);
const TICKET = graphql(`query TicketInCustomerMail($id: ID!) { ticket(id: $id) {
  id number status subject customer { email }
  timeline { __typename ... on CustomerMessage { body channel quotedText attachments { id filename sizeBytes } }
    ... on Reply { body seenAt delivery { status summary attempts } } }
} }`);
const SECRET = 'a-long-shared-webhook-secret-for-tests';

async function reply(agent: ApiClient, server: TestServer, ticketId: string, body: string) {
  return agent.request(REPLY, { input: { ticketId, body, seenMessageId: await latestMessageId(server, ticketId) } });
}

async function ticketOf(agent: ApiClient, id: string) {
  return (await agent.ok(TICKET, { id })).ticket!;
}

type TimelineEntry = NonNullable<TicketInCustomerMailQuery['ticket']>['timeline'][number];

/** The newest entry of a ticket's timeline, which the test knows to be a reply. */
function newestReply(ticket: { timeline: TimelineEntry[] }) {
  return ticket.timeline.at(-1) as Extract<TimelineEntry, { __typename: 'Reply' }>;
}

/** The private link in a reply mail's text. */
function linkIn(text: string): string {
  const match = /(http:\/\/\S+\/c\/[A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error(`no private link in:\n${text}`);
  return match[1]!;
}

describe('mail to customers goes out through the outbox', () => {
  const sink = new SmtpSink();
  let server: TestServer;
  let agent: ApiClient;

  beforeAll(async () => {
    await sink.start();
    server = await startTestServer({ config: { smtpUrl: sink.url, outboxRetrySeconds: 1, supportAddress: 'help@tandem.test' } });
    agent = await server.signIn('lena@example.com');
  });
  afterAll(async () => {
    await server?.stop();
    await sink.stop();
  });
  afterEach(() => void (sink.mails.length = 0));

  it('sends each reply once, threaded, from the support address, with a private link and a reply address of its ticket', async () => {
    const ticket = await createTicket(server, { subject: 'Export help', type: 'QUESTION', group: 'SALES', email: 'mia@customer.test' });
    expect((await reply(agent, server, ticket.id, 'Use Settings > Export. Did that work?')).errors).toBeUndefined();
    const [mail] = await sink.waitForMails(1);
    expect(mail!.to).toMatchObject({ value: [{ address: 'mia@customer.test' }] });
    expect(mail!.from).toMatchObject({ value: [{ address: 'help@tandem.test' }] });
    expect(mail!.replyTo?.value[0]?.address).toBe(`help+${ticket.mailRef}@tandem.test`);
    expect(mail!.subject).toBe(`[#${ticket.number}] Export help`);
    expect(mail!.messageId).toMatch(/^<[\w-]+@tandem\.test>$/);
    expect(mail!.text).toContain('Use Settings > Export. Did that work?');
    expect(mail!.html).toContain('/seen.gif');
    linkIn(mail!.text!);
    await expect.poll(async () => newestReply(await ticketOf(agent, ticket.id)).delivery!.status).toBe('SENT');
    // Nothing is sent twice, however often the worker runs.
    await server.services.outboxWorker.deliverDue();
    expect(sink.mails).toHaveLength(1);
  });

  it('loses and doubles nothing while the SMTP server is down: the mail is retried and arrives once it is back', async () => {
    const ticket = await createTicket(server, { subject: 'Down time', type: 'QUESTION', group: 'SALES' });
    await sink.stop();
    expect((await reply(agent, server, ticket.id, 'We are on it. Can you try again in an hour?')).errors).toBeUndefined();
    await expect
      .poll(async () => newestReply(await ticketOf(agent, ticket.id)).delivery, { timeout: 10_000 })
      .toMatchObject({
        status: 'PENDING',
        attempts: expect.any(Number),
        summary: expect.stringMatching(/^Not sent yet \(\d+ attempts?\): /),
      });
    await sink.start(sink.port);
    await sink.waitForMails(1);
    await expect.poll(async () => newestReply(await ticketOf(agent, ticket.id)).delivery!.status, { timeout: 10_000 }).toBe('SENT');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sink.mails.map((m) => m.subject)).toEqual([`[#${ticket.number}] Down time`]);
  });

  it('stops retrying a mail the SMTP server refuses for good, and shows its answer', async () => {
    const ticket = await createTicket(server, {
      subject: 'Bad address',
      type: 'QUESTION',
      group: 'SALES',
      email: 'refused-mailbox@customer.test',
    });
    expect((await reply(agent, server, ticket.id, 'Did you mean another address?')).errors).toBeUndefined();
    await expect
      .poll(async () => newestReply(await ticketOf(agent, ticket.id)).delivery, { timeout: 10_000 })
      .toMatchObject({ status: 'FAILED', attempts: 1, summary: expect.stringContaining('No such mailbox') });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(newestReply(await ticketOf(agent, ticket.id)).delivery!.attempts).toBe(1);
  });

  it('sends nothing for a reply whose transaction rolled back', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
    const lena = await server.services.users.findByIds([(await agent.ok(graphql(`query Viewer { viewer { id } }`))).viewer!.id]);
    await expect(
      server.services.db.transaction(async (tx) => {
        await server.services.ticketReplier.sendReply(
          tx,
          ticket,
          { authorId: lena[0]!.id, approvedById: null, body: 'Rolled back?', savedReplyId: null, draftId: null },
          lena[0]!.id,
        );
        throw new Error('something failed after the reply');
      }),
    ).rejects.toThrow('something failed');
    await server.services.outboxWorker.deliverDue();
    const [{ count }] = await server.services.db.query(`SELECT count(*)::int AS count FROM outbox_mail WHERE ticket_id = $1`, [ticket.id]);
    expect(count).toBe(0);
    expect(sink.mails).toHaveLength(0);
  });

  it('retryOutboxMail: an unknown or already sent mail is refused and nothing changes', async () => {
    const admin = await server.signIn('admin@example.com');
    const retry = graphql(`mutation RetryOutboxMail($id: ID!) { retryOutboxMail(id: $id) { id } }`);
    expect(errorCode(await admin.request(retry, { id: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.request(retry, { id: 'not-an-id' }))).toBe('NOT_FOUND');
    const [sent] = await server.services.db.query(`SELECT id, sent_at FROM outbox_mail WHERE status = 'SENT' LIMIT 1`);
    expect(errorCode(await admin.request(retry, { id: sent.id }))).toBe('NOT_FOUND');
    const [after] = await server.services.db.query(`SELECT status, sent_at FROM outbox_mail WHERE id = $1`, [sent.id]);
    expect(after).toEqual({ status: 'SENT', sent_at: sent.sent_at });
  });

  it('[admin] sees the outbox; [agent] may not', async () => {
    const admin = await server.signIn('admin@example.com');
    const { outbox } = await admin.ok(
      graphql(`query Outbox { outbox(first: 5) { smtpConfigured edges { node { ticketNumber to subject delivery { status } } } } }`),
    );
    expect(outbox.smtpConfigured).toBe(true);
    expect(outbox.edges.length).toBeGreaterThan(0);
    expect(errorCode(await agent.request(graphql(`query OutboxInCustomerMail { outbox(first: 5) { smtpConfigured } }`)))).toBe('FORBIDDEN');
  });
});

describe('without an SMTP server', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('keeps replies in the outbox, marked "not sent: no SMTP server is configured"', async () => {
    const agent = await server.signIn('lena@example.com');
    const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
    expect((await reply(agent, server, ticket.id, 'Here you go. Did that help?')).errors).toBeUndefined();
    expect(newestReply(await ticketOf(agent, ticket.id)).delivery).toEqual({
      status: 'NO_SMTP',
      summary: 'Not sent: no SMTP server is configured',
      attempts: 0,
    });
  });
});

describe('customers write in by e-mail', () => {
  let server: TestServer;
  let agent: ApiClient;
  let smtpPort: number;

  beforeAll(async () => {
    smtpPort = await freePort();
    server = await startTestServer({
      config: { inboundSmtpPort: smtpPort, supportAddress: 'help@tandem.test', maxMessageBytes: 200_000, inboundWebhookSecret: SECRET },
    });
    agent = await server.signIn('lena@example.com');
  });
  afterAll(() => server?.stop());

  const transport = () => nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });

  async function ticketByMessage(messageId: string) {
    const [row] = await server.services.db.query(`SELECT ticket_id FROM ticket_message WHERE email_message_id = $1`, [messageId]);
    return row?.ticket_id as string | undefined;
  }

  it('a new mail opens a ticket; the answer with In-Reply-To joins it, quoted history kept aside; a second delivery stores nothing', async () => {
    const first = await transport().sendMail({
      from: 'Omar Haddad <omar@haddad.test>',
      to: 'help@tandem.test',
      subject: 'Invoices missing',
      text: 'Hello, my invoices for March are missing. Where are they?',
      messageId: '<first-1@haddad.test>',
      attachments: [{ filename: 'screenshot.png', content: Buffer.alloc(2048, 1) }],
    });
    expect(first.accepted).toEqual(['help@tandem.test']);
    const ticketId = await ticketByMessage('<first-1@haddad.test>');
    expect(ticketId).toBeDefined();
    const ticket = await ticketOf(agent, ticketId!);
    expect(ticket).toMatchObject({ subject: 'Invoices missing', status: 'OPEN', customer: { email: 'omar@haddad.test' } });
    expect(ticket.timeline[0]).toMatchObject({ channel: 'EMAIL', attachments: [{ filename: 'screenshot.png', sizeBytes: 2048 }] });
    // Staff download it (as a download, never rendered); nobody else can.
    const message = ticket.timeline[0] as Extract<TimelineEntry, { __typename: 'CustomerMessage' }>;
    const attachmentUrl = `${server.url}/attachments/${message.attachments[0]!.id}`;
    expect((await fetch(attachmentUrl)).status).toBe(401);
    const download = await fetch(attachmentUrl, { headers: { cookie: agent.cookie! } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''screenshot.png");
    expect(Buffer.from(await download.arrayBuffer())).toEqual(Buffer.alloc(2048, 1));

    const answer = {
      from: 'omar@haddad.test',
      to: 'help@tandem.test',
      subject: 'Re: something else entirely',
      text: 'Found them, thanks.\n\nOn Mon, Support wrote:\n> Where did you look?',
      messageId: '<second-2@haddad.test>',
      inReplyTo: '<first-1@haddad.test>',
      references: ['<first-1@haddad.test>'],
    };
    await transport().sendMail(answer);
    await transport().sendMail(answer);
    expect(await ticketByMessage('<second-2@haddad.test>')).toBe(ticketId);
    const messages = (await ticketOf(agent, ticketId!)).timeline.filter((e: { __typename: string }) => e.__typename === 'CustomerMessage');
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({ body: 'Found them, thanks.', quotedText: expect.stringContaining('> Where did you look?') });
  });

  it('threads by the ticket’s reply address even without headers, never by subject alone', async () => {
    const ticket = await createTicket(server, { subject: 'Same subject' });
    await transport().sendMail({
      from: 'x@y.test',
      to: `help+${ticket.mailRef}@tandem.test`,
      subject: 'anything',
      text: 'More details: it fails on Safari.',
    });
    const [row] = await server.services.db.query(
      `SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = 'CUSTOMER'`,
      [ticket.id],
    );
    expect(row.n).toBe(2);
    await transport().sendMail({
      from: 'x@y.test',
      to: 'help@tandem.test',
      subject: 'Same subject',
      text: 'A new question.',
      messageId: '<new-3@y.test>',
    });
    expect(await ticketByMessage('<new-3@y.test>')).not.toBe(ticket.id);
  });

  it('refuses an oversize mail with a clear SMTP error and stores nothing', async () => {
    const before = (await server.services.db.query(`SELECT count(*)::int AS n FROM ticket`))[0].n;
    await expect(
      transport().sendMail({ from: 'big@y.test', to: 'help@tandem.test', subject: 'Big', text: 'x'.repeat(300_000) }),
    ).rejects.toMatchObject({ responseCode: 552, response: expect.stringMatching(/too large/i) });
    expect((await server.services.db.query(`SELECT count(*)::int AS n FROM ticket`))[0].n).toBe(before);
  });

  it('leaves out auto-replies and bounces: they neither reopen a ticket nor open one', async () => {
    const ticket = await createTicket(server, { subject: 'Waiting on them' });
    await server.services.db.query(`UPDATE ticket SET status = 'PENDING' WHERE id = $1`, [ticket.id]);
    await transport().sendMail({
      from: 'someone@y.test',
      to: `help+${ticket.mailRef}@tandem.test`,
      subject: 'Out of office',
      text: 'I am away until Monday.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    await transport().sendMail({
      from: 'MAILER-DAEMON@y.test',
      to: 'help@tandem.test',
      subject: 'Undelivered Mail',
      text: 'Delivery failed.',
    });
    expect((await ticketOf(agent, ticket.id)).status).toBe('PENDING');
    const [{ n }] = await server.services.db.query(
      `SELECT count(*)::int AS n FROM ticket WHERE subject IN ('Out of office', 'Undelivered Mail')`,
    );
    expect(n).toBe(0);
  });

  it('refuses a mail without a usable sender with a clear SMTP error, and stores nothing', async () => {
    const before = (await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_message`))[0].n;
    await expect(
      transport().sendMail({
        envelope: { from: 'bounce@y.test', to: ['help@tandem.test'] },
        raw: 'Subject: No sender\r\n\r\nWho am I?\r\n',
      }),
    ).rejects.toMatchObject({ responseCode: 550, response: expect.stringContaining('no valid From address') });
    expect((await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_message`))[0].n).toBe(before);
  });

  it('takes raw MIME on the webhook only with the shared secret', async () => {
    const raw =
      'From: Ida <ida@webhook.test>\r\nTo: help@tandem.test\r\nSubject: Via webhook\r\nMessage-ID: <hook-1@webhook.test>\r\n\r\nHello from the provider.\r\n';
    const post = (authorization?: string) =>
      fetch(`${server.url}/inbound/mail`, {
        method: 'POST',
        headers: { 'content-type': 'message/rfc822', ...(authorization ? { authorization } : {}) },
        body: raw,
      });
    expect((await post()).status).toBe(401);
    expect((await post('Bearer not-the-secret')).status).toBe(401);
    expect(await ticketByMessage('<hook-1@webhook.test>')).toBeUndefined();
    expect((await post(`Bearer ${SECRET}`)).status).toBe(201);
    expect((await post(`Bearer ${SECRET}`)).status).toBe(200);
    expect(await ticketByMessage('<hook-1@webhook.test>')).toBeDefined();
  });
});

describe('mail from real mail clients', () => {
  let server: TestServer;
  let agent: ApiClient;
  let smtpPort: number;

  beforeAll(async () => {
    smtpPort = await freePort();
    server = await startTestServer({ config: { inboundSmtpPort: smtpPort, supportAddress: 'help@tandem.test' } });
    agent = await server.signIn('lena@example.com');
  });
  afterAll(() => server?.stop());

  /** Over the real SMTP listener, byte for byte. */
  const deliver = (raw: Buffer) =>
    nodemailer
      .createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true })
      .sendMail({ envelope: { from: 'bounce@clients.test', to: ['help@tandem.test'] }, raw });

  const ticketShows = graphql(`query TicketAsShownToAgent($id: ID!) { ticket(id: $id) {
    subject customer { name email }
    timeline { __typename ... on CustomerMessage { body attachments { filename } } }
  } }`);

  it.each(ACCEPTED.map((mail) => [mail.name, mail] as const))('[agent] reads a mail written by a real client: %s', async (_, mail) => {
    await deliver(mail.raw);
    const [row] = await server.services.db.query(`SELECT ticket_id FROM ticket_message WHERE email_message_id = $1`, [mail.messageId]);
    expect(row, 'the mail opened a ticket').toBeDefined();
    const ticket = (await agent.ok(ticketShows, { id: row.ticket_id })).ticket!;
    expect({ subject: ticket.subject, customer: ticket.customer }).toEqual({ subject: mail.subject, customer: mail.customer });
    const first = ticket.timeline.find((e) => e.__typename === 'CustomerMessage')!;
    for (const text of mail.contains) expect(first.body).toContain(text);
    for (const text of mail.lacks ?? []) expect(first.body).not.toContain(text);
    expect(first.body).not.toMatch(/\uFFFD/);
    if (mail.attachments) expect(first.attachments.map((a) => a.filename)).toEqual(mail.attachments);
  });

  it.each(REFUSED.map((mail) => [mail.name, mail] as const))(
    'refuses a From line that is not one valid address (%s) with a clear SMTP error; it never becomes another address',
    async (_, mail) => {
      const before = (await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_message`))[0].n;
      await expect(deliver(mail.raw)).rejects.toMatchObject({ responseCode: 550, response: expect.stringMatching(mail.response) });
      expect((await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_message`))[0].n).toBe(before);
      expect(await server.services.db.query(`SELECT id FROM customer WHERE email = $1`, [mail.notCustomer])).toEqual([]);
    },
  );
});

describe('the private ticket link', () => {
  const sink = new SmtpSink();
  let server: TestServer;
  let agent: ApiClient;

  beforeAll(async () => {
    await sink.start();
    server = await startTestServer({ config: { smtpUrl: sink.url } });
    agent = await server.signIn('lena@example.com');
  });
  afterAll(async () => {
    await server?.stop();
    await sink.stop();
  });

  async function answeredTicket(subject: string) {
    const ticket = await createTicket(server, { subject, type: 'QUESTION', group: 'SALES' });
    await agent.ok(graphql(`mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { id } }`), {
      input: { ticketId: ticket.id, body: 'INTERNAL: customer owes us money' },
    });
    expect((await reply(agent, server, ticket.id, `About ${subject}: it is fixed. Does it work now?`)).errors).toBeUndefined();
    const mails = await sink.waitForMails(sink.mails.length + 1);
    // The mail's link starts with PUBLIC_URL; this test server listens on a random port.
    const { pathname } = new URL(linkIn(mails.find((m) => m.subject?.includes(subject))!.text!));
    return { ticket, link: `${server.url}${pathname}` };
  }

  it('shows the public conversation only (no notes or drafts), marks the reply seen, and takes the customer’s answer (F5 reopens)', async () => {
    const { ticket, link } = await answeredTicket('Sync issue');
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('About Sync issue: it is fixed. Does it work now?');
    expect(html).toContain('How do I export my checklists?');
    expect(html).not.toContain('INTERNAL');
    expect(newestReply(await ticketOf(agent, ticket.id)).seenAt).not.toBeNull();

    const answer = await fetch(link, {
      method: 'POST',
      body: new URLSearchParams({ message: 'Still broken on my phone.' }),
      redirect: 'manual',
    });
    expect(answer.status).toBe(303);
    const after = await ticketOf(agent, ticket.id);
    expect(after.status).toBe('OPEN');
    expect(after.timeline.at(-1)).toMatchObject({ __typename: 'CustomerMessage', body: 'Still broken on my phone.', channel: 'LINK' });
  });

  it('revokeTicketLinks: an unknown ticket is refused, someone off the rota may not, and the link keeps working', async () => {
    const revoke = graphql(`mutation RevokeTicketLinks($id: ID!) { revokeTicketLinks(id: $id) { id } }`);
    const { ticket, link } = await answeredTicket('Still linked');
    expect(errorCode(await agent.request(revoke, { id: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await (await server.signIn('admin@example.com')).request(revoke, { id: ticket.id }))).toBe('FORBIDDEN');
    expect((await fetch(link)).status).toBe(200);
  });

  it('a token opens its own ticket only; a revoked or made-up one opens nothing', async () => {
    const one = await answeredTicket('First ticket');
    const two = await answeredTicket('Second ticket');
    expect(await (await fetch(one.link)).text()).not.toContain('Second ticket');
    expect((await fetch(`${server.url}/c/${'A'.repeat(43)}`)).status).toBe(404);
    expect(
      (await agent.request(graphql(`mutation RevokeTicketLinks($id: ID!) { revokeTicketLinks(id: $id) { id } }`), { id: two.ticket.id }))
        .errors,
    ).toBeUndefined();
    expect((await fetch(two.link)).status).toBe(404);
    const post = await fetch(two.link, { method: 'POST', body: new URLSearchParams({ message: 'Hello?' }), redirect: 'manual' });
    expect(post.status).toBe(404);
    expect((await fetch(one.link)).status).toBe(200);
  });

  it('the tracking image of a reply mail marks that reply seen', async () => {
    const { ticket, link } = await answeredTicket('Pixel');
    const gif = await fetch(`${link}/seen.gif`);
    expect(gif.headers.get('content-type')).toBe('image/gif');
    expect(newestReply(await ticketOf(agent, ticket.id)).seenAt).not.toBeNull();
  });
});

describe('each mail marks its own reply seen (W9/F3)', () => {
  const sink = new SmtpSink();
  let server: TestServer;
  let agent: ApiClient;

  beforeAll(async () => {
    await sink.start();
    server = await startTestServer({ config: { smtpUrl: sink.url } });
    agent = await server.signIn('lena@example.com');
  });
  afterAll(async () => {
    await server?.stop();
    await sink.stop();
  });

  /** The link (on this test server) in the mail of the reply with this text. */
  async function linkOfMail(text: string): Promise<string> {
    await expect.poll(() => sink.mails.some((m) => m.text?.includes(text))).toBe(true);
    const { pathname } = new URL(linkIn(sink.mails.find((m) => m.text?.includes(text))!.text!));
    return `${server.url}${pathname}`;
  }

  const seen = async (ticketId: string) =>
    (await ticketOf(agent, ticketId)).timeline.filter((e) => e.__typename === 'Reply').map((r) => r.seenAt !== null);
  const followUpDue = async (ticketId: string) =>
    (await server.services.db.query(`SELECT follow_up_due_at FROM ticket WHERE id = $1`, [ticketId]))[0].follow_up_due_at as Date | null;

  it('[customer] opens the first reply’s link after a follow-up went out: that reply is seen, the follow-up is not, and the page shows both', async () => {
    const ticket = await createTicket(server, { subject: 'Two mails', type: 'QUESTION', group: 'SALES', plan: 'PREMIUM' });
    await agent.ok(graphql(`mutation SetTicketComplex($id: ID!) { setTicketComplex(id: $id, isComplex: true) { id } }`), { id: ticket.id });
    const first = 'First answer: restart the sync. Did that help?';
    const followUp = 'Just checking in: did restarting the sync help?';
    expect((await reply(agent, server, ticket.id, first)).errors).toBeUndefined();
    const firstLink = await linkOfMail(first);
    expect((await reply(agent, server, ticket.id, followUp)).errors).toBeUndefined();
    const followUpLink = await linkOfMail(followUp);
    expect(firstLink).not.toBe(followUpLink);
    await expect.poll(async () => newestReply(await ticketOf(agent, ticket.id)).delivery!.status).toBe('SENT');
    const dueBefore = await followUpDue(ticket.id);
    expect(dueBefore).not.toBeNull();

    const page = await (await fetch(firstLink)).text();
    expect(page).toContain(first);
    expect(page).toContain(followUp);
    expect(await seen(ticket.id)).toEqual([true, false]);
    // The tracking image of the first mail says nothing about the follow-up either.
    await fetch(`${firstLink}/seen.gif`);
    expect(await seen(ticket.id)).toEqual([true, false]);
    // W9/F3 runs from a sighting of the latest reply only.
    expect((await followUpDue(ticket.id))?.getTime()).toBe(dueBefore!.getTime());

    await fetch(`${followUpLink}/seen.gif`);
    expect(await seen(ticket.id)).toEqual([true, true]);
    expect((await followUpDue(ticket.id))!.getTime()).toBeLessThan(dueBefore!.getTime());
  });

  it('[customer] opens only the follow-up’s link: the conversation up to it counts as seen', async () => {
    const ticket = await createTicket(server, { subject: 'Only the latest', type: 'QUESTION', group: 'SALES' });
    expect((await reply(agent, server, ticket.id, 'Try the web app. Does it work there?')).errors).toBeUndefined();
    const followUp = 'Checking in on the web app: did it work?';
    expect((await reply(agent, server, ticket.id, followUp)).errors).toBeUndefined();
    expect((await fetch(await linkOfMail(followUp))).status).toBe(200);
    expect(await seen(ticket.id)).toEqual([true, true]);
  });
});

describe('the /help web form (no staff client)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ config: { intakeLimitPerHour: 2 } });
  });
  afterAll(() => server?.stop());

  const post = (fields: Record<string, string>) =>
    fetch(`${server.url}/help`, { method: 'POST', body: new URLSearchParams(fields), headers: { 'x-forwarded-for': '203.0.113.9' } });

  it('opens a ticket, answers bad input with the form and a clear error (nothing stored), and limits submissions per address', async () => {
    const page = await fetch(`${server.url}/help`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<label for="email">E-mail</label>');

    const bad = await post({ name: 'Rui', email: 'not-an-address', subject: 'Hi', message: 'Hello' });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Enter a valid e-mail address so we can answer you.');
    expect(badHtml).toContain('value="Rui"');
    const [{ n }] = await server.services.db.query(`SELECT count(*)::int AS n FROM customer WHERE name = 'Rui'`);
    expect(n).toBe(0);

    const good = await post({ name: 'Rui', email: 'rui@help.test', subject: 'Cannot log in', message: 'It says my password is wrong.' });
    expect(good.status).toBe(200);
    expect(await good.text()).toMatch(/reference <strong>#\d+<\/strong>/);
    expect((await post({ name: 'Rui', email: 'rui@help.test', subject: 'Again', message: 'Hello?' })).status).toBe(429);
  });
});
