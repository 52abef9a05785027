import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { browserFlow, describeInBrowser, signInThroughForm } from '../support/browser.js';
import { createTicket, latestMessageId } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const SUBMIT_DRAFT = graphql(`mutation SubmitDraftInSavedReplies($input: SubmitDraftInput!) { submitDraft(input: $input) { id } }`);
const APPROVE_DRAFT = graphql(
  `mutation ApproveDraftInSavedReplies($input: ApproveDraftInput!) { approveDraft(input: $input) { id status } }`,
);
const UPDATE = graphql(`mutation UpdateSavedReply($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id version } }`);

describeInBrowser('saved replies', () => {
  const flow = browserFlow();

  /** Signs in and opens Saved replies from the navigation, as a person would. */
  async function openSavedReplies(email: string): Promise<Page> {
    const page = await flow.newPage('page');
    await signInThroughForm(page, flow.server.url, email, DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved replies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved replies' }).waitFor();
    return page;
  }

  function titlesIn(page: Page, list: string): Promise<string[]> {
    return page.getByRole('list', { name: list }).getByRole('heading', { level: 2 }).allTextContents();
  }

  it('[manager] creates a saved reply with a placeholder and finds it by search', async () => {
    const page = await openSavedReplies('peyton@example.com');
    await page.getByRole('button', { name: 'New saved reply' }).click();
    const dialog = page.getByRole('dialog', { name: 'New saved reply' });
    await dialog.getByText('{{ticket.number}}').waitFor();
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Export a checklist as CSV');
    await dialog.getByRole('combobox', { name: 'Category', exact: true }).selectOption({ label: 'Getting started' });
    const text = dialog.getByRole('textbox', { name: 'Text', exact: true });
    await text.fill('Hi ');
    await dialog.getByRole('button', { name: 'Insert {{customer.firstName}}' }).click();
    await text.pressSequentially(',\nopen the checklist and choose Export > CSV. Did that help?');
    const body = 'Hi {{customer.firstName}},\nopen the checklist and choose Export > CSV. Did that help?';
    expect(await text.inputValue()).toBe(body);
    await dialog.getByRole('button', { name: 'Add to library' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('csv');
    await expect.poll(() => titlesIn(page, 'Active saved replies')).toEqual(['Export a checklist as CSV']);
    const card = page.getByRole('article', { name: 'Export a checklist as CSV' });
    const cardText = await card.textContent();
    expect(cardText).toContain('Getting started');
    expect(cardText).toContain('Not used yet');
    // The line break the manager typed is still there on screen.
    expect(await card.locator('.saved-reply-body').innerText()).toBe(body);
    const [row] = await flow.server.services.db.query(
      `SELECT body, category, status FROM saved_reply WHERE title = 'Export a checklist as CSV'`,
    );
    expect(row).toEqual({ body, category: 'GETTING_STARTED', status: 'ACTIVE' });
  });

  it('[manager] is refused an unknown placeholder with a clear message before sending', async () => {
    const page = await openSavedReplies('peyton@example.com');
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/graphql')) sent.push(request.postData() ?? '');
    });
    await page.getByRole('button', { name: 'New saved reply' }).click();
    const dialog = page.getByRole('dialog', { name: 'New saved reply' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Typo in a placeholder');
    await dialog.getByRole('combobox', { name: 'Category', exact: true }).selectOption({ label: 'Other' });
    await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill('Hi {{customer.frist_name}}, did that help?');
    const problems = dialog.getByRole('list', { name: 'Before you can save' });
    await problems
      .getByText('There is no placeholder {{customer.frist_name}}. Use one from the list, such as {{customer.firstName}}.')
      .waitFor();
    const add = dialog.getByRole('button', { name: 'Add to library' });
    expect(await add.isDisabled()).toBe(true);
    // Enter in a field would submit the form: it must not either.
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).press('Enter');
    expect(await dialog.isVisible()).toBe(true);
    expect(sent.filter((body) => body.includes('createSavedReply'))).toEqual([]);
    const [{ n }] = await flow.server.services.db.query(`SELECT count(*)::int AS n FROM saved_reply WHERE title = 'Typo in a placeholder'`);
    expect(n).toBe(0);

    await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill('Hi {{customer.firstName}}, did that help?');
    await problems.waitFor({ state: 'detached' });
    expect(await add.isDisabled()).toBe(false);
  });

  it('[agent] sees the library but no Edit button', async () => {
    const page = await openSavedReplies('lena@example.com');
    await expect.poll(() => titlesIn(page, 'Active saved replies')).toContain('Invite your team');
    const titles = await titlesIn(page, 'Active saved replies');
    expect(titles[0]).toBe('Invite your team'); // the most used first
    expect(await page.getByRole('article', { name: 'Invite your team' }).textContent()).toContain('Used 51 times');
    expect(await page.getByRole('button', { name: /^(Edit|Archive)\b/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'New saved reply' }).count()).toBe(0);

    // Kate's trainer or a manager decides on her suggestion; Lena sees why she cannot.
    await page.getByRole('tab', { name: 'Suggestions' }).click();
    const suggestion = page.getByRole('article', { name: 'Single sign-on on the premium plan' });
    await suggestion.getByText('Suggested by Kate Novak').waitFor();
    const accept = suggestion.getByRole('button', { name: /^Accept/ });
    expect(await accept.isDisabled()).toBe(true);
    expect(await accept.getAttribute('title')).toBe('Only a support manager, or the trainer of the person who suggested it, decides.');
    expect(await page.getByRole('button', { name: /^Edit\b/ }).count()).toBe(0);
  });

  it('[trainee] suggests a reply through an approved draft; [manager] accepts it into the library', async () => {
    const kate = await flow.server.signIn('kate@example.com');
    const peyton = await flow.server.signIn('peyton@example.com');
    const ticket = await createTicket(flow.server, { type: 'QUESTION', subject: 'Printing a checklist' });
    const sentBody = 'Hi Dana, choose Export > PDF at the top right of the checklist. Did that help?';
    const { submitDraft } = await kate.ok(SUBMIT_DRAFT, {
      input: {
        ticketId: ticket.id,
        body: sentBody,
        seenMessageId: await latestMessageId(flow.server, ticket.id),
        suggestAsSavedReply: true,
        suggestedTitle: 'pdf export',
      },
    });
    await peyton.ok(APPROVE_DRAFT, { input: { draftId: submitDraft.id, seenMessageId: await latestMessageId(flow.server, ticket.id) } });

    const page = await openSavedReplies('peyton@example.com');
    await page.getByRole('tab', { name: 'Suggestions' }).click();
    const suggestion = page.getByRole('article', { name: 'pdf export' });
    await suggestion.getByText('Suggested by Kate Novak').waitFor();
    expect(await suggestion.getByRole('link', { name: `ticket #${ticket.number}` }).count()).toBe(1);
    await suggestion.getByRole('button', { name: 'Accept pdf export' }).click();

    const dialog = page.getByRole('dialog', { name: 'Accept suggestion' });
    expect(await dialog.getByRole('textbox', { name: 'Text', exact: true }).inputValue()).toBe(sentBody);
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Export a checklist as PDF');
    await dialog.getByRole('combobox', { name: 'Category', exact: true }).selectOption({ label: 'Getting started' });
    const tidied = 'Hi {{customer.firstName}}, choose Export > PDF at the top right of the checklist. Did that help?';
    await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(tidied);
    await dialog.getByRole('button', { name: 'Accept into library' }).click();
    await dialog.waitFor({ state: 'detached' });

    // It leaves the suggestions and joins the library.
    await expect.poll(() => titlesIn(page, 'Suggestions saved replies')).not.toContain('pdf export');
    await page.getByRole('tab', { name: 'Active' }).click();
    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('pdf');
    await expect.poll(() => titlesIn(page, 'Active saved replies')).toEqual(['Export a checklist as PDF']);
    const card = page.getByRole('article', { name: 'Export a checklist as PDF' });
    expect(await card.textContent()).toContain('Getting started');
    expect(await card.locator('.saved-reply-body').innerText()).toBe(tidied);
    const [row] = await flow.server.services.db.query(
      `SELECT s.status, s.body, u.email AS decided_by FROM saved_reply s JOIN app_user u ON u.id = s.decided_by_id WHERE s.source_draft_id = $1`,
      [submitDraft.id],
    );
    expect(row).toEqual({ status: 'ACTIVE', body: tidied, decided_by: 'peyton@example.com' });
  });

  it('[manager] editing over a change someone else saved is refused plainly; editing again starts from theirs', async () => {
    const page = await openSavedReplies('peyton@example.com');
    const card = page.getByRole('article', { name: 'Checking in' });
    await card.getByRole('button', { name: 'Edit Checking in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit saved reply' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Checking in on your ticket');

    const [saved] = await flow.server.services.db.query(`SELECT id, version FROM saved_reply WHERE title = 'Checking in'`);
    const other = await flow.server.signIn('peyton@example.com');
    await other.ok(UPDATE, { input: { id: saved.id, version: saved.version, title: 'Checking in (follow-up)' } });

    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('Someone changed this saved reply in the meantime. Reload and try again.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const renamed = page.getByRole('article', { name: 'Checking in (follow-up)' });
    await renamed.getByRole('button', { name: 'Edit Checking in (follow-up)' }).click();
    const again = page.getByRole('dialog', { name: 'Edit saved reply' });
    expect(await again.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe('Checking in (follow-up)');
    await again.getByRole('textbox', { name: 'Title', exact: true }).fill('Checking in on your ticket');
    await again.getByRole('button', { name: 'Save changes' }).click();
    await again.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: 'Checking in on your ticket' }).waitFor();
  });
});
