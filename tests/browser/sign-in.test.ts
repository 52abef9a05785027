import { homePathFor, navigationFor, type Role } from '@tandem/shared';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../server/src/db/seed/demo.js';
import { browserFlow, describeInBrowser, signInThroughForm } from '../support/browser.js';
import { createStaff, FACTORY_PASSWORD } from '../support/factories.js';
import { graphql } from '../gql/index.js';

describeInBrowser('signing in', () => {
  const flow = browserFlow();

  it.each(DEMO_USERS.map((u) => [u.description, u] as const))('[%s] signs in and sees the navigation of their role', async (_, demo) => {
    const page = await flow.newPage('page');
    await signInThroughForm(page, flow.server.url, demo.email, DEMO_PASSWORD);
    const person = {
      id: 'x',
      roles: demo.roles as Role[],
      isActive: true,
      trainerId: demo.trainer ? 'trainer' : null,
      canTrain: demo.canTrain ?? false,
    };
    await expect.poll(() => new URL(page.url()).pathname).toBe(homePathFor(person));
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(links).toEqual(navigationFor(person).map((item) => item.label));
    await page
      .getByRole('banner')
      .getByRole('button', { name: new RegExp(demo.name) })
      .click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.context().close();
  });

  it('[anyone] sees a clear error for a wrong password', async () => {
    const page = await flow.newPage('page');
    await page.goto(flow.server.url);
    await page.getByLabel('E-mail').fill('ben@example.com');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('That e-mail and password do not match.');
    await page.context().close();
  });

  it('[anyone] sees a page that is not built yet say so plainly', async () => {
    const page = await flow.newPage('page');
    await signInThroughForm(page, flow.server.url, 'ben@example.com', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Rota' }).click();
    await page.getByText('This page is not built yet.').waitFor();
    await page.context().close();
  });

  it('[admin] adds a trainee; [trainee] signs in with the initial password', async () => {
    const admin = await flow.newPage('admin');
    const trainee = await flow.newPage('trainee');
    await signInThroughForm(admin, flow.server.url, 'admin@example.com', DEMO_PASSWORD);
    await admin.getByRole('button', { name: 'Add person' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add a person' });
    await dialog.getByLabel('Name', { exact: true }).fill('Rosa Diaz');
    await dialog.getByLabel('E-mail', { exact: true }).fill('rosa@test.example');
    await dialog.getByLabel('Initial password').fill('welcome-to-tandem');
    await dialog.getByLabel('Trainer').selectOption({ label: 'Lena Fischer' });
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin
      .getByRole('row', { name: /Rosa Diaz/ })
      .getByText('Trainee of Lena Fischer')
      .waitFor();

    await signInThroughForm(trainee, flow.server.url, 'rosa@test.example', 'welcome-to-tandem');
    await trainee
      .getByRole('banner')
      .getByRole('button', { name: /Rosa Diaz/ })
      .getByText('Trainee')
      .waitFor();
  });

  it("[admin] deactivates a person; [person]'s open session ends at once", async () => {
    const person = await createStaff(flow.server, { name: 'Temp Worker' });
    const admin = await flow.newPage('admin');
    const worker = await flow.newPage('worker');
    await signInThroughForm(worker, flow.server.url, person.email, FACTORY_PASSWORD);
    await signInThroughForm(admin, flow.server.url, 'admin@example.com', DEMO_PASSWORD);
    await admin.getByRole('link', { name: 'Admin' }).click();
    const row = admin.getByRole('row', { name: /Temp Worker/ });
    await row.getByRole('button', { name: 'Deactivate Temp Worker' }).click();
    await row.getByRole('button', { name: 'Confirm: deactivate Temp Worker' }).click();
    await row.getByText('Deactivated').waitFor();

    // The live-update socket closing (4403) already shows the sign-in form; a reload keeps it.
    await worker.getByRole('button', { name: 'Sign in' }).waitFor();
    await worker.reload();
    await worker.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  it('[admin] deactivates a person while their inbox is open: it shows the sign-in form at once, without a click or a reload', async () => {
    const person = await createStaff(flow.server, { name: 'Live Worker' });
    const worker = await flow.newPage('worker');
    // Listening from the socket's first frame: the acknowledgement may come before sign-in returns.
    const acknowledged = new Promise<void>((resolve) =>
      worker.on('websocket', (socket) =>
        socket.on('framereceived', (frame) => String(frame.payload).includes('connection_ack') && resolve()),
      ),
    );
    await signInThroughForm(worker, flow.server.url, person.email, FACTORY_PASSWORD);
    await acknowledged;
    const admin = await flow.server.signIn('admin@example.com');
    await admin.ok(graphql(`mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { isActive } }`), { id: person.id });
    await worker.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 5000 });
    await worker.context().close();
  });

  it('[agent] changes their time zone and working hours', async () => {
    const page = await flow.newPage('page');
    await signInThroughForm(page, flow.server.url, 'sam@example.com', DEMO_PASSWORD);
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Sam Okafor/ })
      .click();
    await page.getByRole('link', { name: 'Time zone and working hours' }).click();
    await page.getByRole('combobox', { name: 'Time zone' }).selectOption('Asia/Tokyo');
    await page.getByLabel('From').fill('07:30');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    const [row] = await flow.server.services.db.query(`SELECT time_zone, working_hours FROM app_user WHERE email = 'sam@example.com'`);
    expect(row.time_zone).toBe('Asia/Tokyo');
    expect(row.working_hours.start).toBe('07:30');
  });
});
