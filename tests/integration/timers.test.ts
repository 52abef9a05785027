import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorCode, type ApiClient } from '../support/api-client.js';
import { createTicket, demoUserId, latestMessageId, mailsSent } from '../support/factories.js';
import { createDataSource } from '../../server/src/db/data-source.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { ManualClock, startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const HOUR = 3600_000;
const MINUTE = 60_000;
const REPLY = graphql(`mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`);
const SETTINGS = graphql(`mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { version } }`);

/**
 * Replies a few minutes after the customer wrote (the test clock stands still otherwise). On a
 * server with an SMTP server, waits until the mail went out: follow-ups count from then (F1).
 */
async function reply(agent: ApiClient, server: TestServer, ticketId: string, body = 'Here is how. Does that help?', waitForMail = true) {
  (server.services.clock as ManualClock).advance(5 * MINUTE);
  const result = await agent.request(REPLY, { input: { ticketId, body, seenMessageId: await latestMessageId(server, ticketId) } });
  expect(result.errors).toBeUndefined();
  if (waitForMail && server.services.outboxWorker.isConfigured) await mailsSent(server);
}

const SEND_FOLLOW_UP = graphql(`mutation SendFollowUp($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { status } }`);

async function setSettings(server: TestServer, changes: Record<string, unknown>) {
  const manager = await server.signIn('peyton@example.com');
  const { teamSettings } = await manager.ok(graphql(`query TeamSettingsInTimers { teamSettings { version } }`));
  await manager.ok(SETTINGS, { input: { version: teamSettings.version, ...changes } });
}

/**
 * `count` tickets Lena replied to just now, waiting on their customers, in one statement (the API
 * path is covered by the tests above), with their timers due for planning.
 */
async function repliedTickets(server: TestServer, clock: ManualClock, name: string, count: number): Promise<string[]> {
  const lenaId = await demoUserId(server, 'lena@example.com');
  const tickets: { id: string }[] = await server.services.db.query(
    `WITH c AS (INSERT INTO customer (name, email) SELECT $4 || ' ' || i, $4 || i || '@test.example' FROM generate_series(1, $5::int) i RETURNING id)
     INSERT INTO ticket (subject, customer_id, status, ticket_group, type, assignee_id, first_response_due_at, first_response_at,
                         last_reply_at, last_customer_message_at, created_at)
     SELECT $4, c.id, 'PENDING', 'SALES', 'QUESTION', $1, $2, $2, $2, $3, $3 FROM c RETURNING id`,
    [lenaId, clock.now(), new Date(clock.now().getTime() - HOUR), name, count],
  );
  const ids = tickets.map((t) => t.id);
  await server.services.db.query(`UPDATE ticket SET next_timer_at = $2 WHERE id = ANY($1::uuid[])`, [ids, clock.now()]);
  return ids;
}

async function ticketRow(server: TestServer, id: string) {
  const [row] = await server.services.db.query(
    `SELECT status, follow_ups_sent, follow_up_due_at, auto_close_at, next_timer_at FROM ticket WHERE id = $1`,
    [id],
  );
  return row;
}

async function notifications(server: TestServer, ticketId: string, kind: string): Promise<{ recipient_id: string }[]> {
  return server.services.db.query(`SELECT recipient_id FROM notification WHERE ticket_id = $1 AND kind = $2`, [ticketId, kind]);
}

async function systemReplies(server: TestServer, ticketId: string): Promise<{ body: string; kind: string }[]> {
  return server.services.db.query(
    `SELECT m.body, o.kind FROM ticket_message m JOIN outbox_mail o ON o.message_id = m.id
      WHERE m.ticket_id = $1 AND m.kind = 'REPLY' AND m.author_id IS NULL ORDER BY m.id`,
    [ticketId],
  );
}

