import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { describeInBrowser, launchChromium, screenshotOnFailure, signInThroughForm } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describeInBrowser('addresses of the team', () => {
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

  it('[admin] types an address mail cannot reach for a new person: the form says so before sending, and takes it once corrected', async () => {
    const admin = await (await browser.newContext()).newPage();
    screenshotOnFailure({ admin });
    await signInThroughForm(admin, server.url, 'admin@example.com', DEMO_PASSWORD);
    await admin.getByRole('button', { name: 'Add person' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add a person' });
    await dialog.getByLabel('Name', { exact: true }).fill('Rosa Diaz');
    await dialog.getByLabel('Initial password').fill('welcome-to-tandem');
    const problems = dialog.getByRole('list', { name: 'Before you can save' });
    const add = dialog.getByRole('button', { name: 'Add person' });
    // The browser's own e-mail check lets these through; mail could never reach them.
    for (const address of ['.rosa@test.example', 'rosa@test.example.', 'rosa@test_example.com']) {
      await dialog.getByLabel('E-mail', { exact: true }).fill(address);
      await problems.getByText('Enter a valid e-mail address.').waitFor();
      expect(await add.isDisabled(), address).toBe(true);
    }
    await dialog.getByLabel('E-mail', { exact: true }).fill('rosa@test.example');
    await problems.waitFor({ state: 'detached' });
    await add.click();
    await dialog.waitFor({ state: 'detached' });
    await admin.getByRole('row', { name: /Rosa Diaz/ }).waitFor();
  });
});
