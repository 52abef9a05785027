import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type ApiClient } from '../support/api-client.js';
import { createTicket, latestMessageId, signedInStaff } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const CREATE_LINK = graphql(
  `mutation CreateCustomerLink($id: ID!) { createCustomerLink(id: $id) { url ticket { id timeline { __typename ... on TicketEvent { kind text } } } } }`,
);
const OUTBOX_MAIL = graphql(`query OutboxMail($id: ID!) { outboxMail(id: $id) { id subject text headers { name value } } }`);
const NO_SUCH_ID = '00000000-0000-0000-0000-000000000000';

let server: TestServer;
let agent: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  // No SMTP server: mail stays in the outbox, where the admin reads it.
  server = await startTestServer({ config: { smtpUrl: null, supportAddress: 'help@tandem.test' } });
  agent = await server.signIn('lena@example.com');
  admin = await server.signIn('admin@example.com');
});
afterAll(() => server?.stop());

/** The link as this test server serves it (the URL starts with PUBLIC_URL, not the test port). */
const onServer = (url: string) => `${server.url}${new URL(url).pathname}`;

describe('createCustomerLink ("Get the customer\'s link")', () => {
  it('refuses anonymous callers and people off the rota', async () => {
    const ticket = await createTicket(server);
    expect(errorCode(await server.client().request(CREATE_LINK, { id: ticket.id }))).toBe('UNAUTHENTICATED');
    const { client: product } = await signedInStaff(server, { roles: ['PRODUCT'] });
    expect(errorCode(await product.request(CREATE_LINK, { id: ticket.id }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.request(CREATE_LINK, { id: ticket.id }))).toBe('FORBIDDEN');
    const [{ n }] = await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_link WHERE ticket_id = $1`, [ticket.id]);
    expect(n).toBe(0);
  });

  it('refuses an unknown or malformed ticket id', async () => {
    expect(errorCode(await agent.request(CREATE_LINK, { id: NO_SUCH_ID }))).toBe('NOT_FOUND');
    expect(errorCode(await agent.request(CREATE_LINK, { id: 'not-an-id' }))).toBe('NOT_FOUND');
  });

  it('[agent] gets a fresh link that opens the customer page; it is stored hashed, recorded on the timeline, and revoking ends it', async () => {
    const ticket = await createTicket(server, { subject: 'Phone call', message: 'Calling about my invoice.' });
    const { createCustomerLink } = await agent.ok(CREATE_LINK, { id: ticket.id });
    expect(createCustomerLink.url).toMatch(/\/c\/[A-Za-z0-9_-]{43}$/);
    expect(createCustomerLink.ticket.timeline.at(-1)).toEqual({
      __typename: 'TicketEvent',
      kind: 'LINK_CREATED',
      text: 'Lena Fischer created a link for the customer',
    });

    const page = await fetch(onServer(createCustomerLink.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Calling about my invoice.');

    // Only the hash is stored, as for the links in reply mails.
    const token = createCustomerLink.url.split('/c/')[1];
    const rows = await server.services.db.query(`SELECT token_hash FROM ticket_link WHERE ticket_id = $1`, [ticket.id]);
    expect(rows).toHaveLength(1);
    expect(Buffer.compare(rows[0].token_hash, createHash('sha256').update(token).digest())).toBe(0);

    // Each click is a new link; the earlier one keeps working until the links are revoked.
    const second = (await agent.ok(CREATE_LINK, { id: ticket.id })).createCustomerLink.url;
    expect(second).not.toBe(createCustomerLink.url);
    await agent.ok(graphql(`mutation RevokeTicketLinks($id: ID!) { revokeTicketLinks(id: $id) { id } }`), { id: ticket.id });
    expect((await fetch(onServer(createCustomerLink.url))).status).toBe(404);
    expect((await fetch(onServer(second))).status).toBe(404);
  });

  it('a trainee may hand out the link too, also on a closed ticket (an answer there reopens it)', async () => {
    const ticket = await createTicket(server);
    await server.services.db.query(`UPDATE ticket SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [ticket.id]);
    const trainee = await server.signIn('kate@example.com');
    const { url } = (await trainee.ok(CREATE_LINK, { id: ticket.id })).createCustomerLink;
    expect((await fetch(onServer(url))).status).toBe(200);
  });
});

