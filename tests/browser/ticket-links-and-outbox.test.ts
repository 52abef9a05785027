import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { describeInBrowser, launchChromium, screenshotOnFailure, signInThroughForm } from '../support/browser.js';
import { createTicket, latestMessageId } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describeInBrowser("the customer's private link and the mail on the Outbox", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    // No SMTP server: mail waits in the outbox, where the admin reads it.
    server = await startTestServer({ config: { smtpUrl: null } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(email: string): Promise<Page> {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await signInThroughForm(page, server.url, email, DEMO_PASSWORD);
    return page;
  }

  it("[agent] copies the customer's link from the ticket page; [customer] opens it and reads the conversation", async () => {
    const ticket = await createTicket(server, { subject: 'On the phone', message: 'I am calling about the export button.' });
    const agent = await signedIn('lena@example.com');
    const customer = await (await browser.newContext()).newPage();
    screenshotOnFailure({ agent, customer });

    await agent.goto(`${server.url}/tickets/${ticket.id}`);
    await agent.getByRole('heading', { name: /On the phone/ }).waitFor();
    const details = agent.getByRole('complementary', { name: 'Ticket details' });
    await details.getByRole('button', { name: "Get the customer's link" }).click();
    await details.getByRole('button', { name: 'Copy link' }).click();
    await details.getByRole('status').getByText('Copied. Give it only to the customer.').waitFor();
    const copied = await agent.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/c\/[A-Za-z0-9_-]{43}$/);
    expect(await details.getByLabel("The customer's link").inputValue()).toBe(copied);

    // The timeline says who handed out a link, live.
    await agent.getByText('Lena Fischer created a link for the customer').waitFor();

    // The link starts with PUBLIC_URL; this test server listens on a random port.
    await customer.goto(`${server.url}${new URL(copied).pathname}`);
    await customer.getByRole('list', { name: 'Conversation' }).getByText('I am calling about the export button.').waitFor();
    await customer.getByLabel('Your answer').waitFor();
    await agent.context().close();
    await customer.context().close();
  });

  it("[admin] reads a mail's full text and headers on the Outbox", async () => {
    const ticket = await createTicket(server, { subject: 'Invoice address', type: 'QUESTION', group: 'SALES' });
    const [customerRow] = await server.services.db.query(`SELECT name, email FROM customer WHERE id = $1`, [ticket.customerId]);
    const agentApi = await server.signIn('lena@example.com');
    const body = 'I have changed the address on your invoice to Berlin. Is everything right now?';
    await agentApi.ok(`mutation ($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`, {
      input: { ticketId: ticket.id, body, seenMessageId: await latestMessageId(server, ticket.id) },
    });

    const admin = await signedIn('admin@example.com');
    screenshotOnFailure({ admin });
    await admin.goto(`${server.url}/admin/outbox`);
    await admin.getByRole('heading', { name: 'Outbox' }).waitFor();
    const label = `Mail to ${customerRow.name} <${customerRow.email}> on #${ticket.number}`;
    await admin.getByRole('row', { name: label }).getByRole('button', { name: 'Show mail' }).click();

    const mail = admin.getByRole('region', { name: `${label}: headers and text` });
    const headers = mail.getByRole('definition');
    await mail.getByText(body).waitFor();
    expect(await mail.getByLabel('Text').textContent()).toContain('/c/(private link hidden)');
    const headerText = (await mail.getByLabel('Headers').innerText()).replace(/\s+/g, ' ');
    expect(headerText).toContain(`From: Support <support@localhost>`);
    expect(headerText).toContain(`To: ${customerRow.name} <${customerRow.email}>`);
    expect(headerText).toMatch(/Subject:\s+\[#\d+\] Invoice address/);
    expect(headerText).toMatch(/Message-ID:\s+<[^>]+>/);
    expect(headerText).toMatch(/Reply-To:\s+support\+\w+@localhost/);
    expect(await headers.count()).toBeGreaterThanOrEqual(6);

    await admin.getByRole('row', { name: label }).getByRole('button', { name: 'Hide mail' }).click();
    expect(await mail.count()).toBe(0);
    await admin.context().close();
  });
});
