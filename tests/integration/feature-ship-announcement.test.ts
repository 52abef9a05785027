import type { AddressObject } from 'mailparser';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, createStaff, demoUserId, mailsSent } from '../support/factories.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestDatabase, startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const CREATE = graphql(`mutation CreateInShipAnnouncement($input: CreateFeatureRequestInput!) {
  createFeatureRequest(input: $input) { featureRequest { id } } }`);
const MERGE = graphql(`mutation MergeInShipAnnouncement($duplicateId: ID!, $survivorId: ID!) {
  mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id askCount customerCount } }`);
const SHIP = graphql(
  `mutation ShipInShipAnnouncement($input: MarkFeatureShippedInput!) { markFeatureShipped(input: $input) { id status } }`,
);
const CARD = graphql(`query CardInShipAnnouncement($id: ID!) { featureRequest(id: $id) { askCount customerCount
  shipPreview { customers tickets } announcementProgress { sent total isDone } } }`);

/** Customers; the first TWICE of them asked on two tickets (the newer one is told). */
const CUSTOMERS = 500;
const TWICE = 150;

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

describe('FR4: telling the customers a feature shipped survives restarts, with two instances on one database', () => {
  it(`[product] marks a card shipped that ${CUSTOMERS} customers asked for across two merged cards; both instances stop midway and one starts again: every customer is told exactly once, on their most recent asking ticket, with one mail`, async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const smtp = await new SmtpSink().start();
    cleanups.push(() => smtp.stop());
    const a = await instance(database.url, smtp.url);
    const b = await instance(database.url, smtp.url);
    const lenaId = await demoUserId(a, 'lena@example.com');
    const pia = await createStaff(a, { roles: ['PRODUCT'], name: 'Product Pia' });
    const product = await b.signIn(pia.email, FACTORY_PASSWORD);

    // The tickets in one statement (the API path is covered in feature-requests.test.ts): one per
    // customer, and an older one for the first TWICE customers.
    const tickets: { id: string; customer_id: string; newest: boolean; i: number }[] = await a.services.db.query(
      `WITH c AS (INSERT INTO customer (name, email) SELECT 'Asking Customer ' || i, 'asking-' || i || '@customer.test'
                    FROM generate_series(1, $1::int) i RETURNING id, email),
            numbered AS (SELECT id, split_part(split_part(email, '@', 1), '-', 2)::int AS i FROM c),
            copies AS (SELECT n.id, n.i, k FROM numbered n, generate_series(0, 1) k WHERE k = 0 OR n.i <= $2)
       INSERT INTO ticket (subject, customer_id, status, ticket_group, type, first_response_due_at, last_customer_message_at, created_at)
       SELECT 'Dark mode ' || i || '/' || k, id, 'OPEN', 'DEVELOPMENT', 'FEATURE_REQUEST', now() + interval '1 day', now(),
              now() - (k || ' days')::interval
         FROM copies
       RETURNING id, customer_id, subject LIKE '%/0' AS newest, split_part(split_part(subject, ' ', 3), '/', 1)::int AS i`,
      [CUSTOMERS, TWICE],
    );
    expect(tickets).toHaveLength(CUSTOMERS + TWICE);
    const mk = async (title: string) => (await product.ok(CREATE, { input: { title, tag: 'UI' } })).createFeatureRequest.featureRequest.id;
    const survivorId = await mk('Dark mode');
    const duplicateId = await mk('Dark theme');
    // Customers with two tickets asked for the survivor on the older one and the duplicate on the newer one;
    // of the others, every third asked for both cards on one ticket, the rest for either card.
    const asks = tickets.flatMap((t) => {
      if (t.i <= TWICE) return [[t, t.newest ? duplicateId : survivorId] as const];
      if (t.i % 3 === 0) return [[t, survivorId] as const, [t, duplicateId] as const];
      return [[t, t.i % 2 ? survivorId : duplicateId] as const];
    });
    await a.services.db.query(
      `INSERT INTO feature_ask (ticket_id, feature_request_id, original_feature_request_id, customer_id, quote, importance, linked_by_id, linked_at)
       SELECT t, f, f, c, 'A dark mode, please', 'NICE_TO_HAVE', $4, now() - interval '1 hour'
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS x(t, f, c)`,
      [asks.map(([t]) => t.id), asks.map(([, f]) => f), asks.map(([t]) => t.customer_id), lenaId],
    );
    await a.services.db.query(
      `UPDATE ticket t SET ask_count = (SELECT count(*) FROM feature_ask a WHERE a.ticket_id = t.id)
      WHERE t.id = ANY($1::uuid[])`,
      [tickets.map((t) => t.id)],
    );
    // The merge recounts both cards.
    const { mergeFeatureRequests } = await product.ok(MERGE, { duplicateId, survivorId });
    expect(mergeFeatureRequests).toMatchObject({ askCount: CUSTOMERS + TWICE, customerCount: CUSTOMERS });
    expect((await product.ok(CARD, { id: survivorId })).featureRequest.shipPreview).toEqual({
      customers: CUSTOMERS,
      tickets: CUSTOMERS + TWICE,
    });

    const message = 'Hi {{customer.name}}, dark mode shipped (ticket #{{ticket.number}}). Does it work for you?';
    await product.ok(SHIP, { input: { id: survivorId, message } });
    const told = async () =>
      (await a.services.db.query(`SELECT count(*)::int AS n FROM feature_notice WHERE feature_request_id = $1`, [survivorId]))[0]
        .n as number;
    await expect.poll(told, { timeout: 15_000, interval: 5 }).toBeGreaterThan(0);
    // Both go down in the middle of it (a deploy): each finishes the batch it is in and takes no other.
    await Promise.all([b.stopKeepingDatabase(), a.stopKeepingDatabase()]);
    const [atStop] = await query<{ told: number; mails: number; replies: number; pending: boolean }>(
      database.url,
      `SELECT (SELECT count(*)::int FROM feature_notice WHERE feature_request_id = $1) AS told,
              (SELECT count(*)::int FROM outbox_mail WHERE kind = 'FEATURE_NEWS' AND ticket_id = ANY($2::uuid[])) AS mails,
              (SELECT count(*)::int FROM ticket_message WHERE kind = 'REPLY' AND ticket_id = ANY($2::uuid[])) AS replies,
              (SELECT announcement_pending FROM feature_request WHERE id = $1) AS pending`,
      [survivorId, tickets.map((t) => t.id)],
    );
    expect(atStop!.told).toBeGreaterThan(0);
    expect(atStop!.told).toBeLessThan(CUSTOMERS);
    expect(atStop).toEqual({ told: atStop!.told, mails: atStop!.told, replies: atStop!.told, pending: true });

    const again = await instance(database.url, smtp.url);
    const productAgain = await again.signIn(pia.email, FACTORY_PASSWORD);
    await expect
      .poll(async () => (await productAgain.ok(CARD, { id: survivorId })).featureRequest.announcementProgress, {
        timeout: 30_000,
        interval: 250,
      })
      .toEqual({ sent: CUSTOMERS, total: CUSTOMERS, isDone: true });
    await mailsSent(again);

    // Per customer: one reply and one mail, on the newest ticket that asked; none on the older one.
    const perTicket: { id: string; mails: number; replies: number; events: number }[] = await again.services.db.query(
      `SELECT t.id,
              (SELECT count(*)::int FROM outbox_mail o WHERE o.ticket_id = t.id AND o.kind = 'FEATURE_NEWS') AS mails,
              (SELECT count(*)::int FROM ticket_message m WHERE m.ticket_id = t.id AND m.kind = 'REPLY') AS replies,
              (SELECT count(*)::int FROM ticket_message m WHERE m.ticket_id = t.id AND m.event = 'FEATURE_SHIPPED') AS events
         FROM ticket t WHERE t.id = ANY($1::uuid[])`,
      [tickets.map((t) => t.id)],
    );
    const newest = new Set(tickets.filter((t) => t.newest).map((t) => t.id));
    expect(newest.size).toBe(CUSTOMERS);
    const wrong = perTicket.filter((t) => {
      const expected = newest.has(t.id) ? 1 : 0;
      return t.mails !== expected || t.replies !== expected || t.events !== expected;
    });
    expect(wrong).toEqual([]);
    const received = smtp.mails.filter((m) => m.text?.includes('dark mode shipped'));
    expect(received).toHaveLength(CUSTOMERS);
    const recipients = received.map((m) => (m.to as AddressObject).value[0]!.address!);
    expect(new Set(recipients).size).toBe(CUSTOMERS);
    const numbers = new Map<string, number>(
      (
        await again.services.db.query(
          `SELECT c.email, t.number FROM ticket t JOIN customer c ON c.id = t.customer_id WHERE t.id = ANY($1::uuid[])`,
          [[...newest]],
        )
      ).map((r: { email: string; number: number }) => [r.email, r.number]),
    );
    for (const mail of received) {
      expect(mail.text).toContain(`(ticket #${numbers.get((mail.to as AddressObject).value[0]!.address!)})`);
    }
    // Marking it shipped again with the same message (a retry) tells nobody again.
    await productAgain.ok(SHIP, { input: { id: survivorId, message } });
    await again.services.featureAnnouncer.announceDue();
    const [{ n }] = await again.services.db.query(
      `SELECT count(*)::int AS n FROM outbox_mail o JOIN ticket_message m ON m.id = o.message_id WHERE o.kind = 'FEATURE_NEWS' AND m.body LIKE '%dark mode shipped%'`,
    );
    expect(n).toBe(CUSTOMERS);
    expect([...a.errorLogs, ...b.errorLogs, ...again.errorLogs]).toEqual([]);
  });
});