describe('follow-up, closing and goal timers (time moved by the test)', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let lenaId: string;
  // Sessions end while the test moves time by days: sign in afresh for each call.
  const lena = () => server.signIn('lena@example.com');

  // Replies reach the customer: the timers count from when their mail went out (F1/F4).
  const sink = new SmtpSink();

  beforeAll(async () => {
    await sink.start();
    server = await startTestServer({ clock, config: { smtpUrl: sink.url } });
    // The test drives the sweeps itself; the background sweeper would race its assertions.
    await server.services.timers.pause();
    lenaId = await demoUserId(server, 'lena@example.com');
    await server.services.timers.runDue(); // the demo tickets' own alerts, out of the way
  });
  afterAll(async () => {
    await server?.stop();
    await sink.stop();
  });

  /** Runs the due timers; a follow-up or closing mail they wrote goes out before the test moves on. */
  const sweep = async () => {
    const handled = await server.services.timers.runDue();
    await mailsSent(server);
    return handled;
  };

  it('F1 (remind): 48 h after the reply the assignee is reminded once and the ticket shows in Follow-up due', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
    await reply(await lena(), server, ticket.id);
    const repliedAt = clock.now().getTime();
    expect((await ticketRow(server, ticket.id)).follow_up_due_at.getTime()).toBe(repliedAt + 48 * HOUR);

    clock.advance(48 * HOUR - MINUTE);
    await sweep();
    expect(await notifications(server, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(0);

    clock.advance(MINUTE);
    await sweep();
    await sweep();
    expect(await notifications(server, ticket.id, 'FOLLOW_UP_DUE')).toEqual([{ recipient_id: lenaId }]);
    const { tickets } = await (await lena()).ok(
      graphql(`query TicketsInTimers { tickets(first: 50, filter: { followUpDue: true }) { edges { node { id } } } }`),
    );
    expect(tickets.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(ticket.id);

    // One click sends the team's follow-up saved reply; it counts as the one follow-up (F2).
    const sent = await (await lena()).request(
      graphql(`mutation SendFollowUp($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { status } }`),
      {
        id: ticket.id,
        seen: await latestMessageId(server, ticket.id),
      },
    );
    expect(sent.errors).toBeUndefined();
    expect(await ticketRow(server, ticket.id)).toMatchObject({ follow_ups_sent: 1, follow_up_due_at: null });
  });

  it('sendFollowUp: refused with TICKET_CHANGED when the customer wrote meanwhile, and without a follow-up saved reply; nothing is sent', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
    await reply(await lena(), server, ticket.id);
    const seen = await latestMessageId(server, ticket.id);
    await server.services.db.transaction((tx) =>
      server.services.customerMessageRecorder.addCustomerMessage(tx, ticket.id, ticket.customerId, {
        body: 'One more thing?',
        channel: 'LINK',
      }),
    );
    const send = graphql(`mutation SendFollowUpId($id: ID!, $seen: ID!) { sendFollowUp(id: $id, seenMessageId: $seen) { id } }`);
    const replies = async () =>
      (
        await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [ticket.id])
      )[0].n;
    expect(errorCode(await (await lena()).request(send, { id: ticket.id, seen }))).toBe('TICKET_CHANGED');
    expect(await replies()).toBe(1);

    await setSettings(server, { followUpSavedReplyId: null });
    try {
      const latest = await latestMessageId(server, ticket.id);
      expect(errorCode(await (await lena()).request(send, { id: ticket.id, seen: latest }))).toBe('BAD_USER_INPUT');
      expect(await replies()).toBe(1);
    } finally {
      const [followUp] = await server.services.db.query(`SELECT id FROM saved_reply WHERE title = 'Checking in'`);
      await setSettings(server, { followUpSavedReplyId: followUp.id });
    }
  });

  it('sendFollowUp: refused with FOLLOW_UP_NOT_DUE before it is due and FOLLOW_UP_LIMIT_REACHED after the one follow-up (F2); nothing is sent', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
    await reply(await lena(), server, ticket.id);
    const replies = async () =>
      (
        await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [ticket.id])
      )[0].n;
    const send = async () => (await lena()).request(SEND_FOLLOW_UP, { id: ticket.id, seen: await latestMessageId(server, ticket.id) });

    const early = await send();
    expect(errorCode(early)).toBe('FOLLOW_UP_NOT_DUE');
    expect(early.errors?.[0]?.message).toBe('No follow-up is due yet: follow-up due in 2 d.');
    expect(await replies()).toBe(1);

    clock.advance(48 * HOUR);
    expect((await send()).errors).toBeUndefined();
    expect(await replies()).toBe(2);
    await mailsSent(server);
    expect(errorCode(await send())).toBe('FOLLOW_UP_LIMIT_REACHED');
    clock.advance(48 * HOUR);
    expect(errorCode(await send())).toBe('FOLLOW_UP_LIMIT_REACHED');
    expect(await replies()).toBe(2);
  });

  it('updateTeamSettings: bad timer settings are refused with a clear error and nothing changes', async () => {
    const manager = await server.signIn('peyton@example.com');
    const before = (
      await manager.ok(graphql(`query FollowUpSettings { teamSettings { version maxFollowUps maxFollowUpsHighValue closingMessage } }`))
    ).teamSettings;
    const update = (input: Record<string, unknown>) => manager.request(SETTINGS, { input: { version: before.version, ...input } });
    for (const bad of [
      { maxFollowUps: 4, maxFollowUpsHighValue: 3 },
      { followUpAfterMinutes: 0 },
      { goalWarningPercent: 100 },
      { closingMessage: 'We closed your ticket.' },
      { followUpSavedReplyId: '00000000-0000-0000-0000-000000000000' },
    ]) {
      const result = await update(bad);
      expect(errorCode(result), JSON.stringify(bad)).toMatch(/^(BAD_USER_INPUT|REPLY_MUST_END_WITH_QUESTION)$/);
    }
    const after = (
      await manager.ok(graphql(`query FollowUpSettings { teamSettings { version maxFollowUps maxFollowUpsHighValue closingMessage } }`))
    ).teamSettings;
    expect(after).toEqual(before);
    expect(errorCode(await (await lena()).request(SETTINGS, { input: { version: before.version, maxFollowUps: 2 } }))).toBe('FORBIDDEN');
  });

  it('F2 (auto): one follow-up for a free customer, then W10/F4 closes it 5 days after that follow-up, with the closing mail', async () => {
    await setSettings(server, { followUpMode: 'AUTO' });
    try {
      const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
      await reply(await lena(), server, ticket.id);
      clock.advance(48 * HOUR);
      await sweep();
      const followUps = await systemReplies(server, ticket.id);
      expect(followUps).toEqual([
        { kind: 'FOLLOW_UP', body: expect.stringMatching(/^Hi Customer, I wanted to check in on ticket #\d+\. .*\?$/) },
      ]);
      expect(await ticketRow(server, ticket.id)).toMatchObject({ status: 'PENDING', follow_ups_sent: 1, follow_up_due_at: null });

      clock.advance(5 * 24 * HOUR - MINUTE);
      await sweep();
      expect((await ticketRow(server, ticket.id)).status).toBe('PENDING');
      clock.advance(MINUTE);
      await sweep();
      await sweep();
      expect((await ticketRow(server, ticket.id)).status).toBe('CLOSED');
      expect((await systemReplies(server, ticket.id)).map((r) => r.kind)).toEqual(['FOLLOW_UP', 'CLOSING']);
      const [event] = await server.services.db.query(`SELECT data FROM ticket_message WHERE ticket_id = $1 AND event = 'CLOSED'`, [
        ticket.id,
      ]);
      expect(event.data).toEqual({ reason: 'the customer did not answer' });
    } finally {
      await setSettings(server, { followUpMode: 'REMIND' });
    }
  });

  it('F2 (auto): a high-value customer gets up to 3 follow-ups, 48 h apart', async () => {
    await setSettings(server, { followUpMode: 'AUTO' });
    try {
      const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES', plan: 'PREMIUM' });
      await reply(await lena(), server, ticket.id);
      for (let i = 0; i < 4; i++) {
        clock.advance(48 * HOUR);
        await sweep();
      }
      expect((await systemReplies(server, ticket.id)).map((r) => r.kind)).toEqual(['FOLLOW_UP', 'FOLLOW_UP', 'FOLLOW_UP']);
      expect((await ticketRow(server, ticket.id)).status).toBe('PENDING');
    } finally {
      await setSettings(server, { followUpMode: 'REMIND' });
    }
  });

  it('W9/F3: a complex ticket whose reply was seen is followed up 24 h after it was seen', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
    await (await lena()).ok(graphql(`mutation SetTicketComplex($id: ID!) { setTicketComplex(id: $id, isComplex: true) { id } }`), {
      id: ticket.id,
    });
    await reply(await lena(), server, ticket.id);
    clock.advance(2 * HOUR);
    const [latestReply] = await server.services.db.query(`SELECT id FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [
      ticket.id,
    ]);
    await server.services.customerMessageRecorder.markReplySeen(ticket.id, String(latestReply.id));
    const seenAt = clock.now().getTime();
    expect((await ticketRow(server, ticket.id)).follow_up_due_at.getTime()).toBe(seenAt + 24 * HOUR);
    clock.advance(24 * HOUR);
    await sweep();
    expect(await notifications(server, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);
  });

  it('F5: the customer answers before the follow-up: no follow-up, no closing, the ticket is open again', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES', email: 'answers@customer.test' });
    await reply(await lena(), server, ticket.id);
    clock.advance(10 * HOUR);
    await server.services.db.transaction((tx) =>
      server.services.customerMessageRecorder.addCustomerMessage(tx, ticket.id, ticket.customerId, {
        body: 'Thanks, one more question?',
        channel: 'LINK',
      }),
    );
    expect(await ticketRow(server, ticket.id)).toMatchObject({ status: 'OPEN', follow_up_due_at: null, auto_close_at: null });
    clock.advance(10 * 24 * HOUR);
    await sweep();
    expect(await notifications(server, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(0);
    expect((await ticketRow(server, ticket.id)).status).toBe('OPEN');
  });

  it('R5: after a gap in the sweeps, a missed goal alerts once and no late warning follows', async () => {
    const ticket = await createTicket(server);
    clock.advance(25 * HOUR);
    await sweep();
    await sweep();
    expect((await notifications(server, ticket.id, 'GOAL_MISSED')).length).toBeGreaterThan(0);
    expect(await notifications(server, ticket.id, 'GOAL_WARNING')).toHaveLength(0);
  });

  it('F1: a reminder already given is not given again when the team changes the follow-up time', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
    await reply(await lena(), server, ticket.id);
    clock.advance(48 * HOUR);
    await sweep();
    expect(await notifications(server, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);
    await setSettings(server, { followUpAfterMinutes: 72 * 60 });
    try {
      clock.advance(24 * HOUR);
      await sweep();
      expect(await notifications(server, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);
    } finally {
      await setSettings(server, { followUpAfterMinutes: 48 * 60 });
    }
  });

  it('R5: the managers are warned at 80% of the first-response goal and alerted when it is missed, once each', async () => {
    const ticket = await createTicket(server); // free plan: 24 h goal, nobody assigned
    const managers = await server.services.notifications.managerIds(server.services.db.manager);
    clock.advance(19 * HOUR + 11 * MINUTE);
    await sweep();
    expect(await notifications(server, ticket.id, 'GOAL_WARNING')).toHaveLength(0);
    clock.advance(MINUTE);
    await sweep();
    await sweep();
    expect((await notifications(server, ticket.id, 'GOAL_WARNING')).map((n) => n.recipient_id).sort()).toEqual([...managers].sort());
    clock.advance(4 * HOUR + 48 * MINUTE);
    await sweep();
    await sweep();
    expect(await notifications(server, ticket.id, 'GOAL_MISSED')).toHaveLength(managers.length);
    expect(await notifications(server, ticket.id, 'GOAL_WARNING')).toHaveLength(managers.length);
  });
});

describe('timers survive restarts and run once with two instances', () => {
  it('restart: a follow-up scheduled before a stop fires once after the next start', async () => {
    const clock = new ManualClock();
    const sink = await new SmtpSink().start();
    const first = await startTestServer({ clock, config: { smtpUrl: sink.url } });
    const ticket = await createTicket(first, { type: 'QUESTION', group: 'SALES' });
    await reply(await first.signIn('lena@example.com'), first, ticket.id);
    await first.stopKeepingDatabase();
    clock.advance(48 * HOUR);
    const second = await startTestServer({ clock, databaseUrl: first.databaseUrl, config: { smtpUrl: sink.url } });
    try {
      await expect.poll(async () => (await notifications(second, ticket.id, 'FOLLOW_UP_DUE')).length, { timeout: 10_000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(await notifications(second, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);
    } finally {
      await second.stop();
      await first.stop();
      await sink.stop();
    }
  });

  it('two instances, 100 follow-ups due at once: exactly 100 reminders', async () => {
    const clock = new ManualClock();
    const one = await startTestServer({ clock });
    const two = await startTestServer({ clock, databaseUrl: one.databaseUrl });
    try {
      const tickets = (await repliedTickets(one, clock, 'bulk', 100)).map((id) => ({ id }));
      await expect
        .poll(
          async () => (await one.services.db.query(`SELECT count(*)::int AS n FROM ticket WHERE next_timer_at <= $1`, [clock.now()]))[0].n,
          { timeout: 10_000 },
        )
        .toBe(0);
      clock.advance(48 * HOUR);
      const count = async () =>
        (
          await one.services.db.query(
            `SELECT count(*)::int AS n FROM notification WHERE kind = 'FOLLOW_UP_DUE' AND ticket_id = ANY($1::uuid[])`,
            [tickets.map((t) => t.id)],
          )
        )[0].n;
      await expect.poll(count, { timeout: 20_000 }).toBe(100);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(await count()).toBe(100);
    } finally {
      await two.stop();
      await one.stop();
    }
  });
});

describe('timers at volume', () => {
  it('[manager] 250 follow-ups fall due at once and one cannot be handled: the other 249 are reminded once, that one 5 minutes later, none twice', async () => {
    const clock = new ManualClock();
    const server = await startTestServer({ clock });
    try {
      await server.services.timers.pause();
      const ids = await repliedTickets(server, clock, 'batch', 250);
      await server.services.timers.runDue();
      clock.advance(48 * HOUR);
      const broken = ids[120]!;
      const notifyMany = server.services.notifications.notifyMany.bind(server.services.notifications);
      const spy = vi.spyOn(server.services.notifications, 'notifyMany').mockImplementation(async (tx, notes) => {
        if (notes.some((note) => note.ticketId === broken)) throw new Error('this ticket cannot be handled');
        return notifyMany(tx, notes);
      });
      const reminders = async () =>
        (await server.services.db.query(
          `SELECT ticket_id, count(*)::int AS n FROM notification WHERE kind = 'FOLLOW_UP_DUE' AND ticket_id = ANY($1::uuid[]) GROUP BY ticket_id`,
          [ids],
        )) as { ticket_id: string; n: number }[];
      expect(await server.services.timers.runDue()).toBeGreaterThanOrEqual(250);
      const first = await reminders();
      expect(first).toHaveLength(249);
      expect(first.every((r) => r.n === 1)).toBe(true);
      expect(first.some((r) => r.ticket_id === broken)).toBe(false);
      spy.mockRestore();
      clock.advance(5 * MINUTE);
      await server.services.timers.runDue();
      const after = await reminders();
      expect(after).toHaveLength(250);
      expect(after.every((r) => r.n === 1)).toBe(true);
    } finally {
      await server.stop();
    }
  });
});

describe('timers count from when the customer could read the reply', () => {
  it('F1: no follow-up falls due while the reply mail cannot go out; once sent, the 48 h start from the sending', async () => {
    const clock = new ManualClock();
    const sink = new SmtpSink();
    await sink.start();
    const port = sink.port;
    await sink.stop(); // the SMTP server is down when the agent replies
    const server = await startTestServer({ clock, config: { smtpUrl: `smtp://127.0.0.1:${port}`, outboxRetrySeconds: 1 } });
    try {
      await server.services.timers.pause();
      const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
      await reply(await server.signIn('lena@example.com'), server, ticket.id, undefined, false);
      // A first attempt failed and is waiting for its retry (the test clock decides when that is).
      await expect
        .poll(
          async () =>
            (
              await server.services.db.query(
                `SELECT attempts > 0 AND status = 'PENDING' AS retrying FROM outbox_mail WHERE ticket_id = $1`,
                [ticket.id],
              )
            )[0].retrying,
          { timeout: 10_000 },
        )
        .toBe(true);
      expect((await ticketRow(server, ticket.id)).follow_up_due_at).toBeNull();

      // The SMTP server is back before the retry falls due, 10 h later.
      await sink.start(port);
      clock.advance(10 * HOUR);
      await sink.waitForMails(1);
      // The sink holds the mail a moment before the outbox marks it sent: wait for that.
      await mailsSent(server);
      const sentAt = (await server.services.db.query(`SELECT sent_at FROM outbox_mail WHERE ticket_id = $1`, [ticket.id]))[0].sent_at;
      expect(sentAt).not.toBeNull();
      await expect.poll(async () => (await ticketRow(server, ticket.id)).follow_up_due_at?.getTime()).toBe(sentAt.getTime() + 48 * HOUR);
    } finally {
      await server.stop();
      await sink.stop();
    }
  });
});

