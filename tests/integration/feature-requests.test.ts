import { randomUUID } from 'node:crypto';
import { featureTally, type TallyAsk } from '@tandem/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, invalidVariables, type ApiClient, type GraphQLResult } from '../support/api-client.js';
import { createTicket, latestMessageId, signedInStaff, type TicketOptions } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { FeatureOrder, RankingInFeatureRequestsQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';

const CREATE = graphql(`mutation CreateInFeatureRequests($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) {
  featureRequest { id number reference title description tag status askCount customerCount createdBy { name } }
  ticket { id askCount asks { id quote importance featureRequest { id reference } } checklist { id status reason } } } }`);
const LINK = graphql(`mutation LinkInFeatureRequests($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) {
  id askCount asks { id quote importance linkedBy { name } featureRequest { id reference status customerCount } }
  checklist { id status reason } } }`);
const UNLINK = graphql(`mutation UnlinkInFeatureRequests($id: ID!) { unlinkAsk(id: $id) {
  id askCount asks { id } checklist { id status reason } } }`);
const UPDATE = graphql(`mutation UpdateInFeatureRequests($input: UpdateFeatureRequestInput!) { updateFeatureRequest(input: $input) {
  id version title description tag status owner { id } declinedAt } }`);
const MERGE = graphql(`mutation MergeInFeatureRequests($duplicateId: ID!, $survivorId: ID!) {
  mergeFeatureRequests(duplicateId: $duplicateId, survivorId: $survivorId) { id askCount customerCount revenueCents } }`);
const SPLIT = graphql(`mutation SplitInFeatureRequests($id: ID!) { splitFeatureRequest(id: $id) {
  id status askCount customerCount mergedInto { id } } }`);
const SHIP = graphql(`mutation ShipInFeatureRequests($input: MarkFeatureShippedInput!) { markFeatureShipped(input: $input) {
  id status shippedAt announcementMessage } }`);
const CARD = graphql(`query CardInFeatureRequests($id: ID!) { featureRequest(id: $id) {
  id number reference title description tag status version
  askCount customerCount companyCount revenueCents highValueCount blockerCount lastAskedAt recentAsks previousAsks trend
  owner { id } createdBy { name } mergedInto { id } announcementMessage shippedAt declinedAt
  shipPreview { customers tickets closedTickets sentence }
  announcementProgress { kind sent total isDone sentence }
  viewerCan { edit { allowed code reason } merge { allowed } markShipped { allowed code } link { allowed code } }
  asks(first: 100) { edges { node { id quote importance ticket { id } customer { id } linkedBy { name } featureRequest { id } } }
    pageInfo { hasNextPage endCursor } }
  history { kind text } } }`);
const RANKING = graphql(`query RankingInFeatureRequests($first: Int, $after: String, $filter: FeatureRequestsFilter) {
  featureRequests(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id number reference status tag askCount customerCount revenueCents trend recentAsks owner { id } } }
    pageInfo { hasNextPage endCursor } } }`);
const SIMILAR = graphql(`query SimilarInFeatureRequests($title: String!, $quote: String!, $first: Int) {
  similarFeatureRequests(title: $title, quote: $quote, first: $first) { similarity featureRequest { id } } }`);
const TICKET = graphql(`query TicketInFeatureRequests($id: ID!) { ticket(id: $id) {
  id number status askCount askQuote asks { id quote importance featureRequest { id reference status title } }
  checklist { id status reason } viewerCan { reply { allowed code reason } close { allowed code reason } }
  timeline { __typename ... on TicketEvent { kind text } ... on Reply { body } } } }`);
const CLAIM = graphql(`mutation ClaimInFeatureRequests($id: ID!) { claimTicket(id: $id) { id } }`);
const CLOSE = graphql(`mutation CloseInFeatureRequests($id: ID!) { closeTicket(id: $id) { id status } }`);
const REPLY = graphql(`mutation ReplyInFeatureRequests($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`);
const DRAFT = graphql(`mutation DraftInFeatureRequests($input: SubmitDraftInput!) { submitDraft(input: $input) { id } }`);
const APPROVE = graphql(`mutation ApproveInFeatureRequests($input: ApproveDraftInput!) { approveDraft(input: $input) { id } }`);
const REPORTS = graphql(`query ReportsInFeatureRequests($first: Int, $after: String) { featureReports(first: $first, after: $after) {
  edges { node { id kind status periodLabel } } pageInfo { hasNextPage endCursor } } }`);
const REPORT = graphql(`query ReportInFeatureRequests($id: ID!) { featureReport(id: $id) {
  id kind status periodStart periodEnd periodLabel size compiledAt publishedAt compiledBy { name } publishedBy { name }
  entries { rank previousRank change { kind by label } reference title tag status asks customers companies revenueCents
    highValueCustomers blockers trend note }
  shipped { reference title customers }
  markdown csv viewerCan { change { allowed code } } } }`);
const COMPILE = graphql(
  `mutation CompileInFeatureRequests { compileFeatureReport { id kind status periodLabel entries { rank reference } } }`,
);
const NOTE = graphql(`mutation NoteInFeatureRequests($reportId: ID!, $featureRequestId: ID!, $note: String!) {
  setFeatureReportNote(reportId: $reportId, featureRequestId: $featureRequestId, note: $note) { rank reference note } }`);
const PUBLISH = graphql(`mutation PublishInFeatureRequests($id: ID!) { publishFeatureReport(id: $id) {
  id status publishedAt publishedBy { name } } }`);

let server: TestServer;
let agent: ApiClient;
let manager: ApiClient;
let trainee: ApiClient;
let engineer: ApiClient;
let product: ApiClient;
let productId: string;
let productName: string;
/** Product only: reads, creates, but is not on the rota. */
let productOnly: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  agent = await server.signIn('lena@example.com');
  manager = await server.signIn('peyton@example.com');
  trainee = await server.signIn('kate@example.com');
  engineer = (await signedInStaff(server, { roles: ['ENGINEER'] })).client;
  const p = await signedInStaff(server, { roles: ['PRODUCT'], name: 'Product Pia' });
  product = p.client;
  productOnly = p.client;
  productId = p.user.id;
  productName = p.user.name;
  admin = (await signedInStaff(server, { roles: ['ADMIN'] })).client;
});
afterAll(() => server?.stop());

const tag = () => `z${randomUUID().replaceAll('-', '').slice(0, 10)}`;
const db = () => server.services.db;

/** A FEATURE_REQUEST ticket in Development from a new customer (or `email`'s), with revenue and company when asked. */
async function askingTicket(options: TicketOptions & { revenueCents?: number; company?: string | null } = {}) {
  const ticket = await createTicket(server, {
    message: 'Hi team,\nCould you add a dark mode? My eyes hurt in the evening.\nThanks, Sam',
    ...options,
    type: 'FEATURE_REQUEST',
    group: 'DEVELOPMENT',
  });
  if (options.revenueCents !== undefined || options.company !== undefined) {
    await db().query(
      `UPDATE customer SET monthly_revenue_cents = coalesce($2, monthly_revenue_cents), company = CASE WHEN $4 THEN $3 ELSE company END
        WHERE id = $1`,
      [ticket.customerId, options.revenueCents ?? null, options.company ?? null, options.company !== undefined],
    );
  }
  return ticket;
}

function create(
  client: ApiClient,
  input: { title?: string | null; description?: string; tag?: 'UI' | 'UX' | 'TECHNICAL' | null; ask?: unknown },
) {
  return client.request(CREATE, { input: input as never });
}

