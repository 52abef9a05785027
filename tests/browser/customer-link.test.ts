import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { browserFlow, describeInBrowser } from '../support/browser.js';
import { createTicket, latestMessageId } from '../support/factories.js';
import nodemailer from 'nodemailer';
import { ACCEPTED } from '../integration/fixtures/mail/real-clients.js';
import { freePort } from '../support/smtp-sink.js';
import type { TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const TICKET_QUERY = graphql(`query TicketInCustomerLink($id: ID!) { ticket(id: $id) {
  status
  timeline { __typename ... on Reply { seenAt delivery { status } } ... on CustomerMessage { body channel } }
} }`);

/** The private link in a reply mail's text. */
function linkIn(text: string): string {
  const match = /(http:\/\/\S+\/c\/[A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error(`no private link in:\n${text}`);
  return match[1]!;
}

async function customerOf(server: TestServer, ticket: { customerId: string }): Promise<{ name: string; email: string }> {
  const [row] = await server.services.db.query(`SELECT name, email FROM customer WHERE id = $1`, [ticket.customerId]);
  return row;
}

/** The ticket page's header: title, actions and the status badge. */
function ticketHeader(page: Page) {
  return page.locator('header', { has: page.getByRole('heading', { level: 1 }) });
}

describeInBrowser('customer mail and private links', () => {
  const flow = browserFlow(() => ({}), { smtpSink: true });

  it('[customer] opens the private link and answers; [agent] sees the ticket reopen live and the reply marked seen', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Calendar sync', type: 'QUESTION', group: 'SALES' });
    const { name: customerName, email: customerEmail } = await customerOf(flow.server, ticket);
    const agent = await flow.signedIn('lena@example.com', { who: 'agent' });
    const customer = await flow.newPage('customer');

    await agent.goto(`${flow.server.url}/tickets/${ticket.id}`);
    await agent.getByRole('heading', { name: /Calendar sync/ }).waitFor();
    // The web form's message says how it arrived.
    await agent
      .getByRole('article', { name: `Message from ${customerName}` })
      .getByText('via the web form')
      .waitFor();

    const replyText = 'Calendar sync runs every 15 minutes; you can also press "Sync now". Does that help?';
    await agent.getByRole('textbox', { name: 'Reply' }).fill(replyText);
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent.getByRole('status').getByText('Reply sent.').waitFor();

    // The mail reaches the SMTP server; the reply says so without a reload, and that nobody has seen it.
    const mails = await flow.sink.waitForMails(1);
    const mail = mails.find((m) => m.subject?.includes('Calendar sync'));
    expect(mail?.to && 'value' in mail.to ? mail.to.value[0]?.address : undefined).toBe(customerEmail);
    const reply = agent.getByRole('article', { name: 'Reply by Lena Fischer' });
    await reply.getByText(/^Sent\b/).waitFor();
    await reply.getByText('Not seen yet').waitFor();
    await ticketHeader(agent).getByText('Waiting on customer', { exact: true }).waitFor();

    // The mail's link starts with PUBLIC_URL; this test server listens on a random port.
    const { pathname } = new URL(linkIn(mail!.text!));
    await customer.goto(`${flow.server.url}${pathname}`);
    const conversation = customer.getByRole('list', { name: 'Conversation' });
    await conversation.getByText('How do I export my checklists?').waitFor();
    await conversation.getByText(replyText).waitFor();

    const answer = 'It still shows yesterday’s meetings on my phone. Is there anything else I can try?';
    await customer.getByLabel('Your answer').fill(answer);
    await customer.getByRole('button', { name: 'Send' }).click();
    await customer.getByRole('status').getByText('Thank you, we have your message.').waitFor();
    await conversation.getByText(answer).waitFor();

    // The agent's page, open all along, shows the reply seen, the answer and the ticket open again.
    await reply.getByText(/^Seen by the customer /).waitFor();
    expect(await reply.getByText('Not seen yet').count()).toBe(0);
    const answered = agent.getByRole('article', { name: `Message from ${customerName}` }).filter({ hasText: answer });
    await answered.getByText('on their private link').waitFor();
    await ticketHeader(agent).getByText('Open', { exact: true }).waitFor();

    const api = await flow.server.signIn('lena@example.com');
    const after = (await api.ok(TICKET_QUERY, { id: ticket.id })).ticket;
    expect(after.status).toBe('OPEN');
    expect(after.timeline.filter((e: { __typename: string }) => e.__typename !== 'TicketEvent' && e.__typename !== 'Draft')).toEqual([
      { __typename: 'CustomerMessage', body: 'How do I export my checklists?', channel: 'WEB_FORM' },
      { __typename: 'Reply', seenAt: expect.any(String), delivery: { status: 'SENT' } },
      { __typename: 'CustomerMessage', body: answer, channel: 'LINK' },
    ]);
    await agent.context().close();
    await customer.context().close();
  });

  it('[customer] opens the first reply’s link after the follow-up went out; [agent] sees that reply seen and the follow-up not seen yet', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Two mails', type: 'QUESTION', group: 'SALES' });
    const api = await flow.server.signIn('lena@example.com');
    const send = async (body: string) =>
      api.ok(graphql(`mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`), {
        input: { ticketId: ticket.id, body, seenMessageId: await latestMessageId(flow.server, ticket.id) },
      });
    const first = 'Restart the sync from Settings > Calendar. Did that help?';
    const followUp = 'Just checking in: did restarting the sync help?';
    await send(first);
    await send(followUp);
    await expect.poll(() => flow.sink.mails.filter((m) => m.subject?.includes('Two mails')).length, { timeout: 15_000 }).toBe(2);
    const firstMail = flow.sink.mails.find((m) => m.text?.includes(first))!;

    const customer = await flow.newPage('customer');
    const agent = await flow.signedIn('lena@example.com', { who: 'agent' });
    await customer.goto(`${flow.server.url}${new URL(linkIn(firstMail.text!)).pathname}`);
    // The page shows the whole conversation, the follow-up included.
    const conversation = customer.getByRole('list', { name: 'Conversation' });
    await conversation.getByText(first).waitFor();
    await conversation.getByText(followUp).waitFor();

    await agent.goto(`${flow.server.url}/tickets/${ticket.id}`);
    const replies = agent.getByRole('article', { name: 'Reply by Lena Fischer' });
    await expect.poll(() => replies.count()).toBe(2);
    await replies
      .first()
      .getByText(/^Seen by the customer /)
      .waitFor();
    await replies.last().getByText('Not seen yet').waitFor();
    expect(await replies.first().getByText('Not seen yet').count()).toBe(0);
    expect(
      await replies
        .last()
        .getByText(/^Seen by the customer /)
        .count(),
    ).toBe(0);
    await agent.context().close();
    await customer.context().close();
  });

  it('[admin] sees a mail waiting when no SMTP is configured', async () => {
    const noSmtp = await flow.startServer({ config: { smtpUrl: null } });
    const ticket = await createTicket(noSmtp, { subject: 'Invoice copy', type: 'QUESTION', group: 'SALES' });
    const { name, email } = await customerOf(noSmtp, ticket);
    const agentApi = await noSmtp.signIn('lena@example.com');
    await agentApi.ok(graphql(`mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`), {
      input: {
        ticketId: ticket.id,
        body: 'I have attached a copy of the invoice. Is the address right?',
        seenMessageId: await latestMessageId(noSmtp, ticket.id),
      },
    });

    const admin = await flow.signedIn('admin@example.com', { who: 'admin', on: noSmtp });
    await admin.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Outbox' }).click();
    await admin.getByRole('heading', { name: 'Outbox' }).waitFor();
    await admin
      .getByRole('note')
      .getByText('No SMTP server is configured (SMTP_URL). Replies wait here and go out once one is configured')
      .waitFor();

    const row = admin.getByRole('row', { name: `Mail to ${name} <${email}> on #${ticket.number}` });
    await row.getByText('Not sent: no SMTP server is configured').waitFor();
    await row.getByText(`[#${ticket.number}] Invoice copy`).waitFor();
    expect(await row.getByRole('button', { name: 'Retry now' }).isDisabled()).toBe(true);

    // The ticket link leads to the ticket.
    expect(await row.getByRole('link', { name: `#${ticket.number}` }).getAttribute('href')).toBe(`/tickets/${ticket.id}`);
    await admin.context().close();
  });

  it('[customer] writes from mail clients that send HTML only or undeclared ISO-2022-JP; [agent] reads the text on the ticket page', async () => {
    const smtpPort = await freePort();
    const inbound = await flow.startServer({ config: { inboundSmtpPort: smtpPort, supportAddress: 'help@tandem.test' } });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    const ticketOf = async (messageId: string) =>
      (await inbound.services.db.query(`SELECT ticket_id FROM ticket_message WHERE email_message_id = $1`, [messageId]))[0]
        .ticket_id as string;
    const htmlOnly = ACCEPTED.find((m) => m.messageId === '<html-mixed@clients.test>')!;
    const japanese = ACCEPTED.find((m) => m.messageId === '<iso-2022-jp-undeclared@clients.test>')!;
    for (const mail of [htmlOnly, japanese]) {
      await transport.sendMail({ envelope: { from: 'bounce@clients.test', to: ['help@tandem.test'] }, raw: mail.raw });
    }

    const agent = await flow.signedIn('lena@example.com', { who: 'agent', on: inbound });
    await agent.goto(`${inbound.url}/tickets/${await ticketOf(htmlOnly.messageId)}`);
    await agent.getByRole('heading', { name: /Pricing question/ }).waitFor();
    const message = agent.getByRole('article', { name: 'Message from Nora Quist' });
    await message.getByText(/Which plan includes SSO\?\s+We are 40 people\./).waitFor();
    await message.getByText('the pricing page [https://example.test/pricing]', { exact: false }).waitFor();
    // The customer's HTML is never rendered: no link, no script, no image of theirs on the page.
    expect(await message.getByRole('link', { name: 'the pricing page' }).count()).toBe(0);
    expect(await message.getByText('(no text)').count()).toBe(0);
    await message.getByRole('link', { name: 'quote.pdf' }).waitFor();

    await agent.goto(`${inbound.url}/tickets/${await ticketOf(japanese.messageId)}`);
    await agent.getByRole('heading', { name: /Re: お問い合わせ/ }).waitFor();
    await agent.getByRole('article', { name: 'Message from お問い合わせ' }).getByText('Order 1042: 注文番号を確認してください。').waitFor();
    await agent.context().close();
  });
});