describe('outboxMail (the full mail on the Outbox)', () => {
  async function mailOf(subject: string) {
    const ticket = await createTicket(server, { subject, type: 'QUESTION', group: 'SALES' });
    await agent.ok(graphql(`mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`), {
      input: {
        ticketId: ticket.id,
        body: `About ${subject}: here is how. Does that help?`,
        seenMessageId: await latestMessageId(server, ticket.id),
      },
    });
    const [row] = await server.services.db.query(`SELECT id FROM outbox_mail WHERE ticket_id = $1`, [ticket.id]);
    return { ticket, mailId: row.id as string };
  }

  it('refuses anonymous callers and anyone but admins', async () => {
    const { mailId } = await mailOf('Headers denied');
    expect(errorCode(await server.client().request(OUTBOX_MAIL, { id: mailId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await agent.request(OUTBOX_MAIL, { id: mailId }))).toBe('FORBIDDEN');
  });

  it('refuses an unknown or malformed mail id', async () => {
    expect(errorCode(await admin.request(OUTBOX_MAIL, { id: NO_SUCH_ID }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.request(OUTBOX_MAIL, { id: 'nope' }))).toBe('NOT_FOUND');
  });

  it('[admin] reads the full text and the headers of a mail', async () => {
    const { ticket, mailId } = await mailOf('Full mail');
    const { outboxMail } = await admin.ok(OUTBOX_MAIL, { id: mailId });
    expect(outboxMail.text).toContain('About Full mail: here is how. Does that help?');
    // The link is there, its token is not: it would let anyone act as the customer.
    expect(outboxMail.text).toContain('/c/(private link hidden)');
    expect(outboxMail.text).not.toMatch(/\/c\/[A-Za-z0-9_-]{43}/);
    const headers = Object.fromEntries(outboxMail.headers.map((h: { name: string; value: string }) => [h.name, h.value]));
    const [customer] = await server.services.db.query(`SELECT name, email FROM customer WHERE id = $1`, [ticket.customerId]);
    expect(headers).toMatchObject({
      From: 'Support <help@tandem.test>',
      To: `${customer.name} <${customer.email}>`,
      Subject: `[#${ticket.number}] Full mail`,
      'Message-ID': expect.stringMatching(/^<[^@]+@tandem\.test>$/),
      'Reply-To': expect.stringMatching(/^help\+\w+@tandem\.test$/),
      Date: expect.any(String),
    });
    expect(outboxMail.headers.map((h: { name: string }) => h.name).slice(0, 5)).toEqual(['Date', 'From', 'To', 'Reply-To', 'Subject']);
  });
});

describe('the customer page lists the feature requests the customer asked for', () => {
  const LINK_FEATURE = graphql(
    `mutation LinkFeatureForCustomerPage($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) { id askCount } }`,
  );
  const CREATE_FEATURE = graphql(
    `mutation CreateFeatureForCustomerPage($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { featureRequest { id } } }`,
  );
  const MERGE_FEATURES = graphql(
    `mutation MergeFeaturesForCustomerPage($duplicateId: ID!, $survivorId: ID!) { mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id } }`,
  );

  async function pageOf(ticketId: string): Promise<string> {
    const { url } = (await agent.ok(CREATE_LINK, { id: ticketId })).createCustomerLink;
    const page = await fetch(onServer(url));
    expect(page.status).toBe(200);
    return page.text();
  }

  it('[customer] reads where each of their requests stands, across their tickets, a merged one under the card it joined, escaped', async () => {
    const email = `asker-${Date.now()}@test.example`;
    const first = await createTicket(server, { email, subject: 'Dark mode?', type: 'FEATURE_REQUEST', group: 'DEVELOPMENT' });
    const second = await createTicket(server, { email, subject: 'Tablets', type: 'FEATURE_REQUEST', group: 'DEVELOPMENT' });
    const [darkMode] = await server.services.db.query(`SELECT id FROM feature_request WHERE title = 'Dark mode'`);
    await agent.ok(LINK_FEATURE, {
      input: { ticketId: first.id, featureRequestId: darkMode.id, quote: 'A dark mode, please.', importance: 'IMPORTANT' },
    });
    const ask = (quote: string) => ({ ticketId: second.id, quote, importance: 'NICE_TO_HAVE' as const });
    await agent.ok(CREATE_FEATURE, {
      input: { title: 'Kiosk mode <for tablets> & phones', tag: 'UI', ask: ask('A kiosk mode for our tablets.') },
    });
    const duplicate = (
      await agent.ok(CREATE_FEATURE, { input: { title: 'Tablet lock screen', tag: 'UX', ask: ask('Lock the tablet to our app.') } })
    ).createFeatureRequest.featureRequest;
    const product = await server.signIn('priya@example.com');
    const survivor = (await product.ok(CREATE_FEATURE, { input: { title: 'Locked-down tablets', tag: 'UX' } })).createFeatureRequest
      .featureRequest;
    await product.ok(MERGE_FEATURES, { duplicateId: duplicate.id, survivorId: survivor.id });

    const html = await pageOf(first.id);
    expect(html).toContain('What you asked us to build');
    expect(html).toContain('<li>Dark mode: planned</li>');
    expect(html).toContain('<li>Kiosk mode &lt;for tablets&gt; &amp; phones: open</li>');
    expect(html).toContain('<li>Tablet lock screen: merged into Locked-down tablets, open</li>');
    expect(html).not.toContain('<for tablets>');
    // Only this customer's asks: other customers asked for the demo's CSV export.
    expect(html).not.toContain('Export checklist results');
    // The same list from the customer's other ticket.
    expect(await pageOf(second.id)).toContain('<li>Dark mode: planned</li>');
  });

  it('[customer] who asked for nothing sees no such section', async () => {
    const ticket = await createTicket(server, { subject: 'Invoice question' });
    expect(await pageOf(ticket.id)).not.toContain('What you asked us to build');
  });
});