/** A new card by product, without an ask; its title carries a word of its own. */
async function card(fields: { title?: string; description?: string; tag?: 'UI' | 'UX' | 'TECHNICAL' } = {}) {
  const result = await create(product, {
    title: fields.title ?? `Dark mode ${tag()}`,
    description: fields.description ?? '',
    tag: fields.tag ?? 'UI',
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.createFeatureRequest.featureRequest;
}

type Importance = 'NICE_TO_HAVE' | 'IMPORTANT' | 'BLOCKER';
function link(client: ApiClient, ticketId: string, featureRequestId: string, quote = 'A dark mode, please', importance?: Importance) {
  return client.request(LINK, { input: { ticketId, featureRequestId, quote, ...(importance ? { importance } : {}) } });
}

async function linked(client: ApiClient, ticketId: string, featureRequestId: string, quote?: string, importance?: Importance) {
  const result = await link(client, ticketId, featureRequestId, quote, importance);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.linkTicketToFeatureRequest;
}

async function readCard(id: string, client: ApiClient = product) {
  return (await client.ok(CARD, { id })).featureRequest;
}

async function readTicket(id: string, client: ApiClient = agent) {
  return (await client.ok(TICKET, { id })).ticket;
}

function expectCode(result: GraphQLResult, code: string) {
  expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
  expect(result.data ?? null).toBeNull();
}

/** The card's row as stored: to check a refused change changed nothing. */
async function cardRow(id: string) {
  const [row] = await db().query(
    `SELECT title, description, tag, status, version, owner_id, merged_into_id, ask_count, customer_count, revenue_cents, updated_at,
            announcement, announcement_message, (SELECT count(*)::int FROM feature_ask a WHERE a.feature_request_id = f.id) AS asks,
            (SELECT count(*)::int FROM feature_request_event e WHERE e.feature_request_id = f.id) AS events
       FROM feature_request f WHERE id = $1`,
    [id],
  );
  return row;
}

const count = async (sql: string, params: unknown[] = []) => (await db().query(sql, params))[0].n as number;
const cardCount = () => count(`SELECT count(*)::int AS n FROM feature_request`);
const askCountOf = (ticketId: string) => count(`SELECT count(*)::int AS n FROM feature_ask WHERE ticket_id = $1`, [ticketId]);

/** FR2: the shared rule's tally of the card's asks as stored now. */
async function sharedTally(cardId: string) {
  const rows: Record<string, unknown>[] = await db().query(
    `SELECT a.ticket_id, a.customer_id, c.company, c.monthly_revenue_cents, a.importance, a.linked_at,
            (c.plan = 'PREMIUM' OR c.monthly_revenue_cents >= (SELECT high_value_revenue_cents FROM team_settings)) AS high_value
       FROM feature_ask a JOIN customer c ON c.id = a.customer_id WHERE a.feature_request_id = $1`,
    [cardId],
  );
  const asks: TallyAsk[] = rows.map((r) => ({
    ticketId: r.ticket_id as string,
    customerId: r.customer_id as string,
    company: r.company as string | null,
    monthlyRevenueCents: Number(r.monthly_revenue_cents),
    isHighValue: r.high_value as boolean,
    importance: r.importance as Importance,
    askedAt: r.linked_at as Date,
  }));
  return featureTally(asks, server.services.clock.now());
}

async function expectTallyMatches(cardId: string) {
  const tally = await sharedTally(cardId);
  const c = await readCard(cardId);
  expect({
    asks: c.askCount,
    customers: c.customerCount,
    companies: c.companyCount,
    revenueCents: c.revenueCents,
    highValueCustomers: c.highValueCount,
    blockers: c.blockerCount,
    recentAsks: c.recentAsks,
    previousAsks: c.previousAsks,
    trend: c.trend,
    lastAskedAt: c.lastAskedAt ? new Date(c.lastAskedAt as string).toISOString() : null,
  }).toEqual({ ...tally, lastAskedAt: tally.lastAskedAt?.toISOString() ?? null });
  return c;
}

const checklistC4 = (t: { checklist: { id: string; status: string; reason?: string | null }[] }) => t.checklist.find((s) => s.id === 'C4')!;

describe('C4/FR1: a feature-request ticket is linked before it is answered or closed', () => {
  it('C4/FR1: an unlinked FEATURE_REQUEST ticket cannot be replied to, drafted for or closed (FEATURE_REQUEST_NOT_LINKED); the checklist says why', async () => {
    const ticket = await askingTicket();
    await agent.ok(CLAIM, { id: ticket.id });
    const t = await readTicket(ticket.id);
    expect(checklistC4(t)).toMatchObject({ status: 'TODO', reason: expect.stringMatching(/link it to the request it asks for.*\(C4\)/) });
    expect(t.viewerCan.reply).toMatchObject({ allowed: false, code: 'FEATURE_REQUEST_NOT_LINKED' });
    expect(t.viewerCan.close).toMatchObject({ allowed: false, code: 'FEATURE_REQUEST_NOT_LINKED' });
    const seenMessageId = await latestMessageId(server, ticket.id);
    const messagesBefore = await count(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1`, [ticket.id]);
    expectCode(
      await agent.request(REPLY, { input: { ticketId: ticket.id, body: 'Thanks for the idea! Anything else?', seenMessageId } }),
      'FEATURE_REQUEST_NOT_LINKED',
    );
    expectCode(await agent.request(CLOSE, { id: ticket.id }), 'FEATURE_REQUEST_NOT_LINKED');
    // A trainee's draft may wait for review, but approving it (sending it) waits for C4 too.
    const other = await askingTicket();
    const { submitDraft } = await trainee.ok(DRAFT, {
      input: { ticketId: other.id, body: 'Thanks for the idea! Anything else?', seenMessageId: await latestMessageId(server, other.id) },
    });
    expectCode(
      await manager.request(APPROVE, { input: { draftId: submitDraft.id, seenMessageId: await latestMessageId(server, other.id) } }),
      'FEATURE_REQUEST_NOT_LINKED',
    );
    expect(await count(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [other.id])).toBe(0);
    await linked(trainee, other.id, (await card()).id);
    await manager.ok(APPROVE, { input: { draftId: submitDraft.id, seenMessageId: await latestMessageId(server, other.id) } });
    expect(await count(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [other.id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1`, [ticket.id])).toBe(messagesBefore);
    expect((await readTicket(ticket.id)).status).not.toBe('CLOSED');
  });

  it('C4/FR1: once linked, the ticket is replied to and closed; unlinking its only ask makes C4 to do again', async () => {
    const c = await card();
    const ticket = await askingTicket();
    await agent.ok(CLAIM, { id: ticket.id });
    const after = await linked(agent, ticket.id, c.id);
    expect(after.askCount).toBe(1);
    expect(checklistC4(after).status).toBe('DONE');
    await agent.ok(REPLY, {
      input: {
        ticketId: ticket.id,
        body: 'I added your vote to the dark mode request. Anything else?',
        seenMessageId: await latestMessageId(server, ticket.id),
      },
    });
    const ask = after.asks[0]!;
    const unlinked = (await agent.ok(UNLINK, { id: ask.id })).unlinkAsk;
    expect(unlinked).toMatchObject({ askCount: 0, asks: [] });
    expect(checklistC4(unlinked).status).toBe('TODO');
    expectCode(await agent.request(CLOSE, { id: ticket.id }), 'FEATURE_REQUEST_NOT_LINKED');
    await linked(agent, ticket.id, c.id);
    expect((await agent.ok(CLOSE, { id: ticket.id })).closeTicket.status).toBe('CLOSED');
  });

  it('C4: other ticket types need no ask', async () => {
    const question = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
    const t = await readTicket(question.id);
    expect(t.asks).toEqual([]);
    expect(t.viewerCan.close.code).not.toBe('FEATURE_REQUEST_NOT_LINKED');
  });
});

describe('createFeatureRequest (FR1)', () => {
  it('FR1: refuses anonymous callers and engineers (FORBIDDEN); nothing is created', async () => {
    const before = await cardCount();
    expectCode(await create(server.client(), { title: 'Dark mode', tag: 'UI' }), 'UNAUTHENTICATED');
    expectCode(await create(engineer, { title: 'Dark mode', tag: 'UI' }), 'FORBIDDEN');
    expectCode(await create(admin, { title: 'Dark mode', tag: 'UI' }), 'FORBIDDEN');
    expect(await cardCount()).toBe(before);
  });

  it('FR1: a missing tag, an empty or too long title, control characters, a bad tag are BAD_USER_INPUT; nothing is stored', async () => {
    const ticket = await askingTicket();
    const before = await cardCount();
    const noTag = await create(agent, { title: 'Dark mode' });
    expectCode(noTag, 'BAD_USER_INPUT');
    expect(noTag.errors![0]!.message).toBe('Tag the request UI, UX or Technical (FR1).');
    expectCode(await create(agent, { title: 'Dark mode', tag: null, ask: { ticketId: ticket.id, quote: 'Dark mode' } }), 'BAD_USER_INPUT');
    expectCode(await create(agent, { title: '   ', tag: 'UI' }), 'BAD_USER_INPUT');
    expectCode(await create(agent, { tag: 'UI' }), 'BAD_USER_INPUT');
    expectCode(await create(agent, { title: 'x'.repeat(1000), tag: 'UI' }), 'BAD_USER_INPUT');
    expectCode(await create(agent, { title: 'Dark\u0000mode', tag: 'UI' }), 'BAD_USER_INPUT');
    expectCode(await create(agent, { title: 'Dark mode', description: 'x\u0007', tag: 'UI' }), 'BAD_USER_INPUT');
    expectCode(await create(agent, { title: 'Dark mode', description: 'x'.repeat(100_000), tag: 'UI' }), 'BAD_USER_INPUT');
    expectCode(await agent.request(CREATE, invalidVariables({ input: { title: 'Dark mode', tag: 'PRETTY' } })), 'BAD_USER_INPUT');
    // The ask: empty or too long a quote, control characters, a forged ticket.
    expectCode(await create(agent, { title: 'Dark mode', tag: 'UI', ask: { ticketId: ticket.id, quote: '  ' } }), 'BAD_USER_INPUT');
    expectCode(
      await create(agent, { title: 'Dark mode', tag: 'UI', ask: { ticketId: ticket.id, quote: 'x'.repeat(100_000) } }),
      'BAD_USER_INPUT',
    );
    expectCode(await create(agent, { title: 'Dark mode', tag: 'UI', ask: { ticketId: ticket.id, quote: 'dark\u0000' } }), 'BAD_USER_INPUT');
    expectCode(await create(agent, { title: 'Dark mode', tag: 'UI', ask: { ticketId: randomUUID(), quote: 'Dark mode' } }), 'NOT_FOUND');
    expectCode(await create(agent, { title: 'Dark mode', tag: 'UI', ask: { ticketId: "1' OR 1=1 --", quote: 'Dark mode' } }), 'NOT_FOUND');
    expect(await cardCount()).toBe(before);
    expect(await askCountOf(ticket.id)).toBe(0);
  });

  it('FR1: product (not on the rota) may create a card but not link a ticket in the same click', async () => {
    const ticket = await askingTicket();
    const before = await cardCount();
    expectCode(
      await create(productOnly, { title: `Dark mode ${tag()}`, tag: 'UI', ask: { ticketId: ticket.id, quote: 'Dark mode' } }),
      'FORBIDDEN',
    );
    expect(await cardCount()).toBe(before);
    const made = await card({ tag: 'UX' });
    expect(made).toMatchObject({ status: 'OPEN', tag: 'UX', askCount: 0, createdBy: { name: productName } });
    expect(made.reference).toBe(`FR-${made.number}`);
  });

  it('FR1: a trainee creates the card from the ticket: linked at once, C4 done, the card counts the ask', async () => {
    const ticket = await askingTicket({ revenueCents: 4_200 });
    const title = `Dark mode ${tag()}`;
    const { createFeatureRequest } = await trainee.ok(CREATE, {
      input: {
        title,
        description: 'A darker theme',
        tag: 'UI',
        ask: { ticketId: ticket.id, quote: '  Could you add a dark mode?  ', importance: 'IMPORTANT' },
      },
    });
    const { featureRequest: made, ticket: t } = createFeatureRequest;
    expect(made).toMatchObject({ title, description: 'A darker theme', tag: 'UI', status: 'OPEN', askCount: 1, customerCount: 1 });
    expect(t!.askCount).toBe(1);
    expect(t!.asks).toEqual([
      {
        id: expect.any(String),
        quote: 'Could you add a dark mode?',
        importance: 'IMPORTANT',
        featureRequest: { id: made.id, reference: made.reference },
      },
    ]);
    expect(checklistC4(t!).status).toBe('DONE');
    expect((await readCard(made.id)).revenueCents).toBe(4_200);
    expect((await readCard(made.id)).history.map((h) => h.kind)).toEqual(['CREATED', 'ASK_LINKED']);
  });
});

describe('linkTicketToFeatureRequest and unlinkAsk (FR1, FR2)', () => {
  it('FR1: refuses anonymous callers, engineers and product-only people (FORBIDDEN); nothing is linked', async () => {
    const c = await card();
    const ticket = await askingTicket();
    const before = await cardRow(c.id);
    expectCode(await link(server.client(), ticket.id, c.id), 'UNAUTHENTICATED');
    expectCode(await link(engineer, ticket.id, c.id), 'FORBIDDEN');
    expectCode(await link(productOnly, ticket.id, c.id), 'FORBIDDEN');
    expect(await cardRow(c.id)).toEqual(before);
    expect(await askCountOf(ticket.id)).toBe(0);
    expect((await linked(trainee, ticket.id, c.id)).askCount).toBe(1);
  });

  it('FR1: forged ids are NOT_FOUND; bad quotes and importance BAD_USER_INPUT; a merged card FEATURE_REQUEST_MERGED; nothing changes', async () => {
    const c = await card();
    const ticket = await askingTicket();
    const before = await cardRow(c.id);
    expectCode(await link(agent, ticket.id, randomUUID()), 'NOT_FOUND');
    expectCode(await link(agent, ticket.id, 'FR-1'), 'NOT_FOUND');
    expectCode(await link(agent, randomUUID(), c.id), 'NOT_FOUND');
    expectCode(await link(agent, "1' OR 1=1 --", c.id), 'NOT_FOUND');
    expectCode(await link(agent, ticket.id, c.id, '   '), 'BAD_USER_INPUT');
    expectCode(await link(agent, ticket.id, c.id, 'x'.repeat(100_000)), 'BAD_USER_INPUT');
    expectCode(await link(agent, ticket.id, c.id, 'dark\u0000mode'), 'BAD_USER_INPUT');
    expectCode(
      await agent.request(
        LINK,
        invalidVariables({ input: { ticketId: ticket.id, featureRequestId: c.id, quote: 'x', importance: 'URGENT' } }),
      ),
      'BAD_USER_INPUT',
    );
    expect(await cardRow(c.id)).toEqual(before);
    expect(await askCountOf(ticket.id)).toBe(0);
    const survivor = await card();
    await manager.ok(MERGE, { duplicateId: c.id, survivorId: survivor.id });
    const merged = await link(agent, ticket.id, c.id);
    expectCode(merged, 'FEATURE_REQUEST_MERGED');
    expect(await askCountOf(ticket.id)).toBe(0);
    // Asks are numbered: a number that names none is NOT_FOUND, anything else BAD_USER_INPUT.
    expectCode(await agent.request(UNLINK, { id: '999999999999' }), 'NOT_FOUND');
    expectCode(await agent.request(UNLINK, { id: 'nope' }), 'BAD_USER_INPUT');
    expectCode(await agent.request(UNLINK, { id: randomUUID() }), 'BAD_USER_INPUT');
    expectCode(await agent.request(UNLINK, { id: '99999999999999999999999' }), 'BAD_USER_INPUT');
  });

  it('FR1: linking the same ticket again updates the quote and importance, counts once, and records one event', async () => {
    const c = await card();
    const ticket = await askingTicket();
    await linked(agent, ticket.id, c.id, 'Dark mode', 'NICE_TO_HAVE');
    await Promise.all([linked(agent, ticket.id, c.id, 'Dark mode!', 'BLOCKER'), linked(manager, ticket.id, c.id, 'Dark mode!', 'BLOCKER')]);
    const t = await readTicket(ticket.id);
    expect(t.askCount).toBe(1);
    expect(t.asks.map((a) => [a.quote, a.importance])).toEqual([['Dark mode!', 'BLOCKER']]);
    const after = await readCard(c.id);
    expect(after).toMatchObject({ askCount: 1, customerCount: 1, blockerCount: 1 });
    expect(after.history.filter((h) => h.kind === 'ASK_LINKED')).toHaveLength(1);
    expect(t.timeline.filter((e) => e.__typename === 'TicketEvent' && e.kind === 'FEATURE_LINKED')).toHaveLength(1);
  });

  it('FR1: a ticket whose ask came to a card by a merge, linked to that card again, keeps one ask there in the new words', async () => {
    const duplicate = await card();
    const survivor = await card();
    const ticket = await askingTicket();
    await linked(agent, ticket.id, duplicate.id, 'night theme');
    await product.ok(MERGE, { duplicateId: duplicate.id, survivorId: survivor.id });
    await linked(agent, ticket.id, survivor.id, 'dark mode, really', 'BLOCKER');
    const t = await readTicket(ticket.id);
    expect(t.askCount).toBe(1);
    expect(t.asks.map((x) => [x.featureRequest.id, x.quote, x.importance])).toEqual([[survivor.id, 'dark mode, really', 'BLOCKER']]);
    expect(await readCard(survivor.id)).toMatchObject({ askCount: 1, customerCount: 1, blockerCount: 1 });
  });

  it('FR1: a ticket that asked for two cards merged since shows the survivor once; unlinking it there takes the ticket off the card', async () => {
    const duplicate = await card();
    const survivor = await card();
    const ticket = await askingTicket();
    await linked(agent, ticket.id, duplicate.id, 'night theme');
    await linked(agent, ticket.id, survivor.id, 'dark mode');
    await product.ok(MERGE, { duplicateId: duplicate.id, survivorId: survivor.id });
    const t = await readTicket(ticket.id);
    expect(t.askCount).toBe(2);
    expect(t.asks.map((x) => [x.featureRequest.id, x.quote])).toEqual([[survivor.id, 'dark mode']]);
    expect(await readCard(survivor.id)).toMatchObject({ askCount: 1, customerCount: 1 });
    await agent.ok(UNLINK, { id: t.asks[0]!.id });
    const after = await readTicket(ticket.id);
    expect(after).toMatchObject({ askCount: 0, asks: [] });
    expect(await readCard(survivor.id)).toMatchObject({ askCount: 0, customerCount: 0 });
  });

  it('FR1: a ticket may ask for several cards; Ticket.asks lists them with their status; askQuote comes from the customer’s words', async () => {
    const a = await card();
    const b = await card({ tag: 'TECHNICAL' });
    const ticket = await askingTicket({ message: 'Hello,\nWould you please add an API for exports? We need it badly.\nBest regards, Jo' });
    await linked(agent, ticket.id, a.id, 'dark');
    await linked(agent, ticket.id, b.id, 'api');
    const t = await readTicket(ticket.id);
    expect(t.askCount).toBe(2);
    expect(t.asks.map((x) => x.featureRequest.id)).toEqual([a.id, b.id]);
    expect(t.asks[0]!.featureRequest).toMatchObject({ reference: a.reference, status: 'OPEN', title: a.title });
    expect(t.askQuote).toBe('Would you please add an API for exports? We need it badly.');
  });

  it('FR1: unlinking refuses anonymous callers and engineers; it counts the ask out and shows on both histories', async () => {
    const c = await card();
    const ticket = await askingTicket({ revenueCents: 3_000 });
    const { asks } = await linked(agent, ticket.id, c.id);
    expect((await readCard(c.id)).revenueCents).toBe(3_000);
    expectCode(await server.client().request(UNLINK, { id: asks[0]!.id }), 'UNAUTHENTICATED');
    expectCode(await engineer.request(UNLINK, { id: asks[0]!.id }), 'FORBIDDEN');
    expectCode(await productOnly.request(UNLINK, { id: asks[0]!.id }), 'FORBIDDEN');
    expect(await askCountOf(ticket.id)).toBe(1);
    await agent.ok(UNLINK, { id: asks[0]!.id });
    expect(await readCard(c.id)).toMatchObject({ askCount: 0, customerCount: 0, revenueCents: 0 });
    expect((await readCard(c.id)).history.at(-1)!.kind).toBe('ASK_UNLINKED');
    expect((await readTicket(ticket.id)).timeline.some((e) => e.__typename === 'TicketEvent' && e.kind === 'FEATURE_UNLINKED')).toBe(true);
    expectCode(await agent.request(UNLINK, { id: asks[0]!.id }), 'NOT_FOUND');
  });
});

describe('FR2: the tally', () => {
  it('FR2: the tally equals the shared featureTally: distinct customers, revenue once per customer, companies, high value, blockers, trend', async () => {
    const c = await card();
    const email = `repeat-${tag()}@test.example`;
    const first = await askingTicket({ email, revenueCents: 5_000, company: 'Bakery Ltd' });
    const again = await askingTicket({ email });
    const colleague = await askingTicket({ revenueCents: 7_000, company: ' bakery ltd ' });
    const premium = await askingTicket({ plan: 'PREMIUM', company: null });
    const loner = await askingTicket({ revenueCents: 0, company: '' });
    await linked(agent, first.id, c.id, 'dark', 'NICE_TO_HAVE');
    await linked(agent, again.id, c.id, 'dark again', 'BLOCKER');
    await linked(agent, colleague.id, c.id, 'dark', 'IMPORTANT');
    await linked(agent, premium.id, c.id, 'dark', 'BLOCKER');
    await linked(agent, loner.id, c.id, 'dark');
    const tallied = await expectTallyMatches(c.id);
    expect(tallied).toMatchObject({
      askCount: 5,
      customerCount: 4,
      companyCount: 3,
      revenueCents: 5_000 + 7_000 + 10_000,
      highValueCount: 1,
      blockerCount: 2,
      recentAsks: 5,
      previousAsks: 0,
      trend: 5,
    });
    // Asks 40 days old count in the 30 days before: the trend moves (the hourly recount sees it).
    await db().query(`UPDATE feature_ask SET linked_at = now() - interval '40 days' WHERE ticket_id = ANY($1::uuid[])`, [
      [first.id, again.id, colleague.id],
    ]);
    await db().query(`UPDATE feature_request SET tally_at = now() - interval '2 hours' WHERE id = $1`, [c.id]);
    await server.services.featureScheduler.refreshTrends();
    expect(await expectTallyMatches(c.id)).toMatchObject({ recentAsks: 2, previousAsks: 3, trend: -1 });
  });

  it('FR2: concurrent linking keeps counts exact: 30 tickets of 12 customers linked in parallel to one card, with a concurrent merge into it', async () => {
    const target = await card();
    const duplicate = await card();
    const emails = Array.from({ length: 12 }, (_, i) => `parallel-${i}-${tag()}@test.example`);
    const tickets = [];
    for (let i = 0; i < 30; i++) tickets.push(await askingTicket({ email: emails[i % 12], revenueCents: 1_000 * ((i % 12) + 1) }));
    // The duplicate carries asks of four of the same customers and two others.
    const dupTickets = [
      ...(await Promise.all(emails.slice(0, 4).map((email) => askingTicket({ email })))),
      await askingTicket({ revenueCents: 500 }),
      await askingTicket({ revenueCents: 700 }),
    ];
    for (const t of dupTickets) await linked(manager, t.id, duplicate.id);
    const ben = await server.signIn('ben@example.com');
    const clients = [agent, manager, ben, trainee];
    const results = await Promise.all([
      ...tickets.map((t, i) => link(clients[i % clients.length]!, t.id, target.id, `quote ${i}`)),
      manager.request(MERGE, { duplicateId: duplicate.id, survivorId: target.id }),
    ]);
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const after = await expectTallyMatches(target.id);
    expect(after).toMatchObject({ askCount: 36, customerCount: 14 });
    expect(after.revenueCents).toBe(Array.from({ length: 12 }, (_, i) => 1_000 * (i + 1)).reduce((a, b) => a + b, 0) + 1_200);
    expect(await readCard(duplicate.id)).toMatchObject({ status: 'MERGED', askCount: 0, mergedInto: { id: target.id } });
    const perTicket: { n: number }[] = await db().query(
      `SELECT t.ask_count - (SELECT count(*) FROM feature_ask a WHERE a.ticket_id = t.id) AS n FROM ticket t WHERE t.id = ANY($1::uuid[])`,
      [[...tickets, ...dupTickets].map((t) => t.id)],
    );
    expect(perTicket.every((r) => Number(r.n) === 0)).toBe(true);
  });
});

describe('featureRequests: the ranking (FR2)', () => {
  const word = tag();
  const cards: { id: string; number: number; reference: string }[] = [];
  // Per card: [customers, extra tickets of the first customer, revenue per customer, old asks]
  const shapes: [number, number, number, number][] = [
    [3, 0, 1_000, 0],
    [1, 4, 50_000, 0],
    [2, 1, 9_000, 2],
    [4, 0, 100, 3],
    [2, 0, 9_000, 0],
    [0, 0, 0, 0],
  ];

  beforeAll(async () => {
    for (const [i, [customers, extra, revenue, old]] of shapes.entries()) {
      const c = await card({ title: `Ranking ${word} card${i} ${tag()}`, tag: i % 2 ? 'UX' : 'UI' });
      cards.push(c);
      const email = `rank-${i}-${tag()}@test.example`;
      for (let k = 0; k < customers; k++) {
        const t = await askingTicket({ ...(k === 0 ? { email } : {}), revenueCents: revenue });
        await linked(agent, t.id, c.id, `card ${i}`);
      }
      for (let k = 0; k < extra; k++) await linked(agent, (await askingTicket({ email })).id, c.id, `card ${i} again`);
      if (old > 0) {
        await db().query(
          `UPDATE feature_ask SET linked_at = now() - interval '45 days' WHERE id IN (SELECT id FROM feature_ask WHERE feature_request_id = $1 ORDER BY id LIMIT $2)`,
          [c.id, old],
        );
        await db().query(`UPDATE feature_request SET tally_at = now() - interval '2 hours' WHERE id = $1`, [c.id]);
      }
    }
    await server.services.featureScheduler.refreshTrends();
  });

  const ids = (r: RankingInFeatureRequestsQuery) => r.featureRequests.edges.map((e) => e.node.id);

  it('FR2: refuses anonymous callers and admins; agents, engineers, product and managers read it', async () => {
    expectCode(await server.client().request(RANKING, { filter: { search: word } }), 'UNAUTHENTICATED');
    expectCode(await admin.request(RANKING, { filter: { search: word } }), 'FORBIDDEN');
    expectCode(await server.client().request(CARD, { id: cards[0]!.id }), 'UNAUTHENTICATED');
    expectCode(await admin.request(CARD, { id: cards[0]!.id }), 'FORBIDDEN');
    for (const client of [agent, engineer, product, manager])
      expect(ids(await client.ok(RANKING, { filter: { search: word } }))).toHaveLength(6);
  });

  it('FR2: each order sorts by its numbers (ties by the next, then the oldest card)', async () => {
    const expected = async (order: FeatureOrder) => {
      const rows = await Promise.all(cards.map((c) => readCard(c.id)));
      const key: Record<FeatureOrder, (c: (typeof rows)[number]) => number[]> = {
        ASKS: (c) => [-c.askCount, -c.customerCount, c.number],
        CUSTOMERS: (c) => [-c.customerCount, -c.revenueCents, c.number],
        REVENUE: (c) => [-c.revenueCents, -c.customerCount, c.number],
        TREND: (c) => [-c.trend, -c.recentAsks, c.number],
        NEWEST: (c) => [-c.number],
      };
      return rows
        .slice()
        .sort((x, y) => {
          const [a, b] = [key[order](x), key[order](y)];
          const i = a.findIndex((v, k) => v !== b[k]);
          return i < 0 ? 0 : a[i]! - b[i]!;
        })
        .map((c) => c.id);
    };
    for (const orderBy of ['ASKS', 'CUSTOMERS', 'REVENUE', 'TREND', 'NEWEST'] as FeatureOrder[]) {
      expect(ids(await agent.ok(RANKING, { filter: { search: word, orderBy } })), orderBy).toEqual(await expected(orderBy));
    }
    // Spot checks a product person would see.
    expect(ids(await agent.ok(RANKING, { filter: { search: word, orderBy: 'CUSTOMERS' } }))[0]).toBe(cards[3]!.id);
    expect(ids(await agent.ok(RANKING, { filter: { search: word, orderBy: 'REVENUE' } }))[0]).toBe(cards[1]!.id);
    expect(ids(await agent.ok(RANKING, { filter: { search: word, orderBy: 'ASKS' } }))[0]).toBe(cards[1]!.id);
    expect(ids(await agent.ok(RANKING, { filter: { search: word, orderBy: 'NEWEST' } }))[0]).toBe(cards[5]!.id);
  });

  it('FR2: keyset pages walk every order without a duplicate or a gap; forged cursors and page sizes are BAD_USER_INPUT', async () => {
    for (const orderBy of ['ASKS', 'CUSTOMERS', 'REVENUE', 'TREND', 'NEWEST'] as FeatureOrder[]) {
      const all = ids(await agent.ok(RANKING, { filter: { search: word, orderBy } }));
      for (const first of [1, 2, 4]) {
        const walked: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 10; page++) {
          const r: RankingInFeatureRequestsQuery = await agent.ok(RANKING, { first, after, filter: { search: word, orderBy } });
          walked.push(...ids(r));
          if (!r.featureRequests.pageInfo.hasNextPage) break;
          after = r.featureRequests.pageInfo.endCursor;
        }
        expect(walked, `${orderBy} by ${first}`).toEqual(all);
      }
    }
    expectCode(await agent.request(RANKING, { after: 'forged', filter: { search: word } }), 'BAD_USER_INPUT');
    const wrongShape = Buffer.from(JSON.stringify(['x', 1, 'y'])).toString('base64url');
    expectCode(await agent.request(RANKING, { after: wrongShape, filter: { search: word } }), 'BAD_USER_INPUT');
    // A cursor of one order sent with another.
    const newest = await agent.ok(RANKING, { first: 1, filter: { search: word, orderBy: 'NEWEST' } });
    expectCode(
      await agent.request(RANKING, { after: newest.featureRequests.pageInfo.endCursor, filter: { search: word, orderBy: 'CUSTOMERS' } }),
      'BAD_USER_INPUT',
    );
    expectCode(await agent.request(RANKING, { first: 0 }), 'BAD_USER_INPUT');
    expectCode(await agent.request(RANKING, { first: 101 }), 'BAD_USER_INPUT');
    expectCode(await agent.request(RANKING, { filter: { search: 'x'.repeat(10_000) } }), 'BAD_USER_INPUT');
    expectCode(await agent.request(RANKING, { filter: { search: 'dark\u0000' } }), 'BAD_USER_INPUT');
  });

  it('FR2: finds cards by words and by FR-12; filters by tag and status', async () => {
    const target = cards[2]!;
    expect(ids(await agent.ok(RANKING, { filter: { search: `${word} card2` } }))).toEqual([target.id]);
    expect(ids(await agent.ok(RANKING, { filter: { search: target.reference } }))).toContain(target.id);
    expect(ids(await agent.ok(RANKING, { filter: { search: target.reference.toLowerCase() } }))).toContain(target.id);
    expect(ids(await agent.ok(RANKING, { filter: { search: String(target.number) } }))).toContain(target.id);
    // A reference finds that card alone (no other card whose words start with "fr"), whatever its status.
    expect(ids(await agent.ok(RANKING, { filter: { search: target.reference } }))).toEqual([target.id]);
    const { version: before } = await readCard(target.id);
    await product.ok(UPDATE, { input: { id: target.id, version: before, status: 'DECLINED' } });
    expect(ids(await agent.ok(RANKING, { filter: { search: target.reference } }))).toEqual([target.id]);
    await product.ok(UPDATE, { input: { id: target.id, version: before + 1, status: 'OPEN' } });
    expect(ids(await agent.ok(RANKING, { filter: { search: `${word} nothing${tag()}` } }))).toEqual([]);
    expect(ids(await agent.ok(RANKING, { filter: { search: `'); DROP TABLE feature_request; --` } }))).toEqual([]);
    expect(ids(await agent.ok(RANKING, { filter: { search: '&|!:*()' } }))).toBeDefined();
    const ux = ids(await agent.ok(RANKING, { filter: { search: word, tag: 'UX' } }));
    expect(ux.sort()).toEqual([cards[1]!.id, cards[3]!.id, cards[5]!.id].sort());
    const { version } = await readCard(cards[4]!.id);
    await product.ok(UPDATE, { input: { id: cards[4]!.id, version, status: 'PLANNED' } });
    expect(ids(await agent.ok(RANKING, { filter: { search: word, status: ['PLANNED'] } }))).toEqual([cards[4]!.id]);
    expect(ids(await agent.ok(RANKING, { filter: { search: word } }))).toContain(cards[4]!.id);
  });

  it('FR2: a card’s asks page by keyset, newest first', async () => {
    const c = cards[1]!;
    const all = (await readCard(c.id)).asks.edges.map((e) => e.node.id);
    expect(all).toHaveLength(5);
    const PAGE = graphql(`query CardAsksInFeatureRequests($id: ID!, $first: Int!, $after: String) { featureRequest(id: $id) {
      asks(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`);
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r: {
        featureRequest: { asks: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } };
      } = await agent.ok(PAGE, { id: c.id, first: 2, after });
      walked.push(...r.featureRequest.asks.edges.map((e) => e.node.id));
      if (!r.featureRequest.asks.pageInfo.hasNextPage) break;
      after = r.featureRequest.asks.pageInfo.endCursor ?? null;
    }
    expect(walked).toEqual(all);
    expectCode(await agent.request(PAGE, { id: c.id, first: 2, after: 'forged' }), 'BAD_USER_INPUT');
    expectCode(await agent.request(CARD, { id: randomUUID() }), 'NOT_FOUND');
    expectCode(await agent.request(CARD, { id: 'FR-1' }), 'NOT_FOUND');
  });
});

