import type { Page } from 'playwright-core';
import { nextReportDue, reportPeriodEndingAt, reportPeriodLabel } from '@tandem/shared';
import { expect, it } from 'vitest';
import { errorCode } from '../support/api-client.js';
import { browserFlow, describeInBrowser } from '../support/browser.js';
import { graphql } from '../gql/index.js';

describeInBrowser('team settings', () => {
  const flow = browserFlow();

  async function openTeamSettings(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team settings' }).waitFor();
    await page.getByLabel('Premium customers (hours)').waitFor();
  }

  function phrasesToAvoid(page: Page): Promise<string[]> {
    return page.getByLabel('Phrase to avoid').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  it('[manager] changes the premium goal and the tone guide and sees them after a reload', async () => {
    const page = await flow.signedIn('peyton@example.com');
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
    expect(
      await page
        .getByRole('group', { name: `Phrase ${count}` })
        .getByLabel('Say instead')
        .inputValue(),
    ).toBe('Give a time: "by 3 pm today"');
    const [row] = await flow.server.services.db.query(`SELECT first_response_minutes_premium, tone_guide FROM team_settings`);
    expect(row.first_response_minutes_premium).toBe(150);
    expect(row.tone_guide.at(-1)).toEqual({ avoid: 'ASAP', suggestion: 'Give a time: "by 3 pm today"' });
  });

  it('[manager] sets follow-ups to automatic after 24 h with up to 2 follow-ups and a closing mail; sees them after reload', async () => {
    const page = await flow.signedIn('peyton@example.com');
    await openTeamSettings(page);
    const save = page.getByRole('button', { name: 'Save settings' });
    const followUpAfter = page.getByLabel('Follow up after (hours)');
    const followUps = page.getByLabel('Follow-ups, other customers');
    const savedReply = page.getByLabel('Follow-up saved reply');
    const closingMail = page.getByLabel('Closing mail');
    const automatic = page.getByRole('radio', { name: 'Send it automatically' });
    const selectedReply = () => savedReply.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent);
    // The defaults of PROCEDURE.md: 48 h (F1), 24 h (W9), 5 days (W10), 1 and 3 follow-ups (F2), 80 % (R5), remind.
    expect(await followUpAfter.inputValue()).toBe('48');
    expect(await page.getByLabel('Complex ticket, reply seen (hours)').inputValue()).toBe('24');
    expect(await page.getByLabel('Close after silence (days)').inputValue()).toBe('5');
    expect(await followUps.inputValue()).toBe('1');
    expect(await page.getByLabel('Follow-ups, high-value customers').inputValue()).toBe('3');
    expect(await page.getByLabel('Goal warning (% of the first-response goal)').inputValue()).toBe('80');
    expect(await page.getByRole('radio', { name: 'Remind the assignee (they send it with one click)' }).isChecked()).toBe(true);
    expect(await automatic.isChecked()).toBe(false);
    // The seeded follow-up reply is chosen, and follow-up replies come first in the list.
    await expect.poll(selectedReply).toBe('Checking in');
    expect((await savedReply.locator('option').allTextContents()).slice(0, 2)).toEqual(['No saved reply', 'Checking in']);
    expect(await save.isDisabled()).toBe(true);

    // F2: high-value customers get at least as many follow-ups as the others.
    await followUps.fill('4');
    await page
      .getByRole('list', { name: 'Before you can save' })
      .getByText('High-value customers get at least as many follow-ups as other customers (4).')
      .waitFor();
    expect(await save.isDisabled()).toBe(true);

    const closing =
      'We have not heard from you, so we are closing this ticket for now. Reply any time and it opens again. Is there anything else we can help with?';
    await followUps.fill('2');
    await followUpAfter.fill('24');
    await automatic.check();
    await closingMail.fill(closing);
    await page.getByRole('list', { name: 'Before you can save' }).waitFor({ state: 'detached' });
    await save.click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    expect(await save.isDisabled()).toBe(true);

    await page.reload();
    await followUpAfter.waitFor();
    expect(await followUpAfter.inputValue()).toBe('24');
    expect(await followUps.inputValue()).toBe('2');
    expect(await page.getByLabel('Follow-ups, high-value customers').inputValue()).toBe('3');
    expect(await automatic.isChecked()).toBe(true);
    expect(await closingMail.inputValue()).toBe(closing);
    await expect.poll(selectedReply).toBe('Checking in');
    expect(await save.isDisabled()).toBe(true);

    const [row] = await flow.server.services.db.query(
      `SELECT s.follow_up_after_minutes, s.complex_seen_follow_up_minutes, s.auto_close_after_minutes, s.max_follow_ups,
              s.max_follow_ups_high_value, s.follow_up_mode, s.closing_message, r.title AS follow_up_reply
         FROM team_settings s LEFT JOIN saved_reply r ON r.id = s.follow_up_saved_reply_id`,
    );
    expect(row).toEqual({
      follow_up_after_minutes: 1440,
      complex_seen_follow_up_minutes: 1440,
      auto_close_after_minutes: 7200,
      max_follow_ups: 2,
      max_follow_ups_high_value: 3,
      follow_up_mode: 'AUTO',
      closing_message: closing,
      follow_up_reply: 'Checking in',
    });
    const api = await flow.server.signIn('peyton@example.com');
    const { teamSettings } = await api.ok(
      graphql(
        `query TeamSettings { teamSettings { followUpAfterMinutes maxFollowUps maxFollowUpsHighValue followUpMode closingMessage } }`,
      ),
    );
    expect(teamSettings).toEqual({
      followUpAfterMinutes: 1440,
      maxFollowUps: 2,
      maxFollowUpsHighValue: 3,
      followUpMode: 'AUTO',
      closingMessage: closing,
    });
  });

  it('[manager] is told a closing mail must end with a question', async () => {
    const page = await flow.signedIn('peyton@example.com');
    await openTeamSettings(page);
    const save = page.getByRole('button', { name: 'Save settings' });
    const closingMail = page.getByLabel('Closing mail');
    const problems = page.getByRole('list', { name: 'Before you can save' });
    const [before] = await flow.server.services.db.query(`SELECT closing_message, version FROM team_settings`);
    expect(before.closing_message).toMatch(/\?$/);

    // W7, live: the closing mail is a reply, and every reply ends with a direct question.
    await closingMail.fill('We are closing this ticket now. Thanks for writing in.');
    await problems.getByText('End your reply with a direct question, such as "Did that help?" (W7).').waitFor();
    expect(await save.isDisabled()).toBe(true);
    await closingMail.fill('We are closing this ticket now. Thanks for writing in. Was everything answered?');
    await problems.waitFor({ state: 'detached' });
    expect(await save.isDisabled()).toBe(false);

    // The API refuses it the same way.
    const api = await flow.server.signIn('peyton@example.com');
    const refused = await api.request(
      graphql(`mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { version } }`),
      {
        input: { version: before.version, closingMessage: 'We are closing this ticket now. Thanks for writing in.' },
      },
    );
    expect(errorCode(refused)).toBe('REPLY_MUST_END_WITH_QUESTION');
    const [unchanged] = await flow.server.services.db.query(`SELECT closing_message, version FROM team_settings`);
    expect(unchanged).toEqual(before);

    // Empty: no closing mail at all.
    await closingMail.fill('');
    await page.getByText('No closing mail: tickets close without a word to the customer.').waitFor();
    await save.click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    const [row] = await flow.server.services.db.query(`SELECT closing_message FROM team_settings`);
    expect(row.closing_message).toBeNull();
    await page.reload();
    await closingMail.waitFor();
    expect(await closingMail.inputValue()).toBe('');
  });

  it("[manager] sets the team's time zone and the FR3 report schedule; the form says when the next report comes", async () => {
    const page = await flow.signedIn('peyton@example.com');
    await openTeamSettings(page);
    const save = page.getByRole('button', { name: 'Save settings' });
    const report = page.getByRole('group', { name: 'Time zone and feature-request report (FR3)' });
    await report.getByText(/^Next report: \d{1,2} \w{3} \d{4}, covering /).waitFor();

    // The shared rule speaks before Save: a day of the month is 1 to 31.
    await report.getByLabel('Day of the month').fill('32');
    await report.getByText('The report’s day is a day of the month, 1 to 31 (31: the last day).').waitFor();
    expect(await save.isDisabled()).toBe(true);

    await report.getByLabel('Time zone').selectOption('America/New_York');
    await report.getByLabel('Day of the month').fill('31');
    await report.getByLabel('Every (months)').fill('3');
    await report.getByLabel('Requests per report').fill('10');
    const schedule = { dayOfMonth: 31, intervalMonths: 3, timeZone: 'America/New_York' };
    const due = nextReportDue(new Date(), schedule);
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: schedule.timeZone }).format(
      due,
    );
    await report
      .getByText(`Next report: ${day}, covering ${reportPeriodLabel(reportPeriodEndingAt(due, schedule), schedule.timeZone)}.`)
      .waitFor();
    await save.click();
    await page.getByRole('status').getByText('Saved.').waitFor();

    await page.reload();
    await report.getByLabel('Day of the month').waitFor();
    expect(await report.getByLabel('Time zone').inputValue()).toBe('America/New_York');
    expect(await report.getByLabel('Every (months)').inputValue()).toBe('3');
    const [row] = await flow.server.services.db.query(
      `SELECT time_zone, feature_report_day, feature_report_interval_months, feature_report_size FROM team_settings`,
    );
    expect(row).toEqual({
      time_zone: 'America/New_York',
      feature_report_day: 31,
      feature_report_interval_months: 3,
      feature_report_size: 10,
    });
  });

  it('[agent] has no Team settings link and /settings says no access', async () => {
    const page = await flow.signedIn('lena@example.com');
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(links).toContain('Saved replies');
    expect(links).not.toContain('Team settings');
    await page.goto(`${flow.server.url}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Team settings' }).waitFor();
    await page.getByText('Your role does not include this page.').waitFor();
    expect(await page.getByLabel('Premium customers (hours)').count()).toBe(0);
  });

  it('[admin] saves first; [manager] saving over it is told plainly and reloads their change', async () => {
    const manager = await flow.signedIn('peyton@example.com');
    const admin = await flow.signedIn('admin@example.com');
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
    const [row] = await flow.server.services.db.query(`SELECT first_response_minutes_free FROM team_settings`);
    expect(row.first_response_minutes_free).toBe(720);
  });
});
