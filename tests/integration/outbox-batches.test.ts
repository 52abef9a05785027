import type { AddressObject } from 'mailparser';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { createTicket, latestMessageId, mailsSent } from '../support/factories.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestDatabase, startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const HOUR = 3600_000;
const REPLY = graphql(`mutation ReplyInOutboxBatches($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`);
const TICKET = graphql(`query TicketInOutboxBatches($id: ID!) { ticket(id: $id) {
  followUpDueAt timeline { __typename ... on Reply { delivery { status summary attempts } } }
} }`);

// Every server and sink a test started, stopped after it (the database last).
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database() {
  const db = await createTestDatabase();
  cleanups.push(() => db.drop());
  return db.url;
}

async function sink(options: ConstructorParameters<typeof SmtpSink>[0] = {}) {
  const started = await new SmtpSink(options).start();
  cleanups.push(() => started.stop());
  return started;
}

async function instance(databaseUrl: string, smtpUrl: string | null, smtpMaxConnections = 5): Promise<TestServer> {
  const server = await startTestServer({
    databaseUrl,
    collectErrorLogs: true,
    config: { smtpUrl, smtpMaxConnections, supportAddress: 'help@tandem.test' },
  });
  const stop = server.stopKeepingDatabase;
  let stopped: Promise<void> | null = null;
  server.stopKeepingDatabase = () => (stopped ??= stop());
  cleanups.push(() => server.stopKeepingDatabase());
  return server;
}

/** A statement on the database itself (no instance running). */
async function query<T>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Replies piling up while no SMTP server is configured: Lena answers one new ticket per address
 * (a few at a time), on an instance without SMTP_URL that is then stopped. Returns the tickets.
 */
async function backlog(databaseUrl: string, emails: string[]) {
  const writer = await instance(databaseUrl, null);
  const lena = await writer.signIn('lena@example.com');
  const tickets: { id: string; email: string }[] = [];
  for (let i = 0; i < emails.length; i += 5) {
    await Promise.all(
      emails.slice(i, i + 5).map(async (email) => {
        const ticket = await createTicket(writer, { email, type: 'QUESTION', group: 'SALES' });
        await replyOnce(lena, writer, ticket.id);
        tickets.push({ id: ticket.id, email });
      }),
    );
  }
  await writer.stopKeepingDatabase();
  return tickets;
}

async function replyOnce(agent: ApiClient, server: TestServer, ticketId: string) {
  const result = await agent.request(REPLY, {
    input: { ticketId, body: 'Here is how. Does that help?', seenMessageId: await latestMessageId(server, ticketId) },
  });
  expect(result.errors).toBeUndefined();
}

const customers = (n: number, name: string) => Array.from({ length: n }, (_, i) => `${name}-${i}@customer.test`);

/** Each mail of these tickets reached the sink exactly once: its Message-IDs are theirs, none twice. */
async function expectEachMailOnce(server: TestServer, tickets: { id: string }[], received: SmtpSink) {
  const rows: { message_id_header: string }[] = await server.services.db.query(
    `SELECT message_id_header FROM outbox_mail WHERE ticket_id = ANY($1::uuid[])`,
    [tickets.map((t) => t.id)],
  );
  expect(rows).toHaveLength(tickets.length);
  const got = received.mails.map((mail) => mail.messageId);
  expect(new Set(got).size).toBe(got.length);
  expect([...got].sort()).toEqual(rows.map((r) => r.message_id_header).sort());
}