describe('similarFeatureRequests (FR1)', () => {
  it('FR1: refuses anonymous callers and engineers; bad sizes are BAD_USER_INPUT', async () => {
    expectCode(await server.client().request(SIMILAR, { title: 'Dark mode', quote: '' }), 'UNAUTHENTICATED');
    expectCode(await engineer.request(SIMILAR, { title: 'Dark mode', quote: '' }), 'FORBIDDEN');
    expectCode(await agent.request(SIMILAR, { title: 'Dark mode', quote: '', first: 0 }), 'BAD_USER_INPUT');
    expectCode(await agent.request(SIMILAR, { title: 'Dark mode', quote: '', first: 1000 }), 'BAD_USER_INPUT');
    expectCode(await agent.request(SIMILAR, { title: 'Dark\u0000mode', quote: '' }), 'BAD_USER_INPUT');
  });

  it('FR1: offers the card that reads alike (by title or by an earlier customer’s words), not a merged or unrelated one', async () => {
    const a = tag();
    const b = tag();
    const alike = await card({ title: `Night ${a} theme ${b}` });
    const byQuote = await card({ title: `Evening ${tag()} look` });
    await linked(agent, (await askingTicket()).id, byQuote.id, `I want the ${a} ${b} darker colours please`);
    const merged = await card({ title: `Night ${a} theme ${b} duplicate` });
    await manager.ok(MERGE, { duplicateId: merged.id, survivorId: alike.id });
    const unrelated = await card({ title: `Invoice ${tag()} export` });
    const { similarFeatureRequests } = await agent.ok(SIMILAR, { title: `Night ${a} theme ${b}`, quote: `darker colours ${a} ${b}` });
    const found = similarFeatureRequests.map((s) => s.featureRequest.id);
    expect(found[0]).toBe(alike.id);
    expect(found).toContain(byQuote.id);
    expect(found).not.toContain(merged.id);
    expect(found).not.toContain(unrelated.id);
    expect((await agent.ok(SIMILAR, { title: `Nothing ${tag()} alike`, quote: '' })).similarFeatureRequests).toEqual([]);
    expect((await agent.ok(SIMILAR, { title: '&|!', quote: '(:*' })).similarFeatureRequests).toEqual([]);
  });
});

