import type { Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { browserFlow, describeInBrowser, signInThroughForm } from '../support/browser.js';
import { createStaff, FACTORY_PASSWORD } from '../support/factories.js';

describeInBrowser('pages load as their own chunks', () => {
  const flow = browserFlow();

  /** A page that notes every script it loads, before it loads any. */
  async function newPage(): Promise<{ page: Page; scripts: string[] }> {
    const page = await flow.newPage();
    const scripts: string[] = [];
    page.on('request', (request: Request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    return { page, scripts };
  }

  it('[agent] signs in: the sign-in page comes without any page chunk; the inbox chunk arrives with the inbox', async () => {
    const { page, scripts } = await newPage();
    await page.goto(flow.server.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(scripts.filter((s) => /\/assets\/\w+Page-/.test(s))).toEqual([]);
    // The WebSocket client comes with the first subscription, after signing in.
    expect(scripts.some((s) => /\/assets\/websocket-link-/.test(s))).toBe(false);

    await signInThroughForm(page, flow.server.url, 'ben@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    expect(scripts.some((s) => /\/assets\/InboxPage-[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => /\/assets\/TicketPage-/.test(s))).toBe(false);
    await page.context().close();
  });

  it('[engineer] signs in: lands on the Escalations chunk; the page of a bug arrives as its own chunk when opened', async () => {
    const { page, scripts } = await newPage();
    const engineer = await createStaff(flow.server, { roles: ['ENGINEER'] });
    await signInThroughForm(page, flow.server.url, engineer.email, FACTORY_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();
    expect(scripts.some((s) => /\/assets\/EscalationsPage-[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => /\/assets\/(BugPage|InboxPage)-/.test(s))).toBe(false);
    await page.goto(`${flow.server.url}/escalations/00000000-0000-0000-0000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Bug' }).waitFor();
    expect(scripts.some((s) => /\/assets\/BugPage-[\w-]+\.js$/.test(s))).toBe(true);
    await page.context().close();
  });

  it('[agent] signs in while the rest of Tandem cannot be fetched: sees why instead of a blank app, and reloads', async () => {
    const { page } = await newPage();
    await page.route('**/assets/SignedInApp-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(flow.server.url);
    await page.getByLabel('E-mail').fill('ben@example.com');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('This page could not be loaded. Check your connection, or reload: Tandem may have been updated.');

    await page.unroute('**/assets/SignedInApp-*.js');
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await page.context().close();
  });

  it('[agent] loses the connection and opens a page not loaded yet: sees why instead of a blank app, and reloads', async () => {
    const { page } = await newPage();
    await signInThroughForm(page, flow.server.url, 'ben@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();

    await page.route('**/assets/SavedRepliesPage-*.js', (route) => route.abort('internetdisconnected'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Saved replies' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('This page could not be loaded. Check your connection, or reload: Tandem may have been updated.');
    // The shell stays: another page opens as usual.
    await nav.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();

    await nav.getByRole('link', { name: 'Saved replies' }).click();
    await page.getByRole('button', { name: 'Reload' }).waitFor();
    await page.unroute('**/assets/SavedRepliesPage-*.js');
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved replies' }).waitFor();
    await page.context().close();
  });
});
