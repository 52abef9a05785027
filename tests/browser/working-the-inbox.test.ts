import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { browserFlow, describeInBrowser } from '../support/browser.js';
import { createTicket, demoUserId } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const CLAIM = graphql(`mutation ClaimTicket($id: ID!) { claimTicket(id: $id) { id } }`);

/** Every GraphQL answer the page got that was refused or carried errors (none is expected). */
function refusedRequests(page: Page): string[] {
  const refused: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
    const body = await response.json().catch(() => null);
    if (response.status() >= 400 || body?.errors) refused.push(`${response.status()} ${JSON.stringify(body?.errors ?? body)}`);
  });
  return refused;
}

/** A customer's mail as the SMTP listener or the provider's webhook hands it over. */
function mail(from: string, subject: string, text: string): Buffer {
  return Buffer.from(
    [
      `From: ${from}`,
      'To: support@localhost',
      `Subject: ${subject}`,
      `Message-ID: <${crypto.randomUUID()}@customer.test>`,
      '',
      text,
      '',
    ].join('\r\n'),
  );
}

describeInBrowser('working the inbox', () => {
  const flow = browserFlow();

  it('[agent] with 300 open tickets loads more twice, then to the end: a new mail and a teammate’s claim show live, no request is refused', async () => {
    // Only these tickets are open: 300 unassigned, due 4, 8, ... 1200 minutes from now.
    await flow.server.services.db.query(`UPDATE ticket SET status = 'CLOSED', closed_at = now(), response_due_at = NULL`);
    const [customer] = await flow.server.services.db.query(
      `INSERT INTO customer (name, email) VALUES ('Bulk Customer', 'bulk@customer.test') RETURNING id`,
    );
    const bulk: { id: string }[] = await flow.server.services.db.query(
      `INSERT INTO ticket (subject, customer_id, first_response_due_at, response_due_at, last_customer_message_at)
       SELECT 'Bulk question ' || lpad(i::text, 3, '0'), $1, now() + i * interval '4 minutes', now() + i * interval '4 minutes', now()
         FROM generate_series(1, 300) AS i ORDER BY i RETURNING id`,
      [customer.id],
    );
    await flow.server.services.db.query(
      `INSERT INTO customer (name, email, plan, monthly_revenue_cents) VALUES ('Vera Premium', 'vera@customer.test', 'PREMIUM', 10000)`,
    );
    const teammate = await flow.server.signIn('ben@example.com');

    const agent = await flow.signedIn('lena@example.com');
    const refused = refusedRequests(agent);
    await agent.getByRole('tab', { name: 'Unassigned', selected: true }).waitFor();
    const list = agent.getByRole('list', { name: 'Unassigned tickets' });
    const rows = list.getByRole('listitem');
    const row = (text: string) => list.getByRole('listitem').filter({ hasText: text });
    const subjects = () => list.locator('.ticket-subject').allTextContents();
    const loadMore = agent.getByRole('button', { name: 'Load more' });
    await expect.poll(() => rows.count()).toBe(50);
    await loadMore.click();
    await expect.poll(() => rows.count()).toBe(100);
    await loadMore.click();
    await expect.poll(() => rows.count()).toBe(150);

    // A teammate claims a ticket of the third page: it leaves the agent's Unassigned at once.
    await row('Bulk question 120').waitFor();
    await teammate.ok(CLAIM, { id: bulk[119]!.id });
    await row('Bulk question 120').waitFor({ state: 'detached' });

    // A premium customer writes in (4-hour goal): the ticket shows in its place, after the one due in 240 minutes.
    await flow.server.services.inbound.receiveRaw(
      mail('Vera Premium <vera@customer.test>', 'Invoices missing since Monday', 'Where are our invoices?'),
    );
    await row('Invoices missing since Monday').waitFor();
    const shown = await subjects();
    expect(shown.findIndex((s) => s.includes('Invoices missing since Monday'))).toBe(
      shown.findIndex((s) => s.includes('Bulk question 060')) + 1,
    );
    expect(shown).toHaveLength(150);

    // Rows loaded with "Load more" are live too: the agent claims one of them.
    await row('Bulk question 140')
      .getByRole('button', { name: /^Claim/ })
      .click();
    await row('Bulk question 140').waitFor({ state: 'detached' });
    expect(await demoUserId(flow.server, 'lena@example.com')).toBe(
      (await flow.server.services.db.query(`SELECT assignee_id FROM ticket WHERE id = $1`, [bulk[139]!.id]))[0].assignee_id,
    );

    // Everything loaded: 300 - 2 claimed + 1 new.
    while ((await loadMore.count()) > 0) {
      const before = await rows.count();
      await loadMore.click();
      await expect.poll(() => rows.count()).toBeGreaterThan(before);
    }
    expect(await rows.count()).toBe(299);

    // A new mail of a free customer (24-hour goal) sorts after every loaded row: it joins at the end.
    await flow.server.services.inbound.receiveRaw(
      mail('Nora New <nora@customer.test>', 'A question from a new customer', 'How do I start?'),
    );
    await row('A question from a new customer').waitFor();
    expect((await subjects()).at(-1)).toContain('A question from a new customer');
    expect(await rows.count()).toBe(300);
    // A teammate's claim of the last page shows too.
    await teammate.ok(CLAIM, { id: bulk[289]!.id });
    await row('Bulk question 290').waitFor({ state: 'detached' });

    expect(await agent.getByRole('alert').count()).toBe(0);
    expect(refused).toEqual([]);
    await agent.context().close();
  });

  it('[agent] on Unassigned searches a customer’s name, a word and "#number": finds tickets of every tab, closed ones too, and opens the number with Enter', async () => {
    const assigned = await createTicket(flow.server, { subject: 'Quarterly export broken', email: 'margarethe@quist.test' });
    const waiting = await createTicket(flow.server, { subject: 'Second question about exports', email: 'margarethe@quist.test' });
    const closed = await createTicket(flow.server, { subject: 'Refund for the Zanzibar order' });
    await flow.server.services.db.query(`UPDATE customer SET name = 'Margarethe Quist' WHERE email = 'margarethe@quist.test'`);
    await (await flow.server.signIn('ben@example.com')).ok(CLAIM, { id: assigned.id });
    await flow.server.services.db.query(`UPDATE ticket SET status = 'CLOSED', closed_at = now(), response_due_at = NULL WHERE id = $1`, [
      closed.id,
    ]);

    const agent = await flow.signedIn('lena@example.com');
    const refused = refusedRequests(agent);
    await agent.getByRole('tab', { name: 'Unassigned', selected: true }).waitFor();
    const search = agent.getByRole('searchbox', { name: 'Search tickets' });
    const row = (text: string) => agent.getByRole('listitem').filter({ hasText: text });

    // A customer's name: both of her tickets, also the one a teammate took.
    await search.fill('Margarethe');
    await row('Quarterly export broken').getByText('Ben').waitFor();
    await row('Second question about exports').waitFor();
    const scope = agent.getByRole('status').filter({ hasText: 'in all tickets' });
    await scope.getByText('2 in all tickets (closed ones too), 1 in Unassigned').waitFor();
    // The tab narrows the search when asked, and says what it leaves out.
    await scope.getByRole('button', { name: 'Only Unassigned' }).click();
    await row('Quarterly export broken').waitFor({ state: 'detached' });
    await row('Second question about exports').waitFor();
    await scope.getByText('1 in Unassigned, 2 in all tickets').waitFor();
    await scope.getByRole('button', { name: 'Show all' }).click();
    await row('Quarterly export broken').waitFor();

    // A word of a closed ticket: found, with its status.
    await search.fill('Zanzibar');
    await row('Refund for the Zanzibar order').getByText('Closed', { exact: true }).waitFor();
    await scope.getByText('1 in all tickets (closed ones too), 0 in Unassigned').waitFor();
    // Nothing in the tab: no switch to an empty list.
    expect(await scope.getByRole('button', { name: 'Only Unassigned' }).count()).toBe(0);

    // "#number" + Enter opens the ticket, closed or not.
    await search.fill(`#${closed.number}`);
    await row('Refund for the Zanzibar order').waitFor();
    await search.press('Enter');
    await agent.getByRole('heading', { name: /Refund for the Zanzibar order/ }).waitFor();
    expect(new URL(agent.url()).pathname).toBe(`/tickets/${closed.id}`);

    void waiting;
    expect(refused).toEqual([]);
    await agent.context().close();
  });
});
