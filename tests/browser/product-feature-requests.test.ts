import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { browserFlow, contrastProblems, describeInBrowser } from '../support/browser.js';
import { createTicket } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const CREATE = graphql(
  `mutation CreateCardForProduct($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { featureRequest { id reference } } }`,
);

describeInBrowser('the feature requests of product', () => {
  const flow = browserFlow();

  it('[product] sorts the ranking, opens a card, merges a duplicate, compiles and publishes the report, downloads the CSV', async () => {
    // Support files a second card for what the demo's dark-mode card already asks for.
    const ticket = await createTicket(flow.server, {
      subject: 'Night theme?',
      message: 'Could you add a night theme? We work late.',
      type: 'FEATURE_REQUEST',
    });
    const agent = await flow.server.signIn('lena@example.com');
    const created = await agent.ok(CREATE, {
      input: {
        title: 'Night theme for late shifts',
        tag: 'UI',
        ask: { ticketId: ticket.id, quote: 'Could you add a night theme?', importance: 'IMPORTANT' },
      },
    });
    const duplicate = created.createFeatureRequest.featureRequest;

    // Product lands on the ranking, by customers: the demo's dark mode leads.
    const priya = await flow.signedIn('priya@example.com', { who: 'product' });
    await priya.getByRole('heading', { level: 1, name: 'Feature requests' }).waitFor();
    const byCustomers = priya.getByRole('table', { name: 'Feature requests by customers' });
    await expect.poll(() => byCustomers.getByRole('link').first().innerText()).toBe('FR-1 Dark mode');
    await priya.getByRole('img', { name: /^Top \d+ by customers who asked: first FR-1 Dark mode/ }).waitFor();

    // By revenue: single sign-on's two premium customers bring more than offline mode's three.
    await priya.getByRole('tab', { name: 'Revenue' }).click();
    const byRevenue = priya.getByRole('table', { name: 'Feature requests by revenue' });
    await byRevenue.waitFor();
    const titles = await byRevenue.getByRole('link').allInnerTexts();
    expect(titles.indexOf('FR-4 Single sign-on (SAML)')).toBeLessThan(titles.indexOf('FR-3 Offline mode for the mobile app'));
    expect(await contrastProblems(priya, '.feature-requests')).toEqual([]);

    // Found from the keyboard and opened: its ask is there, with the customer's words.
    await priya.keyboard.press('/');
    await priya.keyboard.type(duplicate.reference);
    await byRevenue.getByRole('link', { name: 'FR-1 Dark mode' }).waitFor({ state: 'detached' });
    await byRevenue.getByRole('link', { name: `${duplicate.reference} Night theme for late shifts` }).waitFor();
    await priya.keyboard.press('Escape');
    await priya.keyboard.press('Enter');
    await priya.getByRole('heading', { level: 1, name: `${duplicate.reference} Night theme for late shifts` }).waitFor();
    await priya.getByRole('list', { name: 'Asks' }).getByText('Could you add a night theme?').waitFor();

    // It duplicates dark mode: merged there, it points to it, and its customer counts there.
    await priya.getByRole('button', { name: 'Merge into…' }).click();
    await priya.getByLabel(`The request ${duplicate.reference} duplicates`).fill('Dark mode');
    await priya
      .getByRole('list', { name: 'Requests to merge into' })
      .getByRole('button', { name: /FR-1 Dark mode/ })
      .click();
    await priya.getByText('MERGED into FR-1 Dark mode').waitFor();
    await priya.getByRole('button', { name: 'Split back out' }).waitFor();
    await priya.getByRole('link', { name: 'FR-1 Dark mode' }).first().click();
    await priya.getByRole('heading', { level: 1, name: 'FR-1 Dark mode' }).waitFor();
    await expect.poll(() => priya.getByLabel('Behind this request').innerText()).toMatch(/Customers\s+6\b/);
    expect(await contrastProblems(priya, '.feature-page')).toEqual([]);

    // The report: compiled now, a note beside dark mode, published after a confirmation.
    await priya.getByRole('link', { name: '← Feature requests' }).click();
    await priya.getByRole('link', { name: 'Reports for engineering' }).click();
    await priya.getByRole('heading', { level: 1, name: 'Feature request reports' }).waitFor();
    await priya.getByRole('button', { name: 'Compile now' }).click();
    await priya.getByRole('heading', { level: 1, name: /^Feature requests, / }).waitFor();
    const ranked = priya.getByRole('table', { name: 'Ranked requests' });
    await ranked
      .getByRole('row', { name: /FR-1 Dark mode/ })
      .getByRole('cell', { name: '1', exact: true })
      .first()
      .waitFor();
    await priya.getByLabel('Note for FR-1').fill('Design is under way; beta in Q1.');
    await priya.getByLabel('Note for FR-1').press('Enter');
    await priya.getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' });
    await priya.getByRole('button', { name: 'Publish…' }).click();
    await priya.getByRole('dialog', { name: 'Publish the report?' }).getByRole('button', { name: 'Publish' }).click();
    await priya.getByText('Published', { exact: true }).waitFor();
    await ranked.getByRole('cell', { name: 'Design is under way; beta in Q1.' }).waitFor();
    expect(await priya.getByLabel('Note for FR-1').count()).toBe(0);
    expect(await contrastProblems(priya, '.feature-report')).toEqual([]);

    // The CSV downloads as a dated file with the ranking and the note.
    const [download] = await Promise.all([priya.waitForEvent('download'), priya.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^feature-requests-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('Dark mode');
    expect(csv).toContain('Design is under way; beta in Q1.');
    await priya.context().close();
  });
});
