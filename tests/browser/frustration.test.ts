import { expect, it } from 'vitest';
import { browserFlow, describeInBrowser } from '../support/browser.js';

const SHOUTING = 'THIRD TIME ASKING ABOUT THE EXPORT. I AM EXTREMELY FRUSTRATED AND WE WILL CANCEL!!!';
const TRIGGERS = '“THIRD TIME”, “EXTREMELY FRUSTRATED”, “WILL CANCEL”, “!!!”, all caps';

describeInBrowser('frustration noticed as the mail arrives (W8)', () => {
  const flow = browserFlow();

  it('[customer] sends a shouting mail; [agent] sees "Looks frustrated" with its trigger words in the inbox and on the ticket, confirms; [manager] sees a toast with a link', async () => {
    const manager = await flow.signedIn('peyton@example.com');
    const agent = await flow.signedIn('lena@example.com');

    const raw = [
      'From: Mo Shout <mo@customer.test>',
      'To: support@localhost',
      'Subject: Export still broken',
      'Message-ID: <shout-1@customer.test>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      SHOUTING,
      '',
    ].join('\r\n');
    const { ticketId } = await flow.server.services.inbound.receiveRaw(Buffer.from(raw));
    const { number } = await flow.server.services.tickets.get(ticketId!);

    // The inbox row says so at a glance, with the words that gave it away.
    await agent.goto(`${flow.server.url}/inbox`);
    const row = agent.getByRole('listitem').filter({ hasText: 'Export still broken' });
    await row.getByText(`Looks frustrated: ${TRIGGERS}`).waitFor();

    // So does the ticket page; one click confirms it.
    await row.getByRole('link', { name: /Export still broken/ }).click();
    await agent.getByRole('heading', { name: /Export still broken/ }).waitFor();
    await agent.locator('header').getByText(`Looks frustrated: ${TRIGGERS}`).waitFor();
    await agent.getByRole('note').getByText(`The customer sounds frustrated: ${TRIGGERS}.`).waitFor();
    await agent.getByRole('button', { name: 'Flag frustrated customer' }).click();
    await agent.getByText('The support managers have been alerted.').waitFor();
    await agent.locator('header').getByText('Frustrated customer', { exact: true }).waitFor();
    expect(await agent.getByText(/^Looks frustrated/).count()).toBe(0);

    // The manager, on another page all along, sees the alert at once, not only as a count on the bell.
    const toast = manager.getByRole('region', { name: 'Alerts' }).getByRole('alert');
    await toast.getByText(new RegExp(`Frustrated customer on #${number} “Export still broken”.*flagged by Lena Fischer`)).waitFor();
    await toast.getByRole('link', { name: `Open ticket #${number}` }).click();
    await manager.getByRole('heading', { name: /Export still broken/ }).waitFor();
    expect(new URL(manager.url()).pathname).toBe(`/tickets/${ticketId!}`);
    await expect.poll(() => manager.getByRole('region', { name: 'Alerts' }).count()).toBe(0);
    await agent.context().close();
    await manager.context().close();
  });

  it('[agent] dismisses a suggestion that is wrong; it is gone from the ticket and the inbox, and nobody is alerted', async () => {
    const agent = await flow.signedIn('ben@example.com');
    const ticket = await flow.server.services.customerMessageRecorder.submitFromWebForm({
      name: 'Ida Calm',
      email: 'ida@customer.test',
      subject: 'Worst case question',
      message: 'What happens in the worst case if the import stops halfway?',
    });
    await agent.goto(`${flow.server.url}/tickets/${ticket.id}`);
    await agent.locator('header').getByText('Looks frustrated: “worst”').waitFor();
    await agent.getByRole('button', { name: 'Dismiss: not frustrated' }).click();
    await agent.getByText('Ben Carter dismissed the "looks frustrated" suggestion (“worst”)').waitFor();
    expect(await agent.getByText(/^Looks frustrated/).count()).toBe(0);
    await agent.goto(`${flow.server.url}/inbox`);
    const row = agent.getByRole('listitem').filter({ hasText: 'Worst case question' });
    await row.waitFor();
    expect(await row.getByText(/Looks frustrated/).count()).toBe(0);
    const [{ n }] = await flow.server.services.db.query(`SELECT count(*)::int AS n FROM notification WHERE ticket_id = $1`, [ticket.id]);
    expect(n).toBe(0);
    await agent.context().close();
  });
});
