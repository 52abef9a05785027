import { expect, it } from 'vitest';
import { browserFlow, describeInBrowser } from '../support/browser.js';
import { createTicket, latestMessageId } from '../support/factories.js';
import { ManualClock, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const HOUR = 3600_000;

/** The reply's mail went out: follow-ups count from then (F1). */
async function mailsSent(server: TestServer) {
  await expect
    .poll(async () => (await server.services.db.query(`SELECT count(*)::int AS n FROM outbox_mail WHERE status <> 'SENT'`))[0].n, {
      timeout: 10_000,
    })
    .toBe(0);
}

describeInBrowser('follow-ups', () => {
  const clock = new ManualClock();
  const flow = browserFlow(() => ({ clock }), {
    smtpSink: true,
    // The test moves time and runs the timers itself.
    afterStart: (server) => server.services.timers.pause(),
    // Each browser's clock shows the server's (test) time.
    prepareContext: (context) => context.clock.install({ time: clock.now() }),
  });

  it('[agent] finds the silent customer under Follow-up due two days after the reply and follows up with one click (F1)', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Quiet customer', type: 'QUESTION', group: 'SALES' });
    clock.advance(10 * 60_000);
    const lena = await flow.server.signIn('lena@example.com');
    await lena.ok(graphql(`mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`), {
      input: {
        ticketId: ticket.id,
        body: 'Try the export again. Did it work?',
        seenMessageId: await latestMessageId(flow.server, ticket.id),
      },
    });
    await mailsSent(flow.server);
    clock.advance(48 * HOUR + 60_000);
    await flow.server.services.timers.runDue();

    const agent = await flow.signedIn('lena@example.com', { who: 'agent' });
    await agent.getByRole('tab', { name: 'Follow-up due' }).click();
    await agent.getByRole('link', { name: /Quiet customer/ }).click();
    await agent.getByText('Follow-up due', { exact: true }).first().waitFor();
    await agent.getByRole('button', { name: 'Send follow-up' }).click();
    await expect.poll(() => agent.getByRole('article', { name: 'Reply by Lena Fischer' }).count()).toBe(2);
    await agent
      .getByRole('article', { name: 'Reply by Lena Fischer' })
      .last()
      .getByText(/I wanted to check in on ticket #\d+/)
      .waitFor();
    // The one follow-up is sent: the ticket leaves the view, and the next timer is the closing.
    await expect.poll(() => agent.getByRole('button', { name: 'Send follow-up' }).count()).toBe(0);
    await agent.getByText(/^Closes in (4 d 23 h|5 d)/).waitFor();
    await agent.context().close();
  });

  it('[agent] replies while no SMTP server is configured: two days later the ticket says the follow-up waits for the mail, and it is not under Follow-up due (F1)', async () => {
    const noSmtp = await flow.startServer({ clock, config: { smtpUrl: null } });
    await noSmtp.services.timers.pause();
    const ticket = await createTicket(noSmtp, { subject: 'Never mailed', type: 'QUESTION', group: 'SALES' });
    clock.advance(10 * 60_000);
    const lena = await noSmtp.signIn('lena@example.com');
    await lena.ok(graphql(`mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`), {
      input: { ticketId: ticket.id, body: 'Try the export again. Did it work?', seenMessageId: await latestMessageId(noSmtp, ticket.id) },
    });
    clock.advance(48 * HOUR + 60_000);
    await noSmtp.services.timers.runDue();

    const agent = await flow.signedIn('lena@example.com', { who: 'agent', on: noSmtp });
    await agent.getByRole('tab', { name: 'Follow-up due' }).click();
    await agent
      .getByRole('list', { name: 'Follow-up due tickets' })
      .or(agent.getByText('No follow-ups are due.', { exact: false }))
      .waitFor();
    expect(await agent.getByRole('link', { name: /Never mailed/ }).count()).toBe(0);

    await agent.goto(`${noSmtp.url}/tickets/${ticket.id}`);
    const reply = agent.getByRole('article', { name: 'Reply by Lena Fischer' });
    await reply.getByText('Not sent: no SMTP server is configured').waitFor();
    await agent.getByText('Follow-up starts once the reply’s mail is sent').waitFor();
    expect(await agent.getByText('Follow-up due', { exact: true }).count()).toBe(0);
    expect(await agent.getByRole('button', { name: 'Send follow-up' }).count()).toBe(0);
    expect(await agent.getByText(/^Closes in/).count()).toBe(0);
    await agent.context().close();
  });
});
