import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { describeInBrowser, launchChromium, screenshotOnFailure, signInThroughForm } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describeInBrowser('team settings', () => {
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

  async function openTeamSettings(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team settings' }).waitFor();
    await page.getByLabel('Premium customers (hours)').waitFor();
  }

  function phrasesToAvoid(page: Page): Promise<string[]> {
    return page.getByLabel('Phrase to avoid').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  it('[manager] changes the premium goal and the tone guide and sees them after a reload', async () => {
    const page = await signedIn('peyton@example.com');
    screenshotOnFailure({ page });
    await openTeamSettings(page);
    const save = page.getByRole('button', { name: 'Save settings' });
    expect(await page.getByLabel('Premium customers (hours)').inputValue()).toBe('4');
    expect(await save.isDisabled()).toBe(true);
    const count = (await phrasesToAvoid(page)).length;

    await page.getByLabel('Premium customers (hours)').fill('2.5');
    await page.getByRole('button', { name: 'Remove “calm down”' }).click();
    await page.getByRole('button', { name: 'Add phrase' }).click();
    // One removed, one added: the new phrase is last, at the same count.
    const added = page.getByRole('group', { name: `Phrase ${count}` });
    await added.getByLabel('Phrase to avoid').fill('ASAP');
    await added.getByLabel('Say instead').fill('Give a time: "by 3 pm today"');
    await save.click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    expect(await save.isDisabled()).toBe(true);

    await page.reload();
    await page.getByLabel('Premium customers (hours)').waitFor();
    expect(await page.getByLabel('Premium customers (hours)').inputValue()).toBe('2.5');
    const phrases = await phrasesToAvoid(page);
    expect(phrases).toContain('ASAP');
    expect(phrases).not.toContain('calm down');
    expect(await page.getByRole('group', { name: `Phrase ${count}` }).getByLabel('Say instead').inputValue()).toBe('Give a time: "by 3 pm today"');
    const [row] = await server.services.db.query(`SELECT first_response_minutes_premium, tone_guide FROM team_settings`);
    expect(row.first_response_minutes_premium).toBe(150);
    expect(row.tone_guide.at(-1)).toEqual({ avoid: 'ASAP', suggestion: 'Give a time: "by 3 pm today"' });
  });

  it('[agent] has no Team settings link and /settings says no access', async () => {
    const page = await signedIn('lena@example.com');
    screenshotOnFailure({ page });
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(links).toContain('Saved replies');
    expect(links).not.toContain('Team settings');
    await page.goto(`${server.url}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Team settings' }).waitFor();
    await page.getByText('Your role does not include this page.').waitFor();
    expect(await page.getByLabel('Premium customers (hours)').count()).toBe(0);
  });

  it('[admin] saves first; [manager] saving over it is told plainly and reloads their change', async () => {
    const manager = await signedIn('peyton@example.com');
    const admin = await signedIn('admin@example.com');
    screenshotOnFailure({ manager, admin });
    await openTeamSettings(manager);
    await openTeamSettings(admin);

    await admin.getByLabel('Free customers (hours)').fill('12');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByRole('status').getByText('Saved.').waitFor();

    await manager.getByLabel('Free customers (hours)').fill('8');
    await manager.getByRole('button', { name: 'Save settings' }).click();
    const alert = manager.getByRole('alert');
    await alert.getByText('Someone changed the team settings in the meantime. Reload and try again.').waitFor();
    await alert.getByRole('button', { name: 'Reload settings' }).click();
    await expect.poll(() => manager.getByLabel('Free customers (hours)').inputValue()).toBe('12');
    expect(await manager.getByRole('button', { name: 'Save settings' }).isDisabled()).toBe(true);
    const [row] = await server.services.db.query(`SELECT first_response_minutes_free FROM team_settings`);
    expect(row.first_response_minutes_free).toBe(720);
  });
});
