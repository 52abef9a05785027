import { expect, it } from 'vitest';
import { browserFlow, describeInBrowser } from '../support/browser.js';
import { createTicket, latestMessageId } from '../support/factories.js';
import { graphql } from '../gql/index.js';

describeInBrowser("the customer's private link and the mail on the Outbox", () => {
  const flow = browserFlow(
    // No SMTP server: mail waits in the outbox, where the admin reads it.
    () => ({ config: { smtpUrl: null } }),
    { prepareContext: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: flow.server.url }) },
  );

  it("[agent] copies the customer's link from the ticket page; [customer] opens it and reads the conversation", async () => {
    const ticket = await createTicket(flow.server, { subject: 'On the phone', message: 'I am calling about the export button.' });
    const agent = await flow.signedIn('lena@example.com', { who: 'agent' });
    const customer = await flow.newPage('customer');

    await agent.goto(`${flow.server.url}/tickets/${ticket.id}`);
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
    await customer.goto(`${flow.server.url}${new URL(copied).pathname}`);
    await customer.getByRole('list', { name: 'Conversation' }).getByText('I am calling about the export button.').waitFor();
    await customer.getByLabel('Your answer').waitFor();
    await agent.context().close();
    await customer.context().close();
  });

  it("[admin] reads a mail's full text and headers on the Outbox", async () => {
    const ticket = await createTicket(flow.server, { subject: 'Invoice address', type: 'QUESTION', group: 'SALES' });
    const [customerRow] = await flow.server.services.db.query(`SELECT name, email FROM customer WHERE id = $1`, [ticket.customerId]);
    const agentApi = await flow.server.signIn('lena@example.com');
    const body = 'I have changed the address on your invoice to Berlin. Is everything right now?';
    await agentApi.ok(graphql(`mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`), {
      input: { ticketId: ticket.id, body, seenMessageId: await latestMessageId(flow.server, ticket.id) },
    });

    const admin = await flow.signedIn('admin@example.com', { who: 'admin' });
    await admin.goto(`${flow.server.url}/admin/outbox`);
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
