import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { browserFlow, describeInBrowser, screenshotOnFailure, signInThroughForm } from '../support/browser.js';
import { createTicket } from '../support/factories.js';

// What someone typed but did not send is kept per ticket and person, in the browser.
describeInBrowser('unsent replies and notes', () => {
  const flow = browserFlow();

  async function openTicket(page: Page, ticket: { id: string; subject: string }) {
    await page.goto(`${flow.server.url}/tickets/${ticket.id}`);
    await page.getByRole('heading', { name: ticket.subject }).waitFor();
  }

  const reply = (page: Page) => page.getByRole('textbox', { name: 'Reply' });
  const note = (page: Page) => page.getByRole('textbox', { name: 'Internal note' });

  it('[agent] types a reply and a note, visits the inbox, comes back: both are restored ("Draft restored")', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Come back to it', type: 'QUESTION', group: 'SALES' });
    const agent = await flow.signedIn('lena@example.com');
    await openTicket(agent, ticket);
    await reply(agent).fill('Half a reply, still thinking');
    await agent.getByRole('tab', { name: /Internal note/ }).click();
    await note(agent).fill('Ask Sam about the export bug');

    await agent.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
    await agent.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await agent.goBack();
    await agent.getByRole('heading', { name: ticket.subject }).waitFor();

    expect(await reply(agent).inputValue()).toBe('Half a reply, still thinking');
    await agent.getByRole('status').getByText('Draft restored').first().waitFor();
    await agent.getByRole('tab', { name: /Internal note/ }).click();
    expect(await note(agent).inputValue()).toBe('Ask Sam about the export bug');

    // Another ticket starts empty: the text belongs to its ticket.
    const other = await createTicket(flow.server, { subject: 'A different ticket', type: 'QUESTION', group: 'SALES' });
    await openTicket(agent, other);
    expect(await reply(agent).inputValue()).toBe('');
    await agent.context().close();
  });

  it('[agent] leaves only a note unsent, comes back: the note tab is open with the note restored', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Only a note', type: 'QUESTION', group: 'SALES' });
    const agent = await flow.signedIn('lena@example.com');
    await openTicket(agent, ticket);
    await agent.getByRole('tab', { name: /Internal note/ }).click();
    await note(agent).fill('Check the invoice with Priya');
    await agent.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
    await agent.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await agent.goBack();
    await agent.getByRole('heading', { name: ticket.subject }).waitFor();
    expect(await agent.getByRole('tab', { name: /Internal note/ }).getAttribute('aria-selected')).toBe('true');
    expect(await note(agent).inputValue()).toBe('Check the invoice with Priya');
    await agent.context().close();
  });

  it('[agent] reloads the tab, sends the restored reply: next time the box is empty', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Reload and send', type: 'QUESTION', group: 'SALES' });
    const agent = await flow.signedIn('lena@example.com');
    await openTicket(agent, ticket);
    await reply(agent).fill('Open Reports, then Export. Did that help?');
    await agent.reload();
    await agent.getByRole('heading', { name: ticket.subject }).waitFor();
    expect(await reply(agent).inputValue()).toBe('Open Reports, then Export. Did that help?');

    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent.getByRole('status').getByText('Reply sent.').waitFor();
    await agent.reload();
    await agent.getByRole('heading', { name: ticket.subject }).waitFor();
    await agent.getByRole('article', { name: 'Reply by Lena Fischer' }).waitFor();
    expect(await reply(agent).inputValue()).toBe('');
    expect(await agent.getByText('Draft restored').count()).toBe(0);
    await agent.context().close();
  });

  it('[agent] discards what they wrote: it does not come back', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Start over', type: 'QUESTION', group: 'SALES' });
    const agent = await flow.signedIn('lena@example.com');
    await openTicket(agent, ticket);
    await reply(agent).fill('Wrong ticket, oops');
    await agent.getByRole('button', { name: 'Discard' }).click();
    expect(await reply(agent).inputValue()).toBe('');
    await agent.reload();
    await agent.getByRole('heading', { name: ticket.subject }).waitFor();
    expect(await reply(agent).inputValue()).toBe('');
    await agent.context().close();
  });

  it('[agent] signs out; [another agent] signs in on the same browser: the ticket’s reply box is empty for them', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Shared computer', type: 'QUESTION', group: 'SALES' });
    const context = await flow.browser.newContext();
    const page = await context.newPage();
    screenshotOnFailure({ page });
    await signInThroughForm(page, flow.server.url, 'lena@example.com', DEMO_PASSWORD);
    await openTicket(page, ticket);
    await reply(page).fill('Lena’s private half-reply');
    await page.getByRole('button', { name: 'Lena Fischer' }).click();
    await page.getByRole('group', { name: 'Your account' }).getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('E-mail').waitFor();
    // Signing out forgets it in this browser: nothing of Lena's is left on a shared computer.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tandem.unsent')))).toEqual([]);
    await signInThroughForm(page, flow.server.url, 'ben@example.com', DEMO_PASSWORD);
    await openTicket(page, ticket);
    expect(await reply(page).inputValue()).toBe('');
    await context.close();
  });

  it('[agent] types where the browser cannot store it: closing the tab asks first', async () => {
    const ticket = await createTicket(flow.server, { subject: 'No storage', type: 'QUESTION', group: 'SALES' });
    const context = await flow.browser.newContext();
    // Private mode or a full storage: nothing can be kept.
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    const agent = await context.newPage();
    screenshotOnFailure({ agent });
    await signInThroughForm(agent, flow.server.url, 'lena@example.com', DEMO_PASSWORD);
    await openTicket(agent, ticket);
    await reply(agent).click();
    await reply(agent).pressSequentially('Half a reply');
    await agent.getByRole('status').getByText('This browser cannot keep unsent text').first().waitFor();
    const asked = new Promise<string>((resolve) =>
      agent.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))),
    );
    await agent.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    await context.close();
  });
});
