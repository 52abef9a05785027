import { expect, it } from 'vitest';
import { browserFlow, contrastProblems, describeInBrowser } from '../support/browser.js';
import { createStaff, createTicket, FACTORY_PASSWORD } from '../support/factories.js';
import type { TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const ESCALATE = graphql(
  `mutation EscalateForQueue($input: EscalateTicketInput!) { escalateTicket(input: $input) { id bug { id reference } } }`,
);
const LINK = graphql(`mutation LinkForQueue($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }`);

async function customerEmail(server: TestServer, ticket: { customerId: string }): Promise<string> {
  const [row] = await server.services.db.query(`SELECT email FROM customer WHERE id = $1`, [ticket.customerId]);
  return row.email;
}

function recipients(mail: { to?: unknown }): string[] {
  const to = mail.to as { value: { address?: string }[] } | { value: { address?: string }[] }[] | undefined;
  return (Array.isArray(to) ? to : to ? [to] : []).flatMap((t) => t.value.map((v) => v.address ?? ''));
}

describeInBrowser('the engineering queue', () => {
  const flow = browserFlow(() => ({}), { smtpSink: true });

  it('[engineer] sees a new bug live in the queue, asks for info, marks it fixed; [customers] receive "we fixed it" once', async () => {
    // Support escalates a bug from one ticket and links a second customer's ticket to it.
    const first = await createTicket(flow.server, { subject: 'Export button does nothing', type: 'BUG' });
    const second = await createTicket(flow.server, { subject: 'Cannot export my checklist', type: 'BUG' });
    const agent = await flow.server.signIn('lena@example.com');
    const escalated = await agent.ok(ESCALATE, {
      input: {
        ticketId: first.id,
        title: 'Checklist export never finishes',
        stepsToReproduce: '1. Open a checklist\n2. Press Export',
        expectedResult: 'A PDF downloads',
        actualResult: 'The spinner turns forever',
        environment: 'Chrome 126 on macOS 14',
        severity: 'CRITICAL',
        usersAffected: 4,
      },
    });
    const bug = escalated.escalateTicket.bug!;
    await agent.ok(LINK, { input: { ticketId: second.id, bugId: bug.id, usersAffected: 2 } });

    // The engineer lands on the queue.
    const engineerUser = await createStaff(flow.server, { roles: ['ENGINEER'], name: 'Erin Engineer' });
    const engineer = await flow.signedIn(engineerUser.email, { who: 'engineer', password: FACTORY_PASSWORD });
    await engineer.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();
    const queue = engineer.getByRole('table', { name: 'All open bugs' });
    await queue.getByRole('link', { name: `${bug.reference} Checklist export never finishes` }).waitFor();

    // A bug escalated while the page is open joins the queue without a reload.
    const third = await createTicket(flow.server, { subject: 'Typo on the pricing page', type: 'BUG' });
    const later = await agent.ok(ESCALATE, {
      input: {
        ticketId: third.id,
        title: 'Pricing page says "montly"',
        stepsToReproduce: 'Open the pricing page',
        expectedResult: 'monthly',
        actualResult: 'montly',
        environment: 'Firefox 128',
        severity: 'LOW',
        usersAffected: 1,
      },
    });
    await queue.getByRole('link', { name: `${later.escalateTicket.bug!.reference} Pricing page says "montly"` }).waitFor();

    // Severity colours stay readable.
    expect(await contrastProblems(engineer, '.escalations')).toEqual([]);

    // Found and opened from the keyboard: / searches, Esc leaves the field, o opens the selected bug.
    await engineer.keyboard.press('/');
    await engineer.keyboard.type(bug.reference);
    await queue.getByRole('link', { name: /Pricing page says/ }).waitFor({ state: 'detached' });
    await queue.getByRole('link', { name: `${bug.reference} Checklist export never finishes` }).waitFor();
    await engineer.keyboard.press('Escape');
    await engineer.keyboard.press('o');
    await engineer.getByRole('heading', { level: 1, name: `${bug.reference} Checklist export never finishes` }).waitFor();
    expect(await engineer.getByLabel('Behind this bug').innerText()).toMatch(/Customers\s+2\b/);
    await engineer
      .getByRole('table', { name: 'Linked tickets' })
      .getByRole('link', { name: /Cannot export my checklist/ })
      .waitFor();

    // A question for the customers: the status follows, the history shows it.
    await engineer.getByRole('button', { name: 'Needs info…' }).click();
    await engineer.getByLabel('Question for the customers').fill('Which browser extension do you use?');
    await engineer.getByRole('button', { name: 'Ask for info' }).click();
    await engineer.getByRole('heading', { name: 'Status: Needs info' }).waitFor();
    await engineer.getByRole('list', { name: 'History' }).getByText('Which browser extension do you use?', { exact: false }).waitFor();

    // The message must end with a question (W7), checked as it is written.
    const message = engineer.getByLabel('Message for the customers');
    const markFixed = engineer.getByRole('button', { name: 'Mark fixed and tell 2 customers' });
    await message.fill('Hi {{customer.firstName}}, we fixed the export.');
    await engineer.getByText('End the message with a direct question', { exact: false }).waitFor();
    expect(await markFixed.isDisabled()).toBe(true);
    await message.fill('Hi {{customer.firstName}}, we fixed the export. Is it working for you now?');
    await engineer.getByText('This tells 2 customers on 2 tickets.').waitFor();
    expect(await markFixed.isEnabled()).toBe(true);
    await markFixed.click();

    expect(await contrastProblems(engineer, '.bug-page')).toEqual([]);

    // The announcement runs in the background; its progress arrives live.
    await engineer.getByRole('status').getByText('Told all 2 linked tickets.').waitFor({ timeout: 15_000 });
    await engineer.getByRole('heading', { name: 'Customers told of the fix' }).waitFor();

    // Each linked customer gets exactly one "we fixed it" mail; the third customer none.
    const fixed = () => flow.sink.mails.filter((m) => m.text?.includes('we fixed the export'));
    await expect.poll(() => fixed().length, { timeout: 15_000 }).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const told = fixed().flatMap(recipients).sort();
    expect(told).toEqual([await customerEmail(flow.server, first), await customerEmail(flow.server, second)].sort());
    expect(told).not.toContain(await customerEmail(flow.server, third));
    await engineer.context().close();
  });
});
