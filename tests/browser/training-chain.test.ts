import { expect, it } from 'vitest';
import { browserFlow, contrastProblems, describeInBrowser } from '../support/browser.js';
import { createTicket } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const REPLIES = graphql(`query RepliesInTrainingChain($id: ID!) { ticket(id: $id) {
  timeline { __typename ... on Reply { author { name } approvedBy { name } } ... on Draft { status } } } }`);

describeInBrowser('the training chain (T4)', () => {
  const flow = browserFlow();

  it('[manager] reads the training chain: dates, depths, badges and the Graduate link have readable contrast (WCAG AA)', async () => {
    const page = await flow.signedIn('peyton@example.com');
    await page.goto(`${flow.server.url}/training`);
    await page
      .getByRole('list', { name: 'Training chain' })
      .getByText(/Ben Carter trained Sam Okafor/)
      .waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await contrastProblems(page, '.training-page'), `${colorScheme} theme`).toEqual([]);
    }
  });

  it('[trainer] graduates the trainee; [graduate] replies directly and becomes a trainer', async () => {
    // Peyton (support manager) trains Kate in the demo team: the chain shows it, with the Graduate link.
    const peyton = await flow.signedIn('peyton@example.com');
    await peyton.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
    await peyton.getByRole('heading', { level: 1, name: 'Training' }).waitFor();
    const chain = peyton.getByRole('list', { name: 'Training chain' });
    await chain.getByText(/Peyton Brooks trained Lena Fischer, graduated \d{1,2} \w{3} \d{4}/).waitFor();
    await chain.getByText(/Lena Fischer trained Ben Carter, graduated/).waitFor();
    await chain.getByText(/Ben Carter trained Sam Okafor, graduated/).waitFor();
    await chain.getByText(/Peyton Brooks trains Kate Novak, in training since/).waitFor();
    await chain.getByText('Trains now: Kate Novak').waitFor();
    // Only Kate can be graduated, and only her trainer (or a manager) sees the link.
    expect(await chain.getByRole('link', { name: /^Graduate / }).allTextContents()).toEqual(['Graduate']);

    await chain.getByRole('link', { name: 'Graduate Kate Novak' }).click();
    await peyton.getByRole('heading', { level: 1, name: 'Graduate Kate Novak' }).waitFor();
    const record = peyton.getByRole('region', { name: 'Training record' });
    await record.getByText('Weeks in training').waitFor();
    await record.getByText('Drafts submitted').waitFor();
    await record.getByText('Approved as written').waitFor();
    await record.getByText('Changes requested').waitFor();
    const graduate = peyton.getByRole('button', { name: 'Graduate Kate Novak' });
    // The note is required: the shared rule says so before the server does.
    await peyton.getByLabel('A short note for the record').fill('   ');
    await peyton.getByLabel('A short note for the record').blur();
    await peyton.getByText('Write a short note for the record').waitFor();
    await expect.poll(() => graduate.isDisabled()).toBe(true);
    await peyton.getByLabel('A short note for the record').fill('Kind, clear answers; asks the right questions.');
    await graduate.click();
    await peyton.getByRole('status').getByText('Kate Novak has graduated.').waitFor();
    await peyton
      .getByRole('status')
      .getByText(/replies to customers directly, with no draft to approve, and may train/)
      .waitFor();

    // Kate replies to a customer directly: Send reply, no draft, no approval.
    const ticket = await createTicket(flow.server, { subject: 'Where are my reports?', type: 'QUESTION', group: 'UNASSIGNED' });
    const kate = await flow.signedIn('kate@example.com');
    await kate.goto(`${flow.server.url}/tickets/${ticket.id}`);
    await kate.getByRole('heading', { name: /Where are my reports\?/ }).waitFor();
    await kate.getByRole('textbox', { name: 'Reply' }).fill('Your reports are under Reports in the left menu. Did that help?');
    await kate.getByRole('button', { name: 'Send reply' }).click();
    await kate.getByRole('status').getByText('Reply sent.').waitFor();
    await kate.getByRole('article', { name: 'Reply by Kate Novak' }).waitFor();
    const api = await flow.server.signIn('peyton@example.com');
    const { ticket: sent } = await api.ok(REPLIES, { id: ticket.id });
    expect(sent!.timeline.filter((e) => e.__typename === 'Reply' || e.__typename === 'Draft')).toEqual([
      { __typename: 'Reply', author: { name: 'Kate Novak' }, approvedBy: null },
    ]);

    // An admin makes Kate the trainer of a newcomer; Peyton's chain shows the next link live.
    await peyton.getByRole('link', { name: 'See the training chain' }).click();
    await chain.getByText(/Peyton Brooks trained Kate Novak, graduated/).waitFor();
    const admin = await flow.signedIn('admin@example.com');
    await admin.getByRole('button', { name: 'Add person' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add a person' });
    await dialog.getByLabel('Name', { exact: true }).fill('Noor Haddad');
    await dialog.getByLabel('E-mail', { exact: true }).fill('noor@test.example');
    await dialog.getByLabel('Initial password').fill('welcome-to-tandem');
    await dialog.getByLabel('Trainer').selectOption({ label: 'Kate Novak' });
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin
      .getByRole('row', { name: /Noor Haddad/ })
      .getByText('Trainee of Kate Novak')
      .waitFor();
    await chain.getByText(/Kate Novak trains Noor Haddad, in training since/).waitFor();
    await chain.getByText('Trains now: Noor Haddad').waitFor();
  });

  it('[admin] picks a trainer who would loop the chain back: sees why before saving', async () => {
    const admin = await flow.signedIn('admin@example.com');
    await admin.getByRole('button', { name: 'Edit Lena Fischer' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Edit Lena Fischer' });
    await dialog.getByLabel('Trainer').selectOption({ label: 'Sam Okafor' });
    await dialog
      .getByText(
        'Sam Okafor cannot train Lena Fischer: Lena Fischer trained Ben Carter and Ben Carter trained Sam Okafor. A training chain never loops back (T4).',
      )
      .waitFor();
    await expect.poll(() => dialog.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    // Without that trainer, nothing stands in the way.
    await dialog.getByLabel('Trainer').selectOption({ label: 'No trainer (trained)' });
    await expect.poll(() => dialog.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(false);
  });
});
