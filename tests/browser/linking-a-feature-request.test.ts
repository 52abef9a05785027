import { expect, it } from 'vitest';
import { browserFlow, contrastProblems, describeInBrowser } from '../support/browser.js';
import { createTicket } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const TICKET_ASKS = graphql(`query LinkedTicketAsks($id: ID!) { ticket(id: $id) {
  askCount
  asks { quote importance linkedBy { name } featureRequest { id reference title tag status description createdBy { name } } }
} }`);
const CARD_TALLY = graphql(`query FeatureCardTally($id: ID!) { featureRequest(id: $id) { id reference askCount customerCount } }`);

describeInBrowser('linking a feature request (C4, FR1)', () => {
  const flow = browserFlow();

  async function asksOf(ticketId: string) {
    const api = await flow.server.signIn('peyton@example.com');
    return (await api.ok(TICKET_ASKS, { id: ticketId })).ticket;
  }
  async function tallyOf(cardId: string) {
    const api = await flow.server.signIn('priya@example.com');
    return (await api.ok(CARD_TALLY, { id: cardId })).featureRequest;
  }

  it("[agent] opens a dark-mode ticket, sees the existing card first, links it with the customer's words; the checklist's C4 is done and the reply goes out", async () => {
    const ticket = await createTicket(flow.server, {
      subject: 'Dark mode for the night crew',
      message: 'Hello,\nCould you add a dark mode? Our crew works at night and the bright screen hurts.\nThanks, Ola',
      type: 'FEATURE_REQUEST',
      group: 'DEVELOPMENT',
    });
    const [darkMode] = await flow.server.services.db.query(`SELECT id FROM feature_request WHERE title = 'Dark mode'`);
    const before = await tallyOf(darkMode.id);
    const agent = await flow.signedIn('lena@example.com');

    await agent.goto(`${flow.server.url}/tickets/${ticket.id}`);
    await agent.getByRole('heading', { name: /Dark mode for the night crew/ }).waitFor();
    // C4: an unlinked feature request is neither answered nor closed, and the page says why.
    const close = agent.getByRole('button', { name: 'Close', exact: true });
    await expect.poll(() => close.isDisabled()).toBe(true);
    await agent.getByRole('listitem', { name: /^C4 Categorize: todo/ }).waitFor();
    await agent.locator('.ticket-actions').getByText('link it to the request it asks for').waitFor();

    await agent.getByRole('listitem', { name: /^C4 / }).getByRole('button', { name: 'Link feature request' }).click();
    const dialog = agent.getByRole('dialog', { name: 'Link feature request' });
    // The quote starts from what the customer asked for, without the greeting and sign-off.
    const quote = dialog.getByLabel('What the customer asked for, in their words');
    await expect.poll(() => quote.inputValue()).toMatch(/^Could you add a dark mode\?/);
    expect(await quote.inputValue()).not.toContain('Thanks');
    await quote.fill('Could you add a dark mode? Our crew works at night.');

    // The existing card comes first, with its tag, status and how many customers asked.
    const suggestions = dialog.getByRole('list', { name: 'Requests that ask for the same' });
    const first = suggestions.getByRole('listitem').first();
    await first.getByText(before.reference, { exact: true }).waitFor();
    await first.getByText('Dark mode', { exact: true }).waitFor();
    await first.getByText('UI', { exact: true }).waitFor();
    await first.getByText('Planned', { exact: true }).waitFor();
    await first.getByText(`${before.customerCount} customers asked`).waitFor();
    const linkButton = first.getByRole('button', { name: `Link to ${before.reference}` });
    expect(await linkButton.isDisabled()).toBe(true);
    await dialog.getByText('Say how important it is to the customer.').waitFor();
    await dialog.getByRole('radio', { name: /^Important/ }).check();
    await expect.poll(() => linkButton.isDisabled()).toBe(false);
    expect(await contrastProblems(agent, 'dialog')).toEqual([]);
    // From the keyboard: Enter on the suggestion links it.
    await linkButton.focus();
    await agent.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // The header shows the card as a link to it; C4 is done, and Close and Reply are possible.
    const badge = agent.getByRole('link', { name: `${before.reference} Dark mode · Planned` });
    await badge.waitFor();
    expect(await badge.getAttribute('href')).toBe(`/feature-requests/${darkMode.id}`);
    expect(await contrastProblems(agent, '.feature-asks')).toEqual([]);
    await agent.getByRole('listitem', { name: /^C4 Categorize: done/ }).waitFor();
    await expect.poll(() => close.isDisabled()).toBe(false);
    await agent.getByText(`Lena Fischer linked the ticket to ${before.reference} “Dark mode”`).waitFor();
    expect((await asksOf(ticket.id)).asks).toEqual([
      {
        quote: 'Could you add a dark mode? Our crew works at night.',
        importance: 'IMPORTANT',
        linkedBy: { name: 'Lena Fischer' },
        featureRequest: expect.objectContaining({ id: darkMode.id, title: 'Dark mode' }),
      },
    ]);
    // FR2: one more ask and one more customer behind the card.
    expect(await tallyOf(darkMode.id)).toMatchObject({ askCount: before.askCount + 1, customerCount: before.customerCount + 1 });

    await agent
      .getByRole('textbox', { name: 'Reply' })
      .fill('Dark mode is planned; we will tell you when it ships. Anything else we can help with?');
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent.getByRole('status').getByText('Reply sent.').waitFor();
    await agent.getByRole('article', { name: 'Reply by Lena Fischer' }).waitFor();
    await agent.context().close();
  });

  it('[agent] creates a new card with a tag when nothing matches', async () => {
    const ticket = await createTicket(flow.server, {
      subject: 'QR code labels for machines',
      message: 'Could we print a QR code label for each machine so staff can scan it?',
      type: 'FEATURE_REQUEST',
      group: 'DEVELOPMENT',
    });
    const agent = await flow.signedIn('lena@example.com');
    await agent.goto(`${flow.server.url}/tickets/${ticket.id}`);
    await agent.getByRole('heading', { name: /QR code labels for machines/ }).waitFor();

    // The dialog is a proper dialog: Escape closes it and nothing is linked.
    const open = agent.locator('.ticket-actions').getByRole('button', { name: 'Link feature request' });
    await open.click();
    const dialog = agent.getByRole('dialog', { name: 'Link feature request' });
    await dialog.getByText('No request asks for the same yet.').waitFor();
    await agent.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await open.click();
    await dialog.getByText('No request asks for the same yet.').waitFor();
    await dialog.getByRole('radio', { name: /^Nice to have/ }).check();
    await dialog.getByRole('button', { name: 'None of these: create a new request' }).click();
    const title = dialog.getByLabel('Title');
    expect(await title.inputValue()).toBe('QR code labels for machines');
    const create = dialog.getByRole('button', { name: 'Create the request and link the ticket' });
    // FR1: a card needs a tag, and the form says so before the click.
    expect(await create.isDisabled()).toBe(true);
    await dialog.getByText('Tag the request UI, UX or Technical (FR1).').waitFor();
    await dialog.getByLabel('Description (optional)').fill('A printable QR label per machine that opens its checklist.');
    await dialog.getByRole('radio', { name: /^UX/ }).check();
    await expect.poll(() => create.isDisabled()).toBe(false);
    await create.click();
    await dialog.waitFor({ state: 'detached' });

    const { askCount, asks } = await asksOf(ticket.id);
    expect(askCount).toBe(1);
    const card = asks[0]!.featureRequest;
    expect(card).toMatchObject({
      title: 'QR code labels for machines',
      tag: 'UX',
      status: 'OPEN',
      description: 'A printable QR label per machine that opens its checklist.',
      createdBy: { name: 'Lena Fischer' },
    });
    expect(asks[0]).toMatchObject({
      quote: 'Could we print a QR code label for each machine so staff can scan it?',
      importance: 'NICE_TO_HAVE',
    });
    await agent.getByRole('link', { name: `${card.reference} QR code labels for machines · Open` }).waitFor();
    await agent.getByRole('listitem', { name: /^C4 Categorize: done/ }).waitFor();

    // Unlinking the only card opens C4 again.
    await agent.getByRole('button', { name: `Unlink from ${card.reference}` }).click();
    await agent.getByRole('listitem', { name: /^C4 Categorize: todo/ }).waitFor();
    expect(await agent.getByRole('link', { name: new RegExp(card.reference) }).count()).toBe(0);
    await agent.context().close();
  });
});
