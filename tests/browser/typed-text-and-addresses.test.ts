import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { browserFlow, describeInBrowser, signInThroughForm } from '../support/browser.js';
import { createTicket } from '../support/factories.js';

describeInBrowser('what people type and paste', () => {
  const flow = browserFlow();

  it('[admin] types an address mail cannot reach for a new person: the form says so before sending, and takes it once corrected', async () => {
    const admin = await flow.newPage('admin');
    await signInThroughForm(admin, flow.server.url, 'admin@example.com', DEMO_PASSWORD);
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

  it('[agent] pastes a note copied from a PDF, with invisible control characters in it: the note is added without them', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Invoice layout' });
    const agent = await flow.newPage('agent');
    await signInThroughForm(agent, flow.server.url, 'lena@example.com', DEMO_PASSWORD);
    await agent.goto(`${flow.server.url}/tickets/${ticket.id}`);
    await agent.getByRole('heading', { name: /Invoice layout/ }).waitFor();
    await agent.getByRole('tab', { name: /Internal note/ }).click();
    // A form feed between the pages and a stray NUL, as PDF viewers copy them.
    await agent.getByRole('textbox', { name: 'Internal note' }).fill('Page one ends here.\u000CPage two\u0000 starts.');
    await agent.getByRole('button', { name: 'Add note' }).click();
    await agent.getByRole('article', { name: 'Note by Lena Fischer' }).getByText('Page one ends here.Page two starts.').waitFor();
    const [note] = await flow.server.services.db.query(`SELECT body FROM ticket_message WHERE ticket_id = $1 AND kind = 'NOTE'`, [
      ticket.id,
    ]);
    expect(note.body).toBe('Page one ends here.Page two starts.');
  });
});