describe('updateFeatureRequest', () => {
  it('refuses anonymous callers, agents and engineers (FORBIDDEN); nothing changes', async () => {
    const c = await card();
    const before = await cardRow(c.id);
    const { version } = await readCard(c.id);
    expectCode(await server.client().request(UPDATE, { input: { id: c.id, version, title: 'Renamed' } }), 'UNAUTHENTICATED');
    expectCode(await agent.request(UPDATE, { input: { id: c.id, version, title: 'Renamed' } }), 'FORBIDDEN');
    expectCode(await engineer.request(UPDATE, { input: { id: c.id, version, title: 'Renamed' } }), 'FORBIDDEN');
    expect(await cardRow(c.id)).toEqual(before);
    expect((await readCard(c.id, agent)).viewerCan.edit).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
  });

  it('bad input changes nothing: forged ids, control characters, too long, empty title, SHIPPED or MERGED by hand, a non-product owner, a stale version', async () => {
    const c = await card();
    const before = await cardRow(c.id);
    const { version } = await readCard(c.id);
    const lenaId = (await db().query(`SELECT id FROM app_user WHERE email = 'lena@example.com'`))[0].id;
    expectCode(await product.request(UPDATE, { input: { id: randomUUID(), version, title: 'x' } }), 'NOT_FOUND');
    expectCode(await product.request(UPDATE, { input: { id: 'FR-1', version, title: 'x' } }), 'NOT_FOUND');
    expectCode(await product.request(UPDATE, { input: { id: c.id, version, title: 'Bad\u0000title' } }), 'BAD_USER_INPUT');
    expectCode(await product.request(UPDATE, { input: { id: c.id, version, title: 'x'.repeat(1000) } }), 'BAD_USER_INPUT');
    expectCode(await product.request(UPDATE, { input: { id: c.id, version, title: '   ' } }), 'BAD_USER_INPUT');
    expectCode(await product.request(UPDATE, { input: { id: c.id, version, description: 'x'.repeat(100_000) } }), 'BAD_USER_INPUT');
    expectCode(await product.request(UPDATE, { input: { id: c.id, version, status: 'SHIPPED' } }), 'BAD_USER_INPUT');
    expectCode(await product.request(UPDATE, { input: { id: c.id, version, status: 'MERGED' } }), 'BAD_USER_INPUT');
    expectCode(await product.request(UPDATE, { input: { id: c.id, version, ownerId: lenaId } }), 'BAD_USER_INPUT');
    expectCode(await product.request(UPDATE, { input: { id: c.id, version, ownerId: randomUUID() } }), 'BAD_USER_INPUT');
    // A malformed id is refused before the resolver, as everywhere in the API.
    expectCode(await product.request(UPDATE, { input: { id: c.id, version, ownerId: 'nope' } }), 'NOT_FOUND');
    expectCode(await product.request(UPDATE, { input: { id: c.id, version: version - 1, title: 'Stale' } }), 'FEATURE_REQUEST_CHANGED');
    expectCode(
      await product.request(UPDATE, { input: { id: c.id, version, status: 'DECLINED', declineMessage: 'Sorry, no.' } }),
      'REPLY_MUST_END_WITH_QUESTION',
    );
    expectCode(
      await product.request(UPDATE, { input: { id: c.id, version, status: 'DECLINED', declineMessage: 'Hi {{customer.shoeSize}}, ok?' } }),
      'UNKNOWN_PLACEHOLDER',
    );
    expectCode(await product.request(UPDATE, invalidVariables({ input: { id: c.id, version, tag: 'PRETTY' } })), 'BAD_USER_INPUT');
    expect(await cardRow(c.id)).toEqual(before);
  });

  it('product edits the words, tag, owner and status; each change moves the version and shows in the history', async () => {
    const c = await card();
    let { version } = await readCard(c.id);
    const { updateFeatureRequest: u } = await product.ok(UPDATE, {
      input: { id: c.id, version, title: '  Dark mode for the app  ', description: 'Everywhere', tag: 'UX', ownerId: productId },
    });
    expect(u).toMatchObject({
      title: 'Dark mode for the app',
      description: 'Everywhere',
      tag: 'UX',
      owner: { id: productId },
      version: version + 1,
    });
    version = u.version;
    const { updateFeatureRequest: planned } = await manager.ok(UPDATE, { input: { id: c.id, version, status: 'IN_PROGRESS' } });
    expect(planned.status).toBe('IN_PROGRESS');
    expect((await readCard(c.id)).history.map((h) => h.kind)).toEqual(['CREATED', 'UPDATED', 'STATUS_SET']);
    // Nothing changed: nothing recorded, the version stays.
    const same = await product.ok(UPDATE, { input: { id: c.id, version: planned.version, title: 'Dark mode for the app' } });
    expect(same.updateFeatureRequest.version).toBe(planned.version);
  });
});