describe('the outbox sends due mail in batches', () => {
  it('[admin] configures the SMTP server after ten replies piled up, one to an address that no longer exists: that mail is refused with the server’s answer, the nine others go out once each and start their follow-ups', async () => {
    const url = await database();
    const tickets = await backlog(url, [...customers(4, 'early'), 'refused-gone@customer.test', ...customers(5, 'late')]);
    const smtp = await sink();
    const server = await instance(url, smtp.url);
    const lena = await server.signIn('lena@example.com');

    await expect
      .poll(
        async () =>
          (await server.services.db.query(`SELECT count(*)::int AS n FROM outbox_mail WHERE status IN ('PENDING','SENDING')`))[0].n,
        {
          timeout: 10_000,
        },
      )
      .toBe(0);
    expect(smtp.mails.map((m) => (m.to as AddressObject).value[0]?.address).sort()).toEqual(
      tickets
        .map((t) => t.email)
        .filter((e) => !e.startsWith('refused'))
        .sort(),
    );
    for (const ticket of tickets) {
      const { ticket: seen } = await lena.ok(TICKET, { id: ticket.id });
      const reply = seen!.timeline.at(-1) as { delivery: { status: string; summary: string; attempts: number } };
      const [mail] = await server.services.db.query(`SELECT sent_at FROM outbox_mail WHERE ticket_id = $1`, [ticket.id]);
      if (ticket.email.startsWith('refused')) {
        expect(reply.delivery).toMatchObject({ status: 'FAILED', attempts: 1, summary: expect.stringContaining('No such mailbox') });
        // F1: a reply the customer never got starts no follow-up.
        expect(seen!.followUpDueAt).toBeNull();
      } else {
        expect(reply.delivery).toMatchObject({ status: 'SENT', attempts: 1 });
        // F1: the follow-up counts from this mail's sending.
        expect(new Date(seen!.followUpDueAt!).getTime()).toBe(mail.sent_at.getTime() + 48 * HOUR);
      }
    }
  });

  it('[admin] runs two instances on a backlog of 120 replies (more than a batch): each customer gets their mail exactly once, and every mail is marked sent', async () => {
    const url = await database();
    const tickets = await backlog(url, customers(120, 'backlog'));
    const smtp = await sink();
    const [first] = await Promise.all([instance(url, smtp.url), instance(url, smtp.url)]);
    await mailsSent(first!);
    await expectEachMailOnce(first!, tickets, smtp);
    const [{ attempts }] = await first!.services.db.query(
      `SELECT max(attempts)::int AS attempts FROM outbox_mail WHERE ticket_id = ANY($1::uuid[])`,
      [tickets.map((t) => t.id)],
    );
    expect(attempts).toBe(1);
  });

  it('[admin] stops an instance in the middle of a batch to a slow SMTP server: it finishes and records the mails it is sending, at most SMTP_MAX_CONNECTIONS at once, hands back the rest unattempted, and the next instance sends those; none lost, none twice', async () => {
    const url = await database();
    const tickets = await backlog(url, customers(40, 'restart'));
    const smtp = await sink({ answerAfterMs: 100 });
    const leaving = await instance(url, smtp.url, 2);
    await smtp.waitForMails(4);
    await leaving.stopKeepingDatabase();

    const rows = await query<{ status: string; attempts: number; n: number }>(
      url,
      `SELECT status, attempts, count(*)::int AS n FROM outbox_mail WHERE to_address LIKE 'restart-%' GROUP BY status, attempts ORDER BY status`,
    );
    // Everything the server took is marked sent; the rest waits, its attempt not counted.
    expect(rows.find((r) => r.status === 'SENT')).toEqual({ status: 'SENT', attempts: 1, n: smtp.mails.length });
    expect(rows.filter((r) => r.status !== 'SENT')).toEqual([{ status: 'PENDING', attempts: 0, n: 40 - smtp.mails.length }]);
    expect(smtp.peakConnections).toBeLessThanOrEqual(2);

    const next = await instance(url, smtp.url, 2);
    await mailsSent(next);
    await expectEachMailOnce(next, tickets, smtp);
    expect(smtp.peakConnections).toBeLessThanOrEqual(2);
  });

  it('[admin] the database will not take the result of one mail of a batch (a broken row): the other mails are still recorded sent, and that one is logged and left to its lease', async () => {
    const url = await database();
    const tickets = await backlog(url, [...customers(3, 'fine'), 'unrecordable@customer.test', ...customers(3, 'also-fine')]);
    // A broken row: it can be leased, but no result of its sending can be written.
    await query(
      url,
      `CREATE FUNCTION refuse_result() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'broken row'; END $$;
       CREATE TRIGGER broken_row BEFORE UPDATE ON outbox_mail FOR EACH ROW
         WHEN (NEW.to_address = 'unrecordable@customer.test' AND NEW.status <> 'SENDING') EXECUTE FUNCTION refuse_result()`,
    );
    const smtp = await sink();
    const server = await instance(url, smtp.url);
    const outbox = async (): Promise<{ to_address: string; status: string }[]> =>
      server.services.db.query(`SELECT to_address, status FROM outbox_mail WHERE ticket_id = ANY($1::uuid[]) ORDER BY to_address`, [
        tickets.map((t) => t.id),
      ]);
    const fine = tickets.map((t) => t.email).filter((e) => e !== 'unrecordable@customer.test');
    await expect
      .poll(async () => (await outbox()).filter((r) => r.status === 'SENT').map((r) => r.to_address), { timeout: 10_000 })
      .toEqual(fine.sort());
    await expect
      .poll(() => server.errorLogs.map((line) => line.msg))
      .toContain('could not record a mail; it goes out again after its lease');
    expect((await outbox()).filter((r) => r.status !== 'SENT')).toEqual([{ to_address: 'unrecordable@customer.test', status: 'SENDING' }]);
    expect(smtp.mails).toHaveLength(tickets.length);
  });
});
