import { expect, it } from 'vitest';
import { browserFlow, describeInBrowser } from '../support/browser.js';
import { createTicket } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const TICKET_BUG_QUERY = graphql(`query EscalatedTicketBug($id: ID!) { ticket(id: $id) {
  customer { name }
  bug { id reference severity stepsToReproduce expectedResult environment usersAffected ticketCount }
} }`);

const ESCALATE = graphql(`mutation EscalateForBrowserTest($input: EscalateTicketInput!) {
  escalateTicket(input: $input) { bug { id reference } }
}`);
const MARK_FIXED = graphql(`mutation MarkFixedForBrowserTest($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status } }`);
const LINK = graphql(`mutation LinkForBrowserTest($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id isToldOfFix } }`);

describeInBrowser('escalating a bug', () => {
  const flow = browserFlow();

  async function ticketBug(ticketId: string) {
    const api = await flow.server.signIn('peyton@example.com');
    return (await api.ok(TICKET_BUG_QUERY, { id: ticketId })).ticket;
  }
  const bugOf = async (ticketId: string) => (await ticketBug(ticketId)).bug;

  it('[agent] escalates a bug with the form, then links a second ticket to the same bug in one click', async () => {
    const first = await createTicket(flow.server, {
      subject: 'Gantt chart export fails with a blank file',
      message: 'Every Gantt chart export gives me an empty file.',
      type: 'BUG',
      group: 'DEVELOPMENT',
    });
    const second = await createTicket(flow.server, {
      subject: 'Blank file from the Gantt chart export',
      type: 'BUG',
      group: 'DEVELOPMENT',
    });
    const agent = await flow.signedIn('lena@example.com');

    await agent.goto(`${flow.server.url}/tickets/${first.id}`);
    await agent.getByRole('heading', { name: /Gantt chart export fails/ }).waitFor();
    // C3: a bug ticket is not closed before it is escalated, and the page says why next to the button.
    const close = agent.getByRole('button', { name: 'Close', exact: true });
    await expect.poll(() => close.isDisabled()).toBe(true);
    await agent.locator('.ticket-actions').getByText('before closing it (C3)').waitFor();

    await agent.getByRole('listitem', { name: /^C3 / }).getByRole('button', { name: 'Escalate to engineering' }).click();
    const form = agent.getByRole('dialog', { name: 'Escalate to engineering' });
    // E1: pre-filled from the ticket, with the customer's account beside it.
    await expect.poll(() => form.getByLabel('Title').inputValue()).toBe('Gantt chart export fails with a blank file');
    expect(await form.getByLabel('Actual result').inputValue()).toContain('Every Gantt chart export gives me an empty file.');
    await form.getByText((await ticketBug(first.id)).customer.name).waitFor();
    await form.getByText('No open bug looks the same.').waitFor();
    const escalate = form.getByRole('button', { name: 'Escalate to engineering' });
    expect(await escalate.isDisabled()).toBe(true);
    await form.getByText(/Still needed before engineering gets it: steps to reproduce, expected result, .*severity\./).waitFor();

    await form.getByLabel('Steps to reproduce').fill('1. Open a project with a Gantt chart\n2. Export it as PDF');
    await form.getByLabel('Expected result').fill('A PDF with the chart');
    await form.getByLabel('Where it happens (browser, OS, app version)').fill('Firefox 133 on macOS 15');
    await form.getByLabel('Users affected').fill('4');
    await expect.poll(() => escalate.isDisabled()).toBe(true);
    await form.getByText('Still needed before engineering gets it: severity.').waitFor();
    await form.getByRole('radio', { name: /^High/ }).check();
    await expect.poll(() => escalate.isDisabled()).toBe(false);
    await escalate.click();
    await form.waitFor({ state: 'detached' });

    const bug = await bugOf(first.id);
    expect(bug).toMatchObject({
      severity: 'HIGH',
      stepsToReproduce: '1. Open a project with a Gantt chart\n2. Export it as PDF',
      expectedResult: 'A PDF with the chart',
      environment: 'Firefox 133 on macOS 15',
      usersAffected: 4,
      ticketCount: 1,
    });
    // The header shows the bug as a link to it; C3 is done and the ticket may close.
    await agent.getByRole('link', { name: `${bug!.reference} · New` }).waitFor();
    expect(await agent.getByRole('link', { name: `${bug!.reference} · New` }).getAttribute('href')).toBe(`/escalations/${bug!.id}`);
    await agent.getByRole('listitem', { name: /^C3 Escalate if needed: done/ }).waitFor();
    await expect.poll(() => close.isDisabled()).toBe(false);
    await agent.getByText(`Lena Fischer linked the ticket to ${bug!.reference}`).waitFor();

    // The second ticket reads the same: the form offers the bug first, and one click links it.
    await agent.goto(`${flow.server.url}/tickets/${second.id}`);
    await agent.getByRole('heading', { name: /Blank file from the Gantt chart export/ }).waitFor();
    await agent.getByRole('button', { name: 'Escalate to engineering' }).click();
    const secondForm = agent.getByRole('dialog', { name: 'Escalate to engineering' });
    const same = secondForm
      .getByRole('list', { name: 'Bugs that look the same' })
      .getByRole('listitem', { name: new RegExp(bug!.reference) });
    await same.getByText('New').waitFor();
    await same.getByText(/Customer/).waitFor();
    await same.getByRole('button', { name: 'This is the same bug' }).click();
    await secondForm.waitFor({ state: 'detached' });
    await agent.getByRole('link', { name: `${bug!.reference} · New` }).waitFor();
    expect(await bugOf(second.id)).toMatchObject({ id: bug!.id, ticketCount: 2 });

    // Unlinking opens C3 again.
    await agent.getByRole('button', { name: `Unlink from ${bug!.reference}` }).click();
    await agent.getByRole('listitem', { name: /^C3 Escalate if needed: todo/ }).waitFor();
    expect(await agent.getByRole('link', { name: `${bug!.reference} · New` }).count()).toBe(0);
    await agent.context().close();
  });

  it('[agent] tells the customer of a ticket linked after the fix that it is fixed; [trainee] is told why they may not (T1)', async () => {
    const fixedFirst = await createTicket(flow.server, { subject: 'Calendar sync duplicates events', type: 'BUG', group: 'DEVELOPMENT' });
    const later = await createTicket(flow.server, { subject: 'Duplicated events after calendar sync', type: 'BUG', group: 'DEVELOPMENT' });
    const lenaApi = await flow.server.signIn('lena@example.com');
    const { escalateTicket } = await lenaApi.ok(ESCALATE, {
      input: {
        ticketId: fixedFirst.id,
        title: 'Calendar sync duplicates events',
        stepsToReproduce: '1. Connect Google Calendar\n2. Sync twice',
        expectedResult: 'Each event once',
        actualResult: 'Each event twice',
        environment: 'Chrome 131 on Windows 11',
        usersAffected: 1,
        severity: 'MEDIUM',
      },
    });
    const bug = escalateTicket.bug!;
    const engineer = await flow.server.signIn('sam@example.com');
    await engineer.ok(MARK_FIXED, { input: { id: bug.id, message: 'We fixed the calendar sync. Does it look right to you now?' } });
    // Linked once the fix was announced: this customer has not heard of it.
    expect((await lenaApi.ok(LINK, { input: { ticketId: later.id, bugId: bug.id } })).linkTicketToBug.isToldOfFix).toBe(false);

    const trainee = await flow.signedIn('kate@example.com');
    await trainee.goto(`${flow.server.url}/tickets/${later.id}`);
    await trainee.getByRole('link', { name: `${bug.reference} · Fixed` }).waitFor();
    await trainee.getByText('Trainees never answer customers directly (T1).').waitFor();
    expect(await trainee.getByRole('button', { name: 'Tell the customer it’s fixed' }).count()).toBe(0);

    const agent = await flow.signedIn('lena@example.com');
    await agent.goto(`${flow.server.url}/tickets/${later.id}`);
    await agent.getByRole('button', { name: 'Tell the customer it’s fixed' }).click();
    await agent
      .getByRole('article', { name: /^Reply by/ })
      .getByText('We fixed the calendar sync.')
      .waitFor();
    await agent.getByRole('button', { name: 'Tell the customer it’s fixed' }).waitFor({ state: 'detached' });
    await trainee.context().close();
    await agent.context().close();
  });
});
