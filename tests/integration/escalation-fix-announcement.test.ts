import type { AddressObject } from 'mailparser';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { demoUserId, FACTORY_PASSWORD, createStaff, mailsSent } from '../support/factories.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestDatabase, startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const ESCALATE = graphql(
  `mutation EscalateInFixAnnouncement($input: EscalateTicketInput!) { escalateTicket(input: $input) { bug { id } } }`,
);
const LINK = graphql(`mutation LinkInFixAnnouncement($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }`);
const MARK_FIXED = graphql(
  `mutation MarkBugFixedInFixAnnouncement($input: MarkBugFixedInput!) { markBugFixed(input: $input) { id status } }`,
);
const BUG = graphql(`query BugInFixAnnouncement($id: ID!) { bug(id: $id) { ticketCount customerCount
  fixPreview { tickets customers closedTickets } fixProgress { sent total isDone } } }`);

const TICKETS = 500;
const CLOSED = 40;

// Every server and sink a test started, stopped after it (the database last).
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function instance(databaseUrl: string, smtpUrl: string): Promise<TestServer> {
  const server = await startTestServer({ databaseUrl, collectErrorLogs: true, config: { smtpUrl, supportAddress: 'help@tandem.test' } });
  const stop = server.stopKeepingDatabase;
  let stopped: Promise<void> | null = null;
  server.stopKeepingDatabase = () => (stopped ??= stop());
  cleanups.push(() => server.stopKeepingDatabase());
  return server;
}

/** `count` BUG tickets of as many customers, in one statement (the API path is covered in escalations.test.ts); `closed` of them closed. */
async function bugTickets(server: TestServer, count: number, closed: number): Promise<string[]> {
  const rows: { id: string }[] = await server.services.db.query(
    `WITH c AS (INSERT INTO customer (name, email) SELECT 'Fixed Customer ' || i, 'fixed-' || i || '@customer.test'
                  FROM generate_series(1, $1::int) i RETURNING id, email)
     INSERT INTO ticket (subject, customer_id, status, closed_at, ticket_group, type, first_response_due_at, last_customer_message_at, created_at)
     SELECT 'Export fails ' || split_part(c.email, '@', 1), c.id,
            CASE WHEN row_number() OVER () <= $2 THEN 'CLOSED' ELSE 'OPEN' END,
            CASE WHEN row_number() OVER () <= $2 THEN now() END,
            'DEVELOPMENT', 'BUG', now() + interval '1 day', now(), now()
       FROM c RETURNING id`,
    [count, closed],
  );
  return rows.map((r) => r.id);
}