describe('mergeFeatureRequests and splitFeatureRequest', () => {
  it('two product people at once: a merge of the card another card was merged into, and a split of that card, never wait on each other in a circle', async () => {
    // X merged into D; then D is merged into S while X is split out (ids in the order X < D < S).
    const [x, d, s] = (await Promise.all([card(), card(), card()])).sort((a, b) => (a.id < b.id ? -1 : 1));
    await linked(agent, (await askingTicket()).id, x!.id);
    await product.ok(MERGE, { duplicateId: x!.id, survivorId: d!.id });
    const busy = new pg.Client({ connectionString: server.databaseUrl });
    await busy.connect();
    let merge: Promise<GraphQLResult>;
    let split: Promise<GraphQLResult>;
    try {
      // D is busy for a moment: the merge queues first, then the split.
      await busy.query('BEGIN');
      await busy.query(`SELECT 1 FROM feature_request WHERE id = $1 FOR UPDATE`, [d!.id]);
      merge = product.request(MERGE, { duplicateId: d!.id, survivorId: s!.id });
      await new Promise((resolve) => setTimeout(resolve, 300));
      split = manager.request(SPLIT, { id: x!.id });
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await busy.query('ROLLBACK');
      await busy.end();
    }
    const [merged, splitResult] = await Promise.all([merge!, split!]);
    expect(merged.errors).toBeUndefined();
    // The split saw the merge: X now points to S, and it says so instead of failing on our side.
    expect(splitResult.errors?.[0]?.extensions?.code ?? null).not.toBe('INTERNAL_SERVER_ERROR');
    expect(await cardRow(d!.id)).toMatchObject({ status: 'MERGED', merged_into_id: s!.id });
  });

  it('refuses anonymous callers, agents and engineers; bad ids and merging into itself change nothing', async () => {
    const a = await card();
    const b = await card();
    const [beforeA, beforeB] = [await cardRow(a.id), await cardRow(b.id)];
    expectCode(await server.client().request(MERGE, { duplicateId: a.id, survivorId: b.id }), 'UNAUTHENTICATED');
    expectCode(await agent.request(MERGE, { duplicateId: a.id, survivorId: b.id }), 'FORBIDDEN');
    expectCode(await engineer.request(MERGE, { duplicateId: a.id, survivorId: b.id }), 'FORBIDDEN');
    expectCode(await product.request(MERGE, { duplicateId: a.id, survivorId: randomUUID() }), 'NOT_FOUND');
    expectCode(await product.request(MERGE, { duplicateId: 'x', survivorId: b.id }), 'NOT_FOUND');
    expectCode(await product.request(MERGE, { duplicateId: a.id, survivorId: a.id }), 'BAD_USER_INPUT');
    expectCode(await server.client().request(SPLIT, { id: a.id }), 'UNAUTHENTICATED');
    expectCode(await agent.request(SPLIT, { id: a.id }), 'FORBIDDEN');
    expectCode(await product.request(SPLIT, { id: a.id }), 'BAD_USER_INPUT');
    expectCode(await product.request(SPLIT, { id: randomUUID() }), 'NOT_FOUND');
    expect([await cardRow(a.id), await cardRow(b.id)]).toEqual([beforeA, beforeB]);
  });

  it('merge moves every ask to the survivor and counts each customer once; split gives them back', async () => {
    const survivor = await card();
    const duplicate = await card();
    const email = `both-${tag()}@test.example`;
    const shared1 = await askingTicket({ email, revenueCents: 10_000 });
    const shared2 = await askingTicket({ email });
    const own = await askingTicket({ revenueCents: 2_000 });
    const dupOnly = await askingTicket({ revenueCents: 3_000 });
    await linked(agent, shared1.id, survivor.id);
    await linked(agent, own.id, survivor.id);
    await linked(agent, shared2.id, duplicate.id);
    await linked(agent, dupOnly.id, duplicate.id);
    // A ticket that asked for both cards counts once on the survivor.
    await linked(agent, own.id, duplicate.id);
    const { mergeFeatureRequests: m } = await product.ok(MERGE, { duplicateId: duplicate.id, survivorId: survivor.id });
    expect(m).toMatchObject({ id: survivor.id, askCount: 4, customerCount: 3, revenueCents: 15_000 });
    await expectTallyMatches(survivor.id);
    const dup = await readCard(duplicate.id);
    expect(dup).toMatchObject({ status: 'MERGED', askCount: 0, customerCount: 0, mergedInto: { id: survivor.id } });
    expect(dup.viewerCan.merge.allowed).toBe(true);
    expect((await readCard(survivor.id)).asks.edges).toHaveLength(5);
    expect((await readTicket(dupOnly.id)).asks[0]!.featureRequest.id).toBe(survivor.id);
    expectCode(await product.request(MERGE, { duplicateId: duplicate.id, survivorId: survivor.id }), 'FEATURE_REQUEST_MERGED');
    expectCode(await product.request(MERGE, { duplicateId: survivor.id, survivorId: duplicate.id }), 'FEATURE_REQUEST_MERGED');
    // A card merged into the duplicate... the chain leads to a live card.
    const { splitFeatureRequest: s } = await product.ok(SPLIT, { id: duplicate.id });
    expect(s).toMatchObject({ id: duplicate.id, status: 'OPEN', askCount: 3, customerCount: 3, mergedInto: null });
    expect(await expectTallyMatches(survivor.id)).toMatchObject({ askCount: 2, customerCount: 2, revenueCents: 12_000 });
    await expectTallyMatches(duplicate.id);
    expect((await readTicket(dupOnly.id)).asks[0]!.featureRequest.id).toBe(duplicate.id);
    expect((await readCard(survivor.id)).history.map((h) => h.kind)).toEqual(expect.arrayContaining(['MERGED_FROM', 'SPLIT_OUT']));
  });

  it('a chain of merges: the duplicate’s own merged cards move on to the survivor, and split back out to where they were first linked', async () => {
    const a = await card();
    const b = await card();
    const c = await card();
    const ta = await askingTicket();
    const tb = await askingTicket();
    const tc = await askingTicket();
    await linked(agent, ta.id, a.id);
    await linked(agent, tb.id, b.id);
    await linked(agent, tc.id, c.id);
    await product.ok(MERGE, { duplicateId: a.id, survivorId: b.id });
    await product.ok(MERGE, { duplicateId: b.id, survivorId: c.id });
    expect(await readCard(c.id)).toMatchObject({ askCount: 3, customerCount: 3 });
    expect((await readCard(a.id)).mergedInto!.id).toBe(c.id);
    await product.ok(SPLIT, { id: a.id });
    expect(await readCard(a.id)).toMatchObject({ status: 'OPEN', askCount: 1 });
    expect(await readCard(c.id)).toMatchObject({ askCount: 2 });
  });
});

