import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { describeInBrowser, launchChromium, screenshotOnFailure, signInThroughForm } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const SHOUTING = 'THIRD TIME ASKING ABOUT THE EXPORT. I AM EXTREMELY FRUSTRATED AND WE WILL CANCEL!!!';
const TRIGGERS = '“THIRD TIME”, “EXTREMELY FRUSTRATED”, “WILL CANCEL”, “!!!”, all caps';

describeInBrowser('frustration noticed as the mail arrives (W8)', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await signInThroughForm(page, server.url, email, DEMO_PASSWORD);
    return page;
  }

  it('[customer] sends a shouting mail; [agent] sees "Looks frustrated" with its trigger words in the inbox and on the ticket, confirms; [manager] sees a toast with a link', async () => {
    const manager = await signedIn('peyton@example.com');
    const agent = await signedIn('lena@example.com');
    screenshotOnFailure({ agent, manager });

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
    const { ticketId } = await server.services.inbound.receiveRaw(Buffer.from(raw));
    const { number } = await server.services.tickets.get(ticketId!);

    // The inbox row says so at a glance, with the words that gave it away.
    await agent.goto(`${server.url}/inbox`);
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
    const agent = await signedIn('ben@example.com');
    screenshotOnFailure({ agent });
    const ticket = await server.services.customerMessageRecorder.submitFromWebForm({
      name: 'Ida Calm',
      email: 'ida@customer.test',
      subject: 'Worst case question',
      message: 'What happens in the worst case if the import stops halfway?',
    });
    await agent.goto(`${server.url}/tickets/${ticket.id}`);
    await agent.locator('header').getByText('Looks frustrated: “worst”').waitFor();
    await agent.getByRole('button', { name: 'Dismiss: not frustrated' }).click();
    await agent.getByText('Ben Carter dismissed the "looks frustrated" suggestion (“worst”)').waitFor();
    expect(await agent.getByText(/^Looks frustrated/).count()).toBe(0);
    await agent.goto(`${server.url}/inbox`);
    const row = agent.getByRole('listitem').filter({ hasText: 'Worst case question' });
    await row.waitFor();
    expect(await row.getByText(/Looks frustrated/).count()).toBe(0);
    const [{ n }] = await server.services.db.query(`SELECT count(*)::int AS n FROM notification WHERE ticket_id = $1`, [ticket.id]);
    expect(n).toBe(0);
    await agent.context().close();
  });
});