describe('no follow-up for a reply the customer never received', () => {
  const ticketTimers = graphql(
    `query TicketInTimers($id: ID!) { ticket(id: $id) { status followUpDueAt autoCloseAt followUpWaitsForMail } }`,
  );

  it('F1/F4: without an SMTP server the reply starts no follow-up and no closing, the ticket says it waits for the mail, and sendFollowUp is refused', async () => {
    const clock = new ManualClock();
    const server = await startTestServer({ clock, config: { smtpUrl: null } });
    try {
      await server.services.timers.pause();
      const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
      await reply(await server.signIn('lena@example.com'), server, ticket.id);
      const lena = () => server.signIn('lena@example.com');
      expect((await (await lena()).ok(ticketTimers, { id: ticket.id })).ticket).toEqual({
        status: 'PENDING',
        followUpDueAt: null,
        autoCloseAt: null,
        followUpWaitsForMail: true,
      });

      clock.advance(6 * 24 * HOUR);
      await server.services.timers.runDue();
      expect(await notifications(server, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(0);
      expect(await ticketRow(server, ticket.id)).toMatchObject({ status: 'PENDING', follow_up_due_at: null, auto_close_at: null });
      const { tickets } = await (await lena()).ok(
        graphql(`query TicketsInTimers { tickets(first: 50, filter: { followUpDue: true }) { edges { node { id } } } }`),
      );
      expect(tickets.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(ticket.id);

      const refused = await (await lena()).request(SEND_FOLLOW_UP, { id: ticket.id, seen: await latestMessageId(server, ticket.id) });
      expect(errorCode(refused)).toBe('FOLLOW_UP_NOT_DUE');
      expect(refused.errors?.[0]?.message).toMatch(/mail has not gone out yet/);
      const [{ n }] = await server.services.db.query(
        `SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`,
        [ticket.id],
      );
      expect(n).toBe(1);
    } finally {
      await server.stop();
    }
  });

  it('F1: SMTP configured three days after the reply: the reply goes out alone, and the follow-up falls due 48 h after it was sent', async () => {
    const clock = new ManualClock();
    const first = await startTestServer({ clock, config: { smtpUrl: null } });
    const sink = await new SmtpSink().start();
    let second: TestServer | null = null;
    try {
      await first.services.timers.pause();
      const ticket = await createTicket(first, { subject: 'Configured late', type: 'QUESTION', group: 'SALES' });
      await reply(await first.signIn('lena@example.com'), first, ticket.id);
      clock.advance(3 * 24 * HOUR);
      await first.services.timers.runDue();
      await first.stopKeepingDatabase();

      // The admin sets SMTP_URL and restarts.
      second = await startTestServer({ clock, databaseUrl: first.databaseUrl, config: { smtpUrl: sink.url } });
      await second.services.timers.pause();
      await mailsSent(second);
      const sentAt = clock.now().getTime();
      await second.services.timers.runDue();
      const lena = await second.signIn('lena@example.com');
      expect((await lena.ok(ticketTimers, { id: ticket.id })).ticket).toMatchObject({
        followUpDueAt: new Date(sentAt + 48 * HOUR).toISOString(),
        autoCloseAt: new Date(sentAt + 5 * 24 * HOUR).toISOString(),
        followUpWaitsForMail: false,
      });
      expect(await notifications(second, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(0);
      expect(sink.mails.filter((m) => m.subject?.includes('Configured late'))).toHaveLength(1);

      clock.advance(48 * HOUR);
      await second.services.timers.runDue();
      expect(await notifications(second, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);
    } finally {
      await second?.stop();
      await first.stop().catch(() => undefined);
      await sink.stop();
    }
  });
});

describe('one follow-up per reply, whenever its mail goes out (F1)', () => {
  /** Sweeps on every instance at once, a few times over: what is due runs on one of them, once. */
  async function sweepAll(...servers: TestServer[]) {
    for (let i = 0; i < 3; i++) await Promise.all(servers.map((s) => s.services.timers.runDue()));
  }

  it('[admin] sets SMTP_URL days after a reply and restarts (two instances): the assignee is reminded exactly once for that reply', async () => {
    const clock = new ManualClock();
    const sink = await new SmtpSink().start();
    const first = await startTestServer({ clock, config: { smtpUrl: null } });
    const restarted: TestServer[] = [];
    try {
      await first.services.timers.pause();
      const ticket = await createTicket(first, { subject: 'Mail configured later', type: 'QUESTION', group: 'SALES' });
      await reply(await first.signIn('lena@example.com'), first, ticket.id);
      // The timers run while the mail cannot go out.
      for (let day = 0; day < 3; day++) {
        clock.advance(24 * HOUR);
        await first.services.timers.runDue();
      }
      await first.stopKeepingDatabase();

      // The admin sets SMTP_URL and restarts the server, on two instances, on the same database.
      for (let i = 0; i < 2; i++) {
        const instance = await startTestServer({ clock, databaseUrl: first.databaseUrl, config: { smtpUrl: sink.url } });
        restarted.push(instance);
        await instance.services.timers.pause();
      }
      const [one, two] = restarted as [TestServer, TestServer];
      await mailsSent(one);
      await sweepAll(one, two);
      expect(await notifications(one, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(0);

      clock.advance(48 * HOUR);
      await sweepAll(one, two);
      expect(await notifications(one, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);
      // Nothing more for that reply, however often the timers run, until the ticket closes.
      for (let hours = 0; hours < 70; hours += 10) {
        clock.advance(10 * HOUR);
        await sweepAll(one, two);
      }
      expect((await ticketRow(one, ticket.id)).status).toBe('PENDING');
      expect(await notifications(one, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);
      expect(await systemReplies(one, ticket.id)).toEqual([]);
      expect(sink.mails.filter((m) => m.subject?.includes('Mail configured later'))).toHaveLength(1);
    } finally {
      for (const instance of restarted.reverse()) await instance.stop();
      await first.stop().catch(() => undefined);
      await sink.stop();
    }
  });

  it('[admin] sets SMTP_URL days after a reply and restarts, automatic follow-ups on: exactly one follow-up mail, no reminder', async () => {
    const clock = new ManualClock();
    const sink = await new SmtpSink().start();
    const first = await startTestServer({ clock, config: { smtpUrl: null } });
    let second: TestServer | null = null;
    try {
      await first.services.timers.pause();
      await setSettings(first, { followUpMode: 'AUTO' });
      const ticket = await createTicket(first, { subject: 'Auto configured later', type: 'QUESTION', group: 'SALES' });
      await reply(await first.signIn('lena@example.com'), first, ticket.id);
      clock.advance(3 * 24 * HOUR);
      await first.services.timers.runDue();
      await first.stopKeepingDatabase();

      second = await startTestServer({ clock, databaseUrl: first.databaseUrl, config: { smtpUrl: sink.url } });
      await second.services.timers.pause();
      await mailsSent(second);
      for (let hours = 0; hours < 4 * 24; hours += 12) {
        clock.advance(12 * HOUR);
        await second.services.timers.runDue();
        await mailsSent(second);
      }
      expect((await systemReplies(second, ticket.id)).map((r) => r.kind)).toEqual(['FOLLOW_UP']);
      expect(await notifications(second, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(0);
      expect(sink.mails.filter((m) => m.subject?.includes('Auto configured later'))).toHaveLength(2);
    } finally {
      await second?.stop();
      await first.stop().catch(() => undefined);
      await sink.stop();
    }
  });

  it('[manager] reopens a ticket that closed for silence: its reply is not followed up again, and it does not close again by itself', async () => {
    const clock = new ManualClock();
    const sink = await new SmtpSink().start();
    const server = await startTestServer({ clock, config: { smtpUrl: sink.url } });
    try {
      await server.services.timers.pause();
      await server.services.timers.runDue();
      const ticket = await createTicket(server, { subject: 'Reopened by hand', type: 'QUESTION', group: 'SALES' });
      await reply(await server.signIn('lena@example.com'), server, ticket.id);
      const sweepDays = async (days: number) => {
        for (let day = 0; day < days; day++) {
          clock.advance(24 * HOUR);
          await server.services.timers.runDue();
          await mailsSent(server);
        }
      };
      await sweepDays(6);
      expect((await ticketRow(server, ticket.id)).status).toBe('CLOSED');
      expect(await notifications(server, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);

      const manager = await server.signIn('peyton@example.com');
      await manager.ok(graphql(`mutation ReopenTicketInTimers($id: ID!) { reopenTicket(id: $id) { id } }`), { id: ticket.id });
      await sweepDays(8);
      expect(await ticketRow(server, ticket.id)).toMatchObject({ status: 'OPEN', follow_up_due_at: null, auto_close_at: null });
      expect(await notifications(server, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);
      expect((await systemReplies(server, ticket.id)).map((r) => r.kind)).toEqual(['CLOSING']);
    } finally {
      await server.stop();
      await sink.stop();
    }
  });

  it('[admin] upgrades from the release that reminded while the mail waited, then sets SMTP_URL: that reply is not reminded again, nor followed up automatically', async () => {
    const clock = new ManualClock();
    const sink = await new SmtpSink().start();
    const first = await startTestServer({ clock, config: { smtpUrl: null } });
    let second: TestServer | null = null;
    try {
      await first.services.timers.pause();
      const lenaId = await demoUserId(first, 'lena@example.com');
      const ticket = await createTicket(first, { subject: 'Reminded before the upgrade', type: 'QUESTION', group: 'SALES' });
      await reply(await first.signIn('lena@example.com'), first, ticket.id);
      clock.advance(48 * HOUR);
      await first.stopKeepingDatabase();

      // The database as the previous release left it: its schema, and the reminder it gave 48 h after
      // the reply was written (it did not wait for the mail), recorded against the reply's time.
      const db = createDataSource(first.databaseUrl, { dbPoolSize: 1, statementTimeoutMs: 30_000 });
      await db.initialize();
      try {
        const hasColumn = async () =>
          (
            await db.query(
              `SELECT 1 FROM information_schema.columns WHERE table_name = 'ticket' AND column_name = 'follow_up_handled_reply_id'`,
            )
          ).length > 0;
        while (await hasColumn()) await db.undoLastMigration({ transaction: 'each' });
        await db.query(`UPDATE ticket SET follow_up_handled_for = last_reply_at WHERE id = $1`, [ticket.id]);
        await db.query(
          `INSERT INTO notification (recipient_id, kind, ticket_id, body, created_at) VALUES ($1, 'FOLLOW_UP_DUE', $2, 'Follow up (F1).', $3)`,
          [lenaId, ticket.id, clock.now()],
        );
      } finally {
        await db.destroy();
      }

      // The upgrade (migrations run on start) with SMTP_URL set.
      second = await startTestServer({ clock, databaseUrl: first.databaseUrl, config: { smtpUrl: sink.url } });
      await second.services.timers.pause();
      await mailsSent(second);
      clock.advance(48 * HOUR);
      await second.services.timers.runDue();
      expect(await notifications(second, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);

      // The team turns automatic follow-ups on: still nothing for that reply.
      await setSettings(second, { followUpMode: 'AUTO' });
      clock.advance(24 * HOUR);
      await second.services.timers.runDue();
      expect(await systemReplies(second, ticket.id)).toEqual([]);
      expect(await notifications(second, ticket.id, 'FOLLOW_UP_DUE')).toHaveLength(1);
    } finally {
      await second?.stop();
      await first.stop().catch(() => undefined);
      await sink.stop();
    }
  });
});