describe('markFeatureShipped (FR4)', () => {
  it('FR4: refuses anonymous callers, agents and engineers; bad input (W7, placeholders, too long, forged ids) changes nothing', async () => {
    const c = await card();
    await linked(agent, (await askingTicket()).id, c.id);
    const before = await cardRow(c.id);
    const message = 'Dark mode is here, {{customer.firstName}}! Does it work for you?';
    expectCode(await server.client().request(SHIP, { input: { id: c.id, message } }), 'UNAUTHENTICATED');
    expectCode(await agent.request(SHIP, { input: { id: c.id, message } }), 'FORBIDDEN');
    expectCode(await engineer.request(SHIP, { input: { id: c.id, message } }), 'FORBIDDEN');
    expectCode(await product.request(SHIP, { input: { id: randomUUID(), message } }), 'NOT_FOUND');
    expectCode(await product.request(SHIP, { input: { id: 'FR-1', message } }), 'NOT_FOUND');
    const w7 = await product.request(SHIP, { input: { id: c.id, message: 'Dark mode is here.' } });
    expectCode(w7, 'REPLY_MUST_END_WITH_QUESTION');
    expect(w7.errors![0]!.message).toMatch(/\(W7\)/);
    expectCode(await product.request(SHIP, { input: { id: c.id, message: '   ' } }), 'BAD_USER_INPUT');
    expectCode(await product.request(SHIP, { input: { id: c.id, message: 'Hi {{customer.shoeSize}}, ok?' } }), 'UNKNOWN_PLACEHOLDER');
    expectCode(await product.request(SHIP, { input: { id: c.id, message: `${'x'.repeat(100_000)}?` } }), 'BAD_USER_INPUT');
    expectCode(await product.request(SHIP, { input: { id: c.id, message: 'Here\u0000 it is?' } }), 'BAD_USER_INPUT');
    expectCode(await product.request(SHIP, { input: { id: c.id, message, savedReplyId: randomUUID() } }), 'NOT_FOUND');
    expect(await cardRow(c.id)).toEqual(before);
    expect((await readCard(c.id, agent)).viewerCan.markShipped).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
  });

  it('FR4: tells each distinct customer exactly once across merged cards, on their most recent asking ticket; the same click twice sends nothing', async () => {
    const survivor = await card();
    const duplicate = await card();
    const email = `shipped-${tag()}@test.example`;
    const older = await askingTicket({ email });
    const newer = await askingTicket({ email });
    const other = await askingTicket();
    const closed = await askingTicket();
    await linked(agent, newer.id, duplicate.id);
    await linked(agent, older.id, survivor.id);
    await linked(agent, other.id, survivor.id);
    await linked(agent, other.id, duplicate.id);
    await linked(agent, closed.id, survivor.id);
    await agent.ok(CLAIM, { id: closed.id });
    await agent.ok(CLOSE, { id: closed.id });
    await product.ok(MERGE, { duplicateId: duplicate.id, survivorId: survivor.id });
    expect((await readCard(survivor.id)).shipPreview).toMatchObject({ customers: 3, tickets: 4, closedTickets: 1 });
    const message = 'Hi {{customer.name}}, dark mode shipped (ticket #{{ticket.number}}). Does it work for you?';
    const { markFeatureShipped } = await product.ok(SHIP, { input: { id: survivor.id, message } });
    expect(markFeatureShipped).toMatchObject({ status: 'SHIPPED', announcementMessage: message });
    await server.services.featureAnnouncer.announceDue();
    const c = await readCard(survivor.id);
    expect(c.announcementProgress).toMatchObject({ kind: 'SHIPPED', sent: 3, total: 3, isDone: true });
    expect(c.shipPreview.customers).toBe(0);
    const news: { ticket_id: string; n: number }[] = await db().query(
      `SELECT ticket_id, count(*)::int AS n FROM outbox_mail WHERE kind = 'FEATURE_NEWS' AND ticket_id = ANY($1::uuid[]) GROUP BY ticket_id`,
      [[older.id, newer.id, other.id, closed.id]],
    );
    expect(Object.fromEntries(news.map((r) => [r.ticket_id, r.n]))).toEqual({ [newer.id]: 1, [other.id]: 1, [closed.id]: 1 });
    const reply = (await readTicket(newer.id)).timeline.filter((e) => e.__typename === 'Reply').at(-1);
    expect(reply).toMatchObject({ body: expect.stringContaining(`dark mode shipped (ticket #${newer.number}). Does it work for you?`) });
    expect((await readTicket(closed.id)).status).toBe('PENDING');
    expect((await readTicket(newer.id)).asks[0]!.featureRequest.status).toBe('SHIPPED');
    // The same click twice (or a retry): nothing new.
    await product.ok(SHIP, { input: { id: survivor.id, message } });
    await server.services.featureAnnouncer.announceDue();
    expect(
      await count(`SELECT count(*)::int AS n FROM outbox_mail WHERE kind = 'FEATURE_NEWS' AND ticket_id = ANY($1::uuid[])`, [
        [older.id, newer.id, other.id, closed.id],
      ]),
    ).toBe(3);
    expectCode(await product.request(SHIP, { input: { id: survivor.id, message: 'Another message. Ok?' } }), 'BAD_USER_INPUT');
    expectCode(await product.request(SHIP, { input: { id: duplicate.id, message } }), 'FEATURE_REQUEST_MERGED');
    expect((await readCard(survivor.id)).viewerCan.markShipped).toMatchObject({ allowed: false });
  });

  it('FR4: declining with a message tells each customer once; without a message tells nobody', async () => {
    const quiet = await card();
    const told = await card();
    const t1 = await askingTicket();
    const t2 = await askingTicket();
    await linked(agent, t1.id, quiet.id);
    await linked(agent, t2.id, told.id);
    await product.ok(UPDATE, { input: { id: quiet.id, version: (await readCard(quiet.id)).version, status: 'DECLINED' } });
    const declineMessage = 'Hi {{customer.name}}, we decided against this one for now. Can we help another way?';
    const { updateFeatureRequest } = await product.ok(UPDATE, {
      input: { id: told.id, version: (await readCard(told.id)).version, status: 'DECLINED', declineMessage },
    });
    expect(updateFeatureRequest).toMatchObject({ status: 'DECLINED', declinedAt: expect.any(String) });
    await server.services.featureAnnouncer.announceDue();
    await server.services.featureAnnouncer.announceDue();
    expect(await count(`SELECT count(*)::int AS n FROM outbox_mail WHERE kind = 'FEATURE_NEWS' AND ticket_id = $1`, [t1.id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM outbox_mail WHERE kind = 'FEATURE_NEWS' AND ticket_id = $1`, [t2.id])).toBe(1);
    expect((await readCard(told.id)).announcementProgress).toMatchObject({ kind: 'DECLINED', sent: 1, total: 1, isDone: true });
    expect((await readTicket(t2.id)).timeline.some((e) => e.__typename === 'TicketEvent' && e.kind === 'FEATURE_DECLINED')).toBe(true);
  });
  it('FR4 across merged cards: a duplicate merged into a request that shipped tells the customers it brings who asked before the ship, once', async () => {
    const shipped = await card();
    const duplicate = await card();
    const first = await askingTicket();
    const before = await askingTicket();
    await linked(agent, first.id, shipped.id);
    await linked(agent, before.id, duplicate.id);
    await product.ok(SHIP, { input: { id: shipped.id, message: 'Hi {{customer.name}}, it shipped. Does it work for you?' } });
    await server.services.featureAnnouncer.announceDue();
    const after = await askingTicket();
    await linked(agent, after.id, duplicate.id);
    await product.ok(MERGE, { duplicateId: duplicate.id, survivorId: shipped.id });
    await server.services.featureAnnouncer.announceDue();
    const mails = async (ticketId: string) =>
      count(`SELECT count(*)::int AS n FROM outbox_mail WHERE kind = 'FEATURE_NEWS' AND ticket_id = $1`, [ticketId]);
    expect([await mails(first.id), await mails(before.id), await mails(after.id)]).toEqual([1, 1, 0]);
    expect((await readCard(shipped.id)).announcementProgress).toMatchObject({ sent: 2, total: 2, isDone: true });
  });

  it('FR4: a declined card reopened while its message is still going out tells nobody more', async () => {
    const c = await card();
    const t = await askingTicket();
    await linked(agent, t.id, c.id);
    // The customer's ticket is busy elsewhere, so the announcer cannot take it yet.
    const busy = new pg.Client({ connectionString: server.databaseUrl });
    await busy.connect();
    try {
      await busy.query('BEGIN');
      await busy.query(`SELECT 1 FROM ticket WHERE id = $1 FOR UPDATE`, [t.id]);
      await product.ok(UPDATE, {
        input: {
          id: c.id,
          version: (await readCard(c.id)).version,
          status: 'DECLINED',
          declineMessage: 'We decided against it. Is that OK?',
        },
      });
      await product.ok(UPDATE, { input: { id: c.id, version: (await readCard(c.id)).version, status: 'PLANNED' } });
    } finally {
      await busy.query('ROLLBACK');
      await busy.end();
    }
    await server.services.featureAnnouncer.announceDue();
    expect(await count(`SELECT count(*)::int AS n FROM outbox_mail WHERE kind = 'FEATURE_NEWS' AND ticket_id = $1`, [t.id])).toBe(0);
    expect(await cardRow(c.id)).toMatchObject({ status: 'PLANNED' });
  });
});

describe('feature reports (FR3)', () => {
  let reportId: string;

  it('FR3: refuses anonymous callers; agents read no reports; engineers read but do not compile, annotate or publish', async () => {
    expectCode(await server.client().request(REPORTS, {}), 'UNAUTHENTICATED');
    expectCode(await agent.request(REPORTS, {}), 'FORBIDDEN');
    expectCode(await server.client().request(COMPILE, {}), 'UNAUTHENTICATED');
    expectCode(await agent.request(COMPILE, {}), 'FORBIDDEN');
    expectCode(await engineer.request(COMPILE, {}), 'FORBIDDEN');
    expectCode(await engineer.request(PUBLISH, { id: randomUUID() }), 'FORBIDDEN');
    expectCode(await engineer.request(NOTE, { reportId: randomUUID(), featureRequestId: randomUUID(), note: 'x' }), 'FORBIDDEN');
    expectCode(await agent.request(REPORT, { id: randomUUID() }), 'FORBIDDEN');
    expect((await engineer.ok(REPORTS, {})).featureReports).toBeDefined();
  });

  it('FR3: product compiles a report now, notes a card, publishes it (engineers and product are notified); published is read-only', async () => {
    const { compileFeatureReport: r } = await product.ok(COMPILE, {});
    reportId = r.id;
    expect(r).toMatchObject({ kind: 'MANUAL', status: 'DRAFT' });
    expect(r.entries.length).toBeGreaterThan(0);
    expect(r.entries.map((e) => e.rank)).toEqual(r.entries.map((_, i) => i + 1));
    const full = (await engineer.ok(REPORT, { id: r.id })).featureReport;
    expect(full.entries.every((e) => e.change.kind === 'NEW' || e.previousRank !== null)).toBe(true);
    const top = await db().query(`SELECT id FROM feature_request WHERE number = $1`, [Number(full.entries[0]!.reference.slice(3))]);
    // Bad notes change nothing.
    expectCode(await product.request(NOTE, { reportId: r.id, featureRequestId: top[0].id, note: 'x'.repeat(10_000) }), 'BAD_USER_INPUT');
    expectCode(await product.request(NOTE, { reportId: r.id, featureRequestId: top[0].id, note: 'bad\u0000' }), 'BAD_USER_INPUT');
    expectCode(await product.request(NOTE, { reportId: r.id, featureRequestId: randomUUID(), note: 'x' }), 'NOT_FOUND');
    expectCode(await product.request(NOTE, { reportId: 'nope', featureRequestId: top[0].id, note: 'x' }), 'NOT_FOUND');
    const { setFeatureReportNote } = await product.ok(NOTE, { reportId: r.id, featureRequestId: top[0].id, note: '  Planned for Q3  ' });
    expect(setFeatureReportNote).toMatchObject({ rank: 1, note: 'Planned for Q3' });
    expectCode(await server.client().request(PUBLISH, { id: r.id }), 'UNAUTHENTICATED');
    expectCode(await product.request(PUBLISH, { id: randomUUID() }), 'NOT_FOUND');
    const { publishFeatureReport: p } = await product.ok(PUBLISH, { id: r.id });
    expect(p).toMatchObject({ status: 'PUBLISHED', publishedBy: { name: productName } });
    // Everyone in engineering and product but the one who published it.
    const recipients: { id: string }[] = await db().query(
      `SELECT id FROM app_user WHERE is_active AND ('ENGINEER' = ANY(roles) OR 'PRODUCT' = ANY(roles)) AND id <> $1 ORDER BY id`,
      [productId],
    );
    expect(recipients.length).toBeGreaterThan(1);
    const notified: { recipient_id: string }[] = await db().query(
      `SELECT recipient_id FROM notification WHERE kind = 'FEATURE_REPORT_PUBLISHED' AND path = $1 ORDER BY recipient_id`,
      [`/feature-requests/reports/${r.id}`],
    );
    expect(notified.map((n) => n.recipient_id)).toEqual(recipients.map((u) => u.id));
    // Frozen.
    expectCode(await product.request(NOTE, { reportId: r.id, featureRequestId: top[0].id, note: 'Changed' }), 'FEATURE_REPORT_PUBLISHED');
    expectCode(await manager.request(PUBLISH, { id: r.id }), 'FEATURE_REPORT_PUBLISHED');
    const after = (await product.ok(REPORT, { id: r.id })).featureReport;
    expect(after.entries[0]!.note).toBe('Planned for Q3');
    expect(after.viewerCan.change).toMatchObject({ allowed: false, code: 'FEATURE_REPORT_PUBLISHED' });
    expect(
      await count(`SELECT count(*)::int AS n FROM notification WHERE kind = 'FEATURE_REPORT_PUBLISHED' AND path = $1`, [
        `/feature-requests/reports/${r.id}`,
      ]),
    ).toBe(recipients.length);
  });

  it('FR3: the report is frozen (later links do not change it) and exports Markdown and CSV', async () => {
    const before = (await product.ok(REPORT, { id: reportId })).featureReport;
    const topRef = before.entries[0]!.reference;
    const [topCard] = await db().query(`SELECT id FROM feature_request WHERE number = $1`, [Number(topRef.slice(3))]);
    await linked(agent, (await askingTicket()).id, topCard.id);
    const after = (await product.ok(REPORT, { id: reportId })).featureReport;
    expect(after.entries).toEqual(before.entries);
    expect(after.markdown).toContain(topRef);
    expect(after.markdown).toContain(before.entries[0]!.title);
    expect(after.markdown).toContain('Planned for Q3');
    const lines = after.csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(after.entries.length + 1);
    expect(lines[1]).toContain(topRef);
    expectCode(await product.request(REPORT, { id: 'nope' }), 'NOT_FOUND');
  });

  it('FR3: the next report shows each card’s rank change against the previous published one, and what shipped since', async () => {
    const previous = (await product.ok(REPORT, { id: reportId })).featureReport;
    // A new card jumps to the top with many customers; another ships.
    const climber = await card({ title: `Climber ${tag()}` });
    for (let i = 0; i < 40; i++) await linked(agent, (await askingTicket()).id, climber.id);
    const shippedCard = await card({ title: `Shipped ${tag()}` });
    await linked(agent, (await askingTicket()).id, shippedCard.id);
    await product.ok(SHIP, { input: { id: shippedCard.id, message: 'It shipped! Does it work for you?' } });
    await server.services.featureAnnouncer.announceDue();
    const { compileFeatureReport } = await manager.ok(COMPILE, {});
    const next = (await product.ok(REPORT, { id: compileFeatureReport.id })).featureReport;
    expect(next.entries[0]).toMatchObject({ reference: climber.reference, change: { kind: 'NEW', label: 'New' }, previousRank: null });
    const moved = next.entries.find((e) => e.reference === previous.entries[0]!.reference)!;
    expect(moved).toMatchObject({ previousRank: 1, change: { kind: 'DOWN', by: moved.rank - 1 } });
    expect(next.shipped).toEqual([{ reference: shippedCard.reference, title: shippedCard.title, customers: 1 }]);
    const { featureReports } = await engineer.ok(REPORTS, { first: 1 });
    expect(featureReports.edges).toHaveLength(1);
    expect(featureReports.pageInfo.hasNextPage).toBe(true);
    const second = await engineer.ok(REPORTS, { first: 1, after: featureReports.pageInfo.endCursor });
    expect(second.featureReports.edges[0]!.node.id).not.toBe(featureReports.edges[0]!.node.id);
    expectCode(await engineer.request(REPORTS, { after: 'forged' }), 'BAD_USER_INPUT');
  });

  it('FR3: a card shipped after a report was compiled, before it was published, is in the next one', async () => {
    const draft = (await product.ok(COMPILE, {})).compileFeatureReport.id;
    // Shipped after the draft was compiled, before it is published: the next report lists it.
    const late = await card({ title: `Late ship ${tag()}` });
    await linked(agent, (await askingTicket()).id, late.id);
    await product.ok(SHIP, { input: { id: late.id, message: 'It shipped! Does it work for you?' } });
    await product.ok(PUBLISH, { id: draft });
    expect((await product.ok(REPORT, { id: draft })).featureReport.shipped.map((s) => s.reference)).not.toContain(late.reference);
    const { compileFeatureReport: next } = await manager.ok(COMPILE, {});
    expect((await product.ok(REPORT, { id: next.id })).featureReport.shipped.map((s) => s.reference)).toContain(late.reference);
  });

  it('FR3: a report shows each card’s 30-day trend as of the day it is compiled, not as of its last recount', async () => {
    const { compileFeatureReport: first } = await product.ok(COMPILE, {});
    const [topCard] = await db().query(`SELECT id FROM feature_request WHERE number = $1`, [Number(first.entries[0]!.reference.slice(3))]);
    // Half its asks are 40 days old now; the card's stored trend does not know yet.
    await db().query(
      `UPDATE feature_ask SET linked_at = linked_at - interval '40 days'
        WHERE id IN (SELECT id FROM feature_ask WHERE feature_request_id = $1 ORDER BY id LIMIT (SELECT count(*) / 2 FROM feature_ask WHERE feature_request_id = $1))`,
      [topCard.id],
    );
    const { compileFeatureReport: next } = await product.ok(COMPILE, {});
    const entry = (await product.ok(REPORT, { id: next.id })).featureReport.entries[0]!;
    expect(entry.reference).toBe(first.entries[0]!.reference);
    const tally = await sharedTally(topCard.id);
    expect(tally.previousAsks).toBeGreaterThan(0);
    expect(entry.trend).toBe(tally.trend);
  });
});
