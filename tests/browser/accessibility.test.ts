import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { contrastProblems, describeInBrowser, launchChromium, screenshotOnFailure, signInThroughForm } from '../support/browser.js';
import { createTicket } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describeInBrowser('pages a person can read', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    await signInThroughForm(page, server.url, 'lena@example.com', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('[agent] reads the checklist of a bug ticket: every step, C3 included, has readable contrast (WCAG AA)', async () => {
    screenshotOnFailure({ agent: page });
    const ticket = await createTicket(server, { type: 'BUG', group: 'DEVELOPMENT' });
    await page.goto(`${server.url}/tickets/${ticket.id}`);
    const checklist = page.getByRole('region', { name: 'Checklist' });
    await checklist.getByRole('listitem', { name: /^C3 / }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await contrastProblems(page, '.checklist'), `${colorScheme} theme`).toEqual([]);
    }
  });
});
