import { expect, it } from 'vitest';
import { browserFlow, contrastProblems, describeInBrowser } from '../support/browser.js';
import { createTicket } from '../support/factories.js';

describeInBrowser('pages a person can read', () => {
  const flow = browserFlow();

  it('[agent] reads the checklist of a bug ticket: every step, C3 included, has readable contrast (WCAG AA)', async () => {
    const page = await flow.signedIn('lena@example.com', { who: 'agent' });
    const ticket = await createTicket(flow.server, { type: 'BUG', group: 'DEVELOPMENT' });
    await page.goto(`${flow.server.url}/tickets/${ticket.id}`);
    const checklist = page.getByRole('region', { name: 'Checklist' });
    await checklist.getByRole('listitem', { name: /^C3 / }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await contrastProblems(page, '.checklist'), `${colorScheme} theme`).toEqual([]);
    }
  });
});