/** A statement on the database itself (no instance running). */
async function query<T>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('E3: the fix announcement survives restarts, with two instances on one database', () => {
  it(`[engineer] marks a bug with ${TICKETS} linked tickets fixed; both instances stop in the middle and one starts again: every ticket gets exactly one reply and one BUG_FIXED mail, none twice, none missing`, async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const smtp = await new SmtpSink().start();
    cleanups.push(() => smtp.stop());
    const a = await instance(database.url, smtp.url);
    const b = await instance(database.url, smtp.url);

    const lena = await a.signIn('lena@example.com');
    const lenaId = await demoUserId(a, 'lena@example.com');
    const erin = await createStaff(a, { roles: ['ENGINEER'], name: 'Engineer Erin' });
    const engineer = await b.signIn(erin.email, FACTORY_PASSWORD);

    const ticketIds = await bugTickets(a, TICKETS, CLOSED);
    const [escalatedId, lastId, ...rest] = ticketIds.slice().reverse();
    const { escalateTicket } = await lena.ok(ESCALATE, {
      input: {
        ticketId: escalatedId!,
        title: 'Export to CSV fails',
        stepsToReproduce: 'Choose Export, then CSV',
        expectedResult: 'A file downloads',
        actualResult: 'An error',
        environment: 'Chrome 126, macOS 14',
        usersAffected: 1,
        severity: 'HIGH',
      },
    });
    const bugId = escalateTicket.bug!.id;
    // The other links written directly; the last one through the API, which recounts the bug.
    await a.services.db.query(
      `INSERT INTO ticket_bug_link (ticket_id, bug_id, customer_id, users_affected, linked_by_id, linked_at)
       SELECT t.id, $2, t.customer_id, 1, $3, now() FROM ticket t WHERE t.id = ANY($1::uuid[])`,
      [rest, bugId, lenaId],
    );
    await lena.ok(LINK, { input: { ticketId: lastId!, bugId } });
    const { bug: before } = await engineer.ok(BUG, { id: bugId });
    expect(before).toMatchObject({
      ticketCount: TICKETS,
      customerCount: TICKETS,
      fixPreview: { tickets: TICKETS, customers: TICKETS, closedTickets: CLOSED },
    });

    await engineer.ok(MARK_FIXED, {
      input: { id: bugId, message: 'Hi {{customer.firstName}}, ticket #{{ticket.number}} is fixed. Is it working for you now?' },
    });
    const told = async () =>
      (
        await a.services.db.query(`SELECT count(*)::int AS n FROM ticket_bug_link WHERE bug_id = $1 AND fix_announced_at IS NOT NULL`, [
          bugId,
        ])
      )[0].n as number;
    await expect.poll(told, { timeout: 15_000, interval: 5 }).toBeGreaterThan(0);
    // B goes down in the middle of the announcement, and A right after it (a deploy): each finishes
    // the batch it is in and takes no other.
    await Promise.all([b.stopKeepingDatabase(), a.stopKeepingDatabase()]);
    const atStop = await query<{ told: number; mails: number; replies: number; pending: boolean }>(
      database.url,
      `SELECT (SELECT count(*)::int FROM ticket_bug_link WHERE bug_id = $1 AND fix_announced_at IS NOT NULL) AS told,
              (SELECT count(*)::int FROM outbox_mail o JOIN ticket_bug_link l ON l.ticket_id = o.ticket_id
                WHERE l.bug_id = $1 AND o.kind = 'BUG_FIXED') AS mails,
              (SELECT count(*)::int FROM ticket_message m JOIN ticket_bug_link l ON l.ticket_id = m.ticket_id
                WHERE l.bug_id = $1 AND m.kind = 'REPLY') AS replies,
              (SELECT fix_pending FROM bug WHERE id = $1) AS pending`,
      [bugId],
    );
    // Stopped in the middle: some tickets told, each with its mail and reply, the rest still to tell.
    expect(atStop[0]!.told).toBeGreaterThan(0);
    expect(atStop[0]!.told).toBeLessThan(TICKETS);
    expect(atStop[0]).toEqual({ told: atStop[0]!.told, mails: atStop[0]!.told, replies: atStop[0]!.told, pending: true });

    const again = await instance(database.url, smtp.url);
    await expect
      .poll(async () => (await (await again.signIn(erin.email, FACTORY_PASSWORD)).ok(BUG, { id: bugId })).bug.fixProgress, {
        timeout: 30_000,
        interval: 250,
      })
      .toEqual({ sent: TICKETS, total: TICKETS, isDone: true });
    await mailsSent(again);

    const perTicket: { ticket_id: string; mails: number; replies: number; events: number; status: string }[] =
      await again.services.db.query(
        `SELECT t.id AS ticket_id, t.status,
              (SELECT count(*)::int FROM outbox_mail o WHERE o.ticket_id = t.id AND o.kind = 'BUG_FIXED') AS mails,
              (SELECT count(*)::int FROM ticket_message m WHERE m.ticket_id = t.id AND m.kind = 'REPLY') AS replies,
              (SELECT count(*)::int FROM ticket_message m WHERE m.ticket_id = t.id AND m.event = 'BUG_FIX_ANNOUNCED') AS events
         FROM ticket t WHERE t.id = ANY($1::uuid[])`,
        [ticketIds],
      );
    expect(perTicket).toHaveLength(TICKETS);
    expect(perTicket.filter((t) => t.mails !== 1 || t.replies !== 1 || t.events !== 1 || t.status !== 'PENDING')).toEqual([]);
    // Each customer received their mail once, with their own ticket's number in it.
    const received = smtp.mails.filter((m) => m.text?.includes('is fixed. Is it working for you now?'));
    expect(received).toHaveLength(TICKETS);
    const recipients = received.map((m) => (m.to as AddressObject).value[0]!.address!);
    expect(new Set(recipients).size).toBe(TICKETS);
    const numbers = new Map<string, number>(
      (
        await again.services.db.query(
          `SELECT c.email, t.number FROM ticket t JOIN customer c ON c.id = t.customer_id WHERE t.id = ANY($1::uuid[])`,
          [ticketIds],
        )
      ).map((r: { email: string; number: number }) => [r.email, r.number]),
    );
    for (const mail of received) {
      const to = (mail.to as AddressObject).value[0]!.address!;
      expect(mail.text).toContain(`ticket #${numbers.get(to)} is fixed`);
    }
    expect([...a.errorLogs, ...b.errorLogs, ...again.errorLogs]).toEqual([]);
    expect(smtp.mails.length).toBeGreaterThanOrEqual(TICKETS);
  });
});
