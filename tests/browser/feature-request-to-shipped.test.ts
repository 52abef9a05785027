import { expect, it } from 'vitest';
import { browserFlow, describeInBrowser } from '../support/browser.js';
import { createTicket } from '../support/factories.js';

function recipients(mail: { to?: unknown }): string[] {
  const to = mail.to as { value: { address?: string }[] } | { value: { address?: string }[] }[] | undefined;
  return (Array.isArray(to) ? to : to ? [to] : []).flatMap((t) => t.value.map((v) => v.address ?? ''));
}

describeInBrowser('a feature request from the ticket to "it shipped"', () => {
  const flow = browserFlow(() => ({}), { smtpSink: true });

  it('[agent] links a dark-mode ticket to the existing card; [product] sees the tally go up live, compiles and publishes the report, marks it shipped; [each customer who asked] gets one mail', async () => {
    const ticket = await createTicket(flow.server, {
      subject: 'Dark screens for the night shift',
      message: 'Hi,\nCould you add a dark mode? We check the ovens at 3am.\nThanks, Ola',
      type: 'FEATURE_REQUEST',
      group: 'DEVELOPMENT',
    });
    const [{ id: cardId }] = await flow.server.services.db.query(`SELECT id FROM feature_request WHERE title = 'Dark mode'`);
    const askers = async (): Promise<string[]> =>
      (
        await flow.server.services.db.query(
          `SELECT DISTINCT c.email FROM feature_ask a JOIN customer c ON c.id = a.customer_id WHERE a.feature_request_id = $1`,
          [cardId],
        )
      ).map((r: { email: string }) => r.email);
    const before = await askers();

    // Product watches the ranking.
    const priya = await flow.signedIn('priya@example.com', { who: 'product' });
    const ranking = priya.getByRole('table', { name: 'Feature requests by customers' });
    const darkRow = ranking.getByRole('row', { name: /FR-1 Dark mode/ });
    await darkRow
      .getByRole('cell', { name: String(before.length), exact: true })
      .first()
      .waitFor();

    // The agent links the ticket from its C4 step, to the card offered first.
    const lena = await flow.signedIn('lena@example.com', { who: 'agent' });
    await lena.goto(`${flow.server.url}/tickets/${ticket.id}`);
    await lena.getByRole('listitem', { name: /^C4 / }).getByRole('button', { name: 'Link feature request' }).click();
    const dialog = lena.getByRole('dialog', { name: 'Link feature request' });
    await dialog.getByRole('radio', { name: /^Blocker/ }).check();
    await dialog.getByRole('list', { name: 'Requests that ask for the same' }).getByRole('button', { name: 'Link to FR-1' }).click();
    await lena.getByRole('listitem', { name: /^C4 Categorize: done/ }).waitFor();

    // FR2: the ranking shows one more customer without a reload.
    await darkRow
      .getByRole('cell', { name: String(before.length + 1), exact: true })
      .first()
      .waitFor();

    // FR3: compiled now and published.
    await priya.getByRole('link', { name: 'Reports for engineering' }).click();
    await priya.getByRole('button', { name: 'Compile now' }).click();
    const ranked = priya.getByRole('table', { name: 'Ranked requests' });
    await ranked.getByRole('row', { name: /FR-1 Dark mode/ }).waitFor();
    await priya.getByRole('button', { name: 'Publish…' }).click();
    await priya.getByRole('dialog', { name: 'Publish the report?' }).getByRole('button', { name: 'Publish' }).click();
    await priya.getByText('Published', { exact: true }).waitFor();

    // FR4: shipped, with the preview first; every customer who asked is told once.
    await priya.goto(`${flow.server.url}/feature-requests/${cardId}`);
    await priya.getByRole('heading', { level: 1, name: 'FR-1 Dark mode' }).waitFor();
    const askedNow = await askers();
    expect(askedNow).toHaveLength(before.length + 1);
    await priya
      .getByLabel('Message for the customers who asked')
      .fill('Hi {{customer.firstName}}, dark mode is live: Settings > Appearance. Is it easier on the eyes at night?');
    await priya.getByText(new RegExp(`^This tells ${askedNow.length} customers, once each`)).waitFor();
    await priya.getByRole('button', { name: `Mark shipped and tell ${askedNow.length} customers` }).click();
    await priya.getByRole('status').getByText(`Told all ${askedNow.length} customers who asked.`).waitFor({ timeout: 20_000 });

    await expect
      .poll(() => flow.sink.mails.filter((m) => m.text?.includes('dark mode is live')).length, { timeout: 20_000 })
      .toBe(askedNow.length);
    const mails = flow.sink.mails.filter((m) => m.text?.includes('dark mode is live'));
    expect(mails.flatMap(recipients).sort()).toEqual([...askedNow].sort());
    // The agent's ticket shows the reply that went out.
    await lena.reload();
    await lena
      .getByText(/dark mode is live/)
      .first()
      .waitFor();
  });
});
