import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, invalidVariables, type ApiClient, type GraphQLResult } from '../support/api-client.js';
import { createStaff, createTicket, signedInStaff, type TicketOptions } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { BugsInEscalationsQuery, EscalateTicketInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';

const ESCALATE = graphql(`mutation EscalateInEscalations($input: EscalateTicketInput!) { escalateTicket(input: $input) {
  id bug { id number reference status title severity ticketCount customerCount usersAffected escalatedBy { name } }
  checklist { id status reason }
  timeline { __typename ... on TicketEvent { kind text } } } }`);
const LINK = graphql(`mutation LinkInEscalations($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) {
  id status isToldOfFix bug { id reference } checklist { id status reason } } }`);
const UNLINK = graphql(`mutation UnlinkInEscalations($ticketId: ID!) { unlinkTicketFromBug(ticketId: $ticketId) {
  id bug { id } checklist { id status reason } } }`);
const TICKET = graphql(`query TicketInEscalations($id: ID!) { ticket(id: $id) {
  id number status isToldOfFix bug { id reference status } checklist { id status reason } viewerCan { close { allowed code reason } }
  timeline { __typename ... on TicketEvent { kind text actor { name } } ... on Note { body author { name } } ... on Reply { body replyAuthor: author { name } } } } }`);
const BUG = graphql(`query BugInEscalations($id: ID!) { bug(id: $id) {
  id number reference status version title stepsToReproduce severity trackerUrl
  ticketCount customerCount usersAffected revenueCents highValueCount
  engineer { id name } escalatedBy { name } fixedBy { name } fixMessage duplicateOf { id }
  fixPreview { tickets customers closedTickets sentence }
  fixProgress { sent total isDone sentence }
  timeline { kind text bugNumber question }
  tickets(first: 100) { edges { node { ticket { id } usersAffected fixAnnouncedAt linkedBy { name } } } }
  viewerCan { edit { allowed } markFixed { allowed reason } } } }`);
const BUGS = graphql(`query BugsInEscalations($first: Int, $after: String, $filter: BugsFilter) {
  bugs(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id number reference severity status revenueCents engineer { id } } }
    pageInfo { hasNextPage endCursor } } }`);
const SIMILAR = graphql(`query SimilarInEscalations($title: String!, $steps: String!) {
  similarBugs(title: $title, stepsToReproduce: $steps) { similarity bug { id } } }`);
const UPDATE_BUG = graphql(
  `mutation UpdateBugInEscalations($input: UpdateBugInput!) { updateBug(input: $input) { id version title trackerUrl } }`,
);
const ASSIGN_BUG = graphql(`mutation AssignBugInEscalations($id: ID!, $engineerId: ID, $version: Int!) {
  assignBug(id: $id, engineerId: $engineerId, version: $version) { id version engineer { id name } } }`);
const SET_STATUS = graphql(
  `mutation SetBugStatusInEscalations($input: SetBugStatusInput!) { setBugStatus(input: $input) { id version status } }`,
);
const ASK = graphql(`mutation AskForBugInfoInEscalations($id: ID!, $question: String!, $version: Int!) {
  askForBugInfo(id: $id, question: $question, version: $version) { id version status } }`);
const MARK_FIXED = graphql(`mutation MarkBugFixedInEscalations($input: MarkBugFixedInput!) { markBugFixed(input: $input) {
  id status fixMessage fixedBy { name } } }`);
const MERGE = graphql(`mutation MergeBugsInEscalations($duplicateId: ID!, $originalId: ID!) {
  mergeBugs(duplicateId: $duplicateId, originalId: $originalId) { id ticketCount customerCount } }`);
const CLOSE = graphql(`mutation CloseTicketInEscalations($id: ID!) { closeTicket(id: $id) { id status } }`);
const CLAIM = graphql(`mutation ClaimTicketInEscalations($id: ID!) { claimTicket(id: $id) { id } }`);
const NOTIFICATIONS = graphql(
  `query NotificationsInEscalations { notifications(first: 50) { edges { node { kind path body ticket { id } } } } }`,
);

/** A real HTTP server on loopback standing in for engineering's chat webhook. */
class ChatReceiver {
  readonly messages: { text: string }[] = [];
  /** While > 0, answer 503 and count down. */
  failNext = 0;
  private server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (this.failNext > 0) {
        this.failNext--;
        res.writeHead(503).end('down');
        return;
      }
      this.messages.push(JSON.parse(body));
      res.writeHead(200).end('ok');
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/engineering`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let server: TestServer;
let chat: ChatReceiver;
let agent: ApiClient;
let manager: ApiClient;
let trainee: ApiClient;
let engineer: ApiClient;
let engineerId: string;
let engineerName: string;
let product: ApiClient;

beforeAll(async () => {
  chat = new ChatReceiver();
  const chatUrl = await chat.start();
  server = await startTestServer({ config: { teamChatRetrySeconds: 1 } });
  agent = await server.signIn('lena@example.com');
  manager = await server.signIn('peyton@example.com');
  trainee = await server.signIn('kate@example.com');
  const e = await signedInStaff(server, { roles: ['ENGINEER'], name: 'Engineer Erin' });
  engineer = e.client;
  engineerId = e.user.id;
  engineerName = e.user.name;
  product = (await signedInStaff(server, { roles: ['PRODUCT'] })).client;
  const { version } = (await manager.ok(graphql(`query TeamSettingsInEscalations { teamSettings { version } }`))).teamSettings;
  await manager.ok(
    graphql(`mutation UpdateTeamSettingsInEscalations($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) {
      engineeringChatWebhookUrl } }`),
    { input: { version, engineeringChatWebhookUrl: chatUrl } },
  );
});
afterAll(async () => {
  await server?.stop();
  await chat?.stop();
});

const tag = () => `z${randomUUID().replaceAll('-', '').slice(0, 10)}`;

/** What E1 asks for, complete; the title carries a word of its own so searches find just this bug. */
function details(overrides: Partial<Omit<EscalateTicketInput, 'ticketId'>> = {}) {
  return {
    title: `Export to CSV fails ${tag()}`,
    stepsToReproduce: '1. Open a checklist\n2. Choose Export\n3. Pick CSV',
    expectedResult: 'A CSV file downloads',
    actualResult: 'An error "Export failed" appears',
    environment: 'Chrome 126, macOS 14.5, app 3.2.1',
    url: 'https://app.example.com/checklists/42',
    usersAffected: 3,
    severity: 'HIGH' as const,
    ...overrides,
  };
}

function escalate(client: ApiClient, ticketId: string, overrides: Partial<Omit<EscalateTicketInput, 'ticketId'>> = {}) {
  return client.request(ESCALATE, { input: { ticketId, ...details(overrides) } });
}

/** A new BUG ticket escalated by `client` (Lena by default): the ticket and its bug. */
async function escalated(
  options: { ticket?: TicketOptions; fields?: Partial<Omit<EscalateTicketInput, 'ticketId'>>; by?: ApiClient; revenueCents?: number } = {},
) {
  const ticket = await bugTicket(options.ticket, options.revenueCents);
  const result = await escalate(options.by ?? agent, ticket.id, options.fields);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { ticket, bug: result.data!.escalateTicket.bug! };
}

/** A BUG ticket from a new customer (or `email`'s), whose monthly revenue is set when asked. */
async function bugTicket(options: TicketOptions = {}, revenueCents?: number) {
  const ticket = await createTicket(server, { type: 'BUG', ...options });
  if (revenueCents !== undefined) {
    await server.services.db.query(`UPDATE customer SET monthly_revenue_cents = $2 WHERE id = $1`, [ticket.customerId, revenueCents]);
  }
  return ticket;
}

function link(client: ApiClient, ticketId: string, bugId: string, extra: { usersAffected?: number; tellFixed?: boolean } = {}) {
  return client.request(LINK, { input: { ticketId, bugId, ...extra } });
}

async function linked(client: ApiClient, ticketId: string, bugId: string, extra: { usersAffected?: number; tellFixed?: boolean } = {}) {
  const result = await link(client, ticketId, bugId, extra);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.linkTicketToBug;
}

async function readBug(id: string, client: ApiClient = engineer) {
  return (await client.ok(BUG, { id })).bug;
}

async function readTicket(id: string, client: ApiClient = agent) {
  return (await client.ok(TICKET, { id })).ticket;
}

const count = async (sql: string, params: unknown[] = []) => (await server.services.db.query(sql, params))[0].n as number;
const bugCount = () => count(`SELECT count(*)::int AS n FROM bug`);

/** The bug's row as stored: to check a refused change changed nothing. */
async function bugRow(id: string) {
  const [row] = await server.services.db.query(
    `SELECT title, status, version, engineer_id, severity, fix_message, duplicate_of_id, ticket_count, updated_at FROM bug WHERE id = $1`,
    [id],
  );
  return row;
}

function expectCode(result: GraphQLResult, code: string) {
  expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
  expect(result.data ?? null).toBeNull();
}

async function ticketEvents(ticketId: string, kind: string) {
  const t = await readTicket(ticketId);
  return t.timeline.flatMap((e) => (e.__typename === 'TicketEvent' && e.kind === kind ? [e] : []));
}

async function notifiedIds(kind: string, path: string): Promise<string[]> {
  const rows: { recipient_id: string }[] = await server.services.db.query(
    `SELECT recipient_id FROM notification WHERE kind = $1 AND path = $2 ORDER BY recipient_id`,
    [kind, path],
  );
  return rows.map((r) => r.recipient_id);
}

async function activeEngineerIds(): Promise<string[]> {
  const rows: { id: string }[] = await server.services.db.query(
    `SELECT id FROM app_user WHERE is_active AND 'ENGINEER' = ANY(roles) ORDER BY id`,
  );
  return rows.map((r) => r.id);
}

describe('escalateTicket (W5, E1, E2)', () => {
  it('W5: refuses anonymous callers, engineers and product (FORBIDDEN); nothing is created', async () => {
    const ticket = await bugTicket();
    const before = await bugCount();
    expectCode(await escalate(server.client(), ticket.id), 'UNAUTHENTICATED');
    expectCode(await escalate(engineer, ticket.id), 'FORBIDDEN');
    expectCode(await escalate(product, ticket.id), 'FORBIDDEN');
    expect(await bugCount()).toBe(before);
    expect((await readTicket(ticket.id)).bug).toBeNull();
  });

  it('W5: a trainee may escalate (nothing reaches the customer)', async () => {
    const { bug } = await escalated({ by: trainee });
    expect(bug).toMatchObject({ status: 'NEW', escalatedBy: { name: 'Kate Novak' } });
  });

  it('E1: an incomplete escalation is refused with ESCALATION_INCOMPLETE naming every missing field; no bug is created', async () => {
    const ticket = await bugTicket();
    const before = await bugCount();
    const result = await agent.request(ESCALATE, { input: { ticketId: ticket.id, title: 'Export fails', stepsToReproduce: '   ' } });
    expectCode(result, 'ESCALATION_INCOMPLETE');
    expect(result.errors![0]!.message).toBe(
      'Engineers need every detail (E1): fill in steps to reproduce, expected result, actual result, where it happens (browser, OS, app version), how many users are affected and severity.',
    );
    const one = await escalate(agent, ticket.id, { severity: null });
    expectCode(one, 'ESCALATION_INCOMPLETE');
    expect(one.errors![0]!.message).toBe('Engineers need every detail (E1): fill in severity.');
    expectCode(await escalate(agent, ticket.id, { usersAffected: 0 }), 'ESCALATION_INCOMPLETE');
    expect(await bugCount()).toBe(before);
    expect(await count(`SELECT count(*)::int AS n FROM ticket_bug_link WHERE ticket_id = $1`, [ticket.id])).toBe(0);
    expect((await readTicket(ticket.id)).checklist.find((s) => s.id === 'C3')!.status).toBe('TODO');
  });

  it('E1: hostile input (a control character, an over-long field, a script URL, too many users) is BAD_USER_INPUT; nothing is stored', async () => {
    const ticket = await bugTicket();
    const before = await bugCount();
    const control = await escalate(agent, ticket.id, { title: 'Export\u0000fails' });
    expectCode(control, 'BAD_USER_INPUT');
    expect(control.errors![0]!.message).toMatch(/^input\.title contains a character that cannot be stored/);
    expectCode(await escalate(agent, ticket.id, { environment: 'Chrome\u0007' }), 'BAD_USER_INPUT');
    expectCode(await escalate(agent, ticket.id, { title: 'x'.repeat(201) }), 'BAD_USER_INPUT');
    expectCode(await escalate(agent, ticket.id, { stepsToReproduce: 'x'.repeat(10_001) }), 'BAD_USER_INPUT');
    expectCode(await escalate(agent, ticket.id, { url: 'javascript:alert(1)' }), 'BAD_USER_INPUT');
    expectCode(await escalate(agent, ticket.id, { usersAffected: 10_000_001 }), 'BAD_USER_INPUT');
    expectCode(
      await agent.request(ESCALATE, invalidVariables({ input: { ticketId: ticket.id, ...details(), severity: 'APOCALYPTIC' } })),
      'BAD_USER_INPUT',
    );
    expect(await bugCount()).toBe(before);
    expect((await readTicket(ticket.id)).bug).toBeNull();
  });

  it('W5: refuses an unknown ticket (NOT_FOUND) and a ticket linked to a bug already (BAD_USER_INPUT)', async () => {
    expectCode(await escalate(agent, randomUUID()), 'NOT_FOUND');
    expectCode(await escalate(agent, 'not-an-id'), 'NOT_FOUND');
    const { ticket, bug } = await escalated();
    const before = await bugCount();
    expectCode(await escalate(agent, ticket.id), 'BAD_USER_INPUT');
    expect(await bugCount()).toBe(before);
    expect((await readTicket(ticket.id)).bug!.id).toBe(bug.id);
  });

  it('W5/E1: creates the bug BUG-n with every detail, linked to the ticket, on its timeline; C3 is done', async () => {
    const ticket = await bugTicket();
    const fields = details({ severity: 'CRITICAL', usersAffected: 12 });
    const { escalateTicket } = await agent.ok(ESCALATE, { input: { ticketId: ticket.id, ...fields } });
    const bug = escalateTicket.bug!;
    expect(bug.reference).toBe(`BUG-${bug.number}`);
    expect(bug).toMatchObject({
      status: 'NEW',
      title: fields.title,
      severity: 'CRITICAL',
      ticketCount: 1,
      customerCount: 1,
      usersAffected: 12,
      escalatedBy: { name: 'Lena Fischer' },
    });
    expect(escalateTicket.checklist.find((s) => s.id === 'C3')).toEqual({ id: 'C3', status: 'DONE', reason: null });
    expect(escalateTicket.timeline.at(-1)).toEqual({
      __typename: 'TicketEvent',
      kind: 'BUG_LINKED',
      text: `Lena Fischer linked the ticket to ${bug.reference}`,
    });
    const [row] = await server.services.db.query(
      `SELECT b.steps_to_reproduce, b.expected_result, b.actual_result, b.environment, b.url, l.users_affected
         FROM bug b JOIN ticket_bug_link l ON l.bug_id = b.id WHERE l.ticket_id = $1`,
      [ticket.id],
    );
    expect(row).toEqual({
      steps_to_reproduce: fields.stepsToReproduce,
      expected_result: fields.expectedResult,
      actual_result: fields.actualResult,
      environment: fields.environment,
      url: fields.url,
      users_affected: 12,
    });
    expect((await readTicket(ticket.id)).bug).toEqual({ id: bug.id, reference: bug.reference, status: 'NEW' });
    const full = await readBug(bug.id, agent);
    expect(full.timeline.map((e) => e.text)).toEqual([
      `Lena Fischer escalated the bug from ticket #${ticket.number}`,
      `Lena Fischer linked ticket #${ticket.number}`,
    ]);
    expect(full.tickets.edges.map((e) => e.node)).toEqual([
      { ticket: { id: ticket.id }, usersAffected: 12, fixAnnouncedAt: null, linkedBy: { name: 'Lena Fischer' } },
    ]);
  });

  it('E2: every active engineer is notified at once (BUG_ESCALATED leading to the bug’s page), nobody else', async () => {
    const other = await signedInStaff(server, { roles: ['ENGINEER'], name: 'Engineer Olu' });
    const gone = await createStaff(server, { roles: ['ENGINEER'] });
    await server.services.db.query(`UPDATE app_user SET is_active = false WHERE id = $1`, [gone.id]);
    const { ticket, bug } = await escalated();
    const path = `/escalations/${bug.id}`;
    const expected = await activeEngineerIds();
    expect(expected).toContain(other.user.id);
    expect(expected).not.toContain(gone.id);
    expect(await notifiedIds('BUG_ESCALATED', path)).toEqual(expected);
    const { notifications } = await other.client.ok(NOTIFICATIONS);
    expect(notifications.edges.map((e) => e.node).find((n) => n.path === path)).toEqual({
      kind: 'BUG_ESCALATED',
      path,
      body: expect.stringContaining(`Lena Fischer escalated ${bug.reference} (High): ${bug.title}`),
      ticket: { id: ticket.id },
    });
  });

  it('E2: engineering’s chat hears of the new bug, once, with a link to it', async () => {
    const { ticket, bug } = await escalated({ fields: { severity: 'MEDIUM' } });
    await expect.poll(() => chat.messages.filter((m) => m.text.includes(bug.reference)).length, { timeout: 10_000 }).toBe(1);
    const message = chat.messages.find((m) => m.text.includes(bug.reference))!;
    expect(message.text).toContain(
      `New bug ${bug.reference} (Medium): ${bug.title}, escalated by Lena Fischer from ticket #${ticket.number}`,
    );
    expect(message.text).toContain(`/escalations/${bug.id}`);
  });

  it('E2: a down engineering chat never blocks the agent: the escalation answers at once, engineers are notified, the chat message arrives once it is back', async () => {
    chat.failNext = 2;
    const started = Date.now();
    const { bug } = await escalated();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await notifiedIds('BUG_ESCALATED', `/escalations/${bug.id}`)).toEqual(await activeEngineerIds());
    await expect.poll(() => chat.messages.filter((m) => m.text.includes(bug.reference)).length, { timeout: 20_000, interval: 250 }).toBe(1);
    expect(chat.failNext).toBe(0);
  });

  it('W5: two agents escalating the same ticket at once make one bug', async () => {
    const ticket = await bugTicket();
    const before = await bugCount();
    const ben = await server.signIn('ben@example.com');
    const results = await Promise.all([escalate(agent, ticket.id), escalate(ben, ticket.id)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'BAD_USER_INPUT')).toHaveLength(1);
    expect(await bugCount()).toBe(before + 1);
  });
});

describe('C3: a bug ticket is escalated before it closes', () => {
  it('C3: closing a BUG ticket without a bug is refused (BUG_NOT_ESCALATED) and changes nothing; the checklist says why', async () => {
    const ticket = await bugTicket();
    const result = await agent.request(CLOSE, { id: ticket.id });
    expectCode(result, 'BUG_NOT_ESCALATED');
    expect(result.errors![0]!.message).toMatch(/escalate it to engineering, or link it to a known bug, before closing it \(C3\)/);
    const t = await readTicket(ticket.id);
    expect(t.status).toBe('OPEN');
    expect(t.timeline.some((e) => e.__typename === 'TicketEvent' && e.kind === 'CLOSED')).toBe(false);
    expect(t.checklist.find((s) => s.id === 'C3')).toEqual({
      id: 'C3',
      status: 'TODO',
      reason: 'This ticket is a bug: escalate it to engineering, or link it to a known bug, before closing it (C3).',
    });
    expect(t.viewerCan.close).toMatchObject({ allowed: false, code: 'BUG_NOT_ESCALATED' });
  });

  it('C3: after escalating, the ticket closes; C3 is done', async () => {
    const { ticket } = await escalated();
    const t = await readTicket(ticket.id);
    expect(t.checklist.find((s) => s.id === 'C3')).toEqual({ id: 'C3', status: 'DONE', reason: null });
    expect(t.viewerCan.close.allowed).toBe(true);
    expect((await agent.ok(CLOSE, { id: ticket.id })).closeTicket.status).toBe('CLOSED');
  });

  it('C3: after linking to a known bug, the ticket closes', async () => {
    const { bug } = await escalated();
    const ticket = await bugTicket();
    expectCode(await agent.request(CLOSE, { id: ticket.id }), 'BUG_NOT_ESCALATED');
    const linkedTicket = await linked(agent, ticket.id, bug.id);
    expect(linkedTicket.checklist.find((s) => s.id === 'C3')!.status).toBe('DONE');
    expect((await agent.ok(CLOSE, { id: ticket.id })).closeTicket.status).toBe('CLOSED');
  });

  it('C3: other types have nothing to escalate; without a type it waits for C1', async () => {
    const question = await createTicket(server, { type: 'QUESTION' });
    expect((await readTicket(question.id)).checklist.find((s) => s.id === 'C3')).toEqual({
      id: 'C3',
      status: 'DONE',
      reason: 'Nothing to escalate: only bugs go to engineering.',
    });
    const untyped = await createTicket(server);
    expect((await readTicket(untyped.id)).checklist.find((s) => s.id === 'C3')!.status).toBe('BLOCKED');
  });
});

describe('linkTicketToBug and unlinkTicketFromBug (E3)', () => {
  it('E3: refuses anonymous callers and product (FORBIDDEN); an engineer may link', async () => {
    const { bug } = await escalated();
    const ticket = await bugTicket();
    expectCode(await link(server.client(), ticket.id, bug.id), 'UNAUTHENTICATED');
    expectCode(await link(product, ticket.id, bug.id), 'FORBIDDEN');
    expectCode(await product.request(UNLINK, { ticketId: ticket.id }), 'FORBIDDEN');
    expect((await readTicket(ticket.id)).bug).toBeNull();
    expect((await linked(engineer, ticket.id, bug.id)).bug!.id).toBe(bug.id);
  });

  it('E3: forged ids are NOT_FOUND, users affected out of range BAD_USER_INPUT; nothing is linked', async () => {
    const { bug } = await escalated();
    const ticket = await bugTicket();
    expectCode(await link(agent, ticket.id, randomUUID()), 'NOT_FOUND');
    expectCode(await link(agent, ticket.id, 'BUG-1'), 'NOT_FOUND');
    expectCode(await link(agent, randomUUID(), bug.id), 'NOT_FOUND');
    expectCode(await link(agent, "1' OR 1=1 --", bug.id), 'NOT_FOUND');
    expectCode(await link(agent, ticket.id, bug.id, { usersAffected: 0 }), 'BAD_USER_INPUT');
    expectCode(await link(agent, ticket.id, bug.id, { usersAffected: 10_000_001 }), 'BAD_USER_INPUT');
    expect((await readBug(bug.id)).ticketCount).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM ticket_bug_link WHERE ticket_id = $1`, [ticket.id])).toBe(0);
  });

  it('E3: linking to a duplicate bug is refused (BUG_CLOSED): link to the bug it duplicates', async () => {
    const { bug: original } = await escalated();
    const { bug: duplicate } = await escalated();
    await manager.ok(MERGE, { duplicateId: duplicate.id, originalId: original.id });
    const ticket = await bugTicket();
    expectCode(await link(agent, ticket.id, duplicate.id), 'BUG_CLOSED');
    expect((await readTicket(ticket.id)).bug).toBeNull();
  });

  it('E3: a ticket linked to another bug is refused (BAD_USER_INPUT); linking the same ticket twice is harmless', async () => {
    const { ticket, bug } = await escalated();
    const { bug: other } = await escalated();
    expectCode(await link(agent, ticket.id, other.id), 'BAD_USER_INPUT');
    expect((await readTicket(ticket.id)).bug!.id).toBe(bug.id);
    expect((await readBug(other.id)).ticketCount).toBe(1);

    const second = await bugTicket();
    await Promise.all([linked(agent, second.id, bug.id), linked(manager, second.id, bug.id)]);
    await linked(agent, second.id, bug.id);
    expect((await readBug(bug.id)).ticketCount).toBe(2);
    expect(await ticketEvents(second.id, 'BUG_LINKED')).toHaveLength(1);
  });

  it('E3: counts what is behind the bug: tickets, distinct customers, users affected and revenue once per customer, high-value customers', async () => {
    const { highValueRevenueCents } = (await manager.ok(graphql(`query HighValueInEscalations { teamSettings { highValueRevenueCents } }`)))
      .teamSettings;
    expect(highValueRevenueCents).toBeGreaterThan(5_000);
    const email = `repeat-${tag()}@test.example`;
    const { bug } = await escalated({ ticket: { email }, fields: { usersAffected: 3 }, revenueCents: 5_000 });
    // The same customer again, reporting more users: counted once, with their largest report.
    const again = await bugTicket({ email });
    const premium = await bugTicket({ plan: 'PREMIUM' });
    await linked(agent, again.id, bug.id, { usersAffected: 5 });
    await linked(agent, premium.id, bug.id, { usersAffected: 2 });
    expect(await readBug(bug.id)).toMatchObject({
      ticketCount: 3,
      customerCount: 2,
      usersAffected: 7,
      revenueCents: 15_000,
      highValueCount: 1,
    });
  });

  it('E3: two agents linking different tickets to the same bug at once: the counts are exact', async () => {
    const { bug } = await escalated({ fields: { usersAffected: 1 } });
    const ben = await server.signIn('ben@example.com');
    const tickets = await Promise.all(Array.from({ length: 12 }, () => bugTicket()));
    await Promise.all(tickets.map((t, i) => linked(i % 2 ? agent : ben, t.id, bug.id, { usersAffected: 2 })));
    expect(await readBug(bug.id)).toMatchObject({ ticketCount: 13, customerCount: 13, usersAffected: 25 });
  });

  it('E3: unlinking counts the ticket out, shows on its timeline, and C3 is to do again', async () => {
    const { bug } = await escalated({ fields: { usersAffected: 1 } });
    const ticket = await bugTicket({}, 4_000);
    await linked(agent, ticket.id, bug.id, { usersAffected: 6 });
    expect(await readBug(bug.id)).toMatchObject({ ticketCount: 2, customerCount: 2, usersAffected: 7, revenueCents: 4_000 });
    expectCode(await server.client().request(UNLINK, { ticketId: ticket.id }), 'UNAUTHENTICATED');
    const { unlinkTicketFromBug } = await agent.ok(UNLINK, { ticketId: ticket.id });
    expect(unlinkTicketFromBug.bug).toBeNull();
    expect(unlinkTicketFromBug.checklist.find((s) => s.id === 'C3')!.status).toBe('TODO');
    expect(await readBug(bug.id)).toMatchObject({ ticketCount: 1, customerCount: 1, usersAffected: 1, revenueCents: 0 });
    expect((await ticketEvents(ticket.id, 'BUG_UNLINKED')).map((e) => e.text)).toEqual([
      `Lena Fischer unlinked the ticket from ${bug.reference}`,
    ]);
    expect((await readBug(bug.id)).timeline.at(-1)!.text).toBe(`Lena Fischer unlinked ticket #${ticket.number}`);
    expectCode(await agent.request(UNLINK, { ticketId: ticket.id }), 'BAD_USER_INPUT');
  });
});

describe('similarBugs (E1)', () => {
  it('E1: refuses anonymous callers and product', async () => {
    expectCode(await server.client().request(SIMILAR, { title: 'Export fails', steps: '' }), 'UNAUTHENTICATED');
    expectCode(await product.request(SIMILAR, { title: 'Export fails', steps: '' }), 'FORBIDDEN');
  });

  it('E1: offers an open bug that reads alike, not a fixed one, not an unrelated one', async () => {
    const a = tag();
    const b = tag();
    const steps = `Connect the ${a} calendar, wait for the sync`;
    const { bug: open } = await escalated({ fields: { title: `Calendar ${a} sync duplicates ${b} events`, stepsToReproduce: steps } });
    const { bug: fixed } = await escalated({ fields: { title: `Calendar ${a} sync duplicates ${b} meetings`, stepsToReproduce: steps } });
    await engineer.ok(MARK_FIXED, { input: { id: fixed.id, message: 'We fixed it. Does the sync work for you now?' } });
    const { bug: unrelated } = await escalated({ fields: { title: `Invoice ${tag()} totals are rounded wrongly` } });
    const { similarBugs } = await agent.ok(SIMILAR, { title: `Calendar sync ${a} ${b} duplicates events`, steps });
    const ids = similarBugs.map((s) => s.bug.id);
    expect(ids[0]).toBe(open.id);
    expect(similarBugs[0]!.similarity).toBeGreaterThan(0.5);
    expect(ids).not.toContain(fixed.id);
    expect(ids).not.toContain(unrelated.id);
    expect((await agent.ok(SIMILAR, { title: `Nothing ${tag()} alike`, steps: '' })).similarBugs).toEqual([]);
  });
});

describe('bugs: the engineering queue (E2)', () => {
  // Six open bugs with a word of their own, in the order the queue shows them, and one fixed.
  const word = tag();
  const shown: { id: string; number: number; reference: string }[] = [];
  let fixedId: string;

  beforeAll(async () => {
    const make = async (severity: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW', revenueCents: number) =>
      (await escalated({ fields: { severity, title: `Queue ${word} ${severity.toLowerCase()} ${tag()}` }, revenueCents })).bug;
    const lowOld = await make('LOW', 90_000);
    const criticalOld = await make('CRITICAL', 0);
    const mediumRich = await make('MEDIUM', 80_000);
    const criticalRich = await make('CRITICAL', 20_000);
    const high = await make('HIGH', 0);
    const criticalNew = await make('CRITICAL', 0);
    shown.push(criticalRich, criticalOld, criticalNew, high, mediumRich, lowOld);
    const fixed = await make('CRITICAL', 100_000);
    await engineer.ok(MARK_FIXED, { input: { id: fixed.id, message: 'Fixed. Is it working for you now?' } });
    fixedId = fixed.id;
  });

  const ids = (result: { bugs: { edges: { node: { id: string } }[] } }) => result.bugs.edges.map((e) => e.node.id);

  it('E2: refuses anonymous callers and product; an agent may read the queue and a bug', async () => {
    expectCode(await server.client().request(BUGS, { filter: { search: word } }), 'UNAUTHENTICATED');
    expectCode(await product.request(BUGS, { filter: { search: word } }), 'FORBIDDEN');
    expectCode(await product.request(BUG, { id: shown[0]!.id }), 'FORBIDDEN');
    expect(ids(await agent.ok(BUGS, { filter: { search: word } }))).toEqual(shown.map((b) => b.id));
    expect((await readBug(shown[0]!.id, agent)).viewerCan.edit.allowed).toBe(false);
  });

  it('E2: orders by severity, then the revenue behind the bug, then age; fixed bugs only when asked for', async () => {
    const { bugs } = await engineer.ok(BUGS, { filter: { search: word } });
    expect(bugs.edges.map((e) => e.node.id)).toEqual(shown.map((b) => b.id));
    expect(bugs.edges.map((e) => [e.node.severity, e.node.revenueCents])).toEqual([
      ['CRITICAL', 20_000],
      ['CRITICAL', 0],
      ['CRITICAL', 0],
      ['HIGH', 0],
      ['MEDIUM', 80_000],
      ['LOW', 90_000],
    ]);
    expect(ids(await engineer.ok(BUGS, { filter: { search: word, status: ['FIXED'] } }))).toEqual([fixedId]);
    expect(ids(await engineer.ok(BUGS, { filter: { search: word, severity: 'CRITICAL' } }))).toEqual(shown.slice(0, 3).map((b) => b.id));
  });

  it('E2: filters by engineer (mine, or anyone’s) and finds a bug by its number or words', async () => {
    const target = shown[3]!;
    const { version } = await readBug(target.id);
    await engineer.ok(ASSIGN_BUG, { id: target.id, engineerId, version });
    expect(ids(await engineer.ok(BUGS, { filter: { search: word, mine: true } }))).toEqual([target.id]);
    expect(ids(await manager.ok(BUGS, { filter: { search: word, engineerId } }))).toEqual([target.id]);
    expect(ids(await manager.ok(BUGS, { filter: { search: word, engineerId: 'not-an-id' } }))).toEqual([]);
    const byReference = ids(await engineer.ok(BUGS, { filter: { search: target.reference } }));
    expect(byReference).toContain(target.id);
    expect(byReference.filter((id) => shown.some((b) => b.id === id))).toEqual([target.id]);
    expect(ids(await engineer.ok(BUGS, { filter: { search: String(target.number) } }))).toContain(target.id);
    expect(ids(await engineer.ok(BUGS, { filter: { search: `${word} high` } }))).toEqual([target.id]);
    expect(ids(await engineer.ok(BUGS, { filter: { search: `${word} nothing${tag()}` } }))).toEqual([]);
  });

  it('E2: pages walk the queue by keyset without a duplicate or a gap; a forged cursor is BAD_USER_INPUT', async () => {
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { bugs }: BugsInEscalationsQuery = await engineer.ok(BUGS, { first: 2, after, filter: { search: word } });
      walked.push(...bugs.edges.map((e) => e.node.id));
      if (!bugs.pageInfo.hasNextPage) break;
      after = bugs.pageInfo.endCursor;
    }
    expect(walked).toEqual(shown.map((b) => b.id));
    expectCode(await engineer.request(BUGS, { after: 'forged', filter: { search: word } }), 'BAD_USER_INPUT');
    const wrongShape = Buffer.from(JSON.stringify(['x', 1, 'y', 'z'])).toString('base64url');
    expectCode(await engineer.request(BUGS, { after: wrongShape, filter: { search: word } }), 'BAD_USER_INPUT');
    expectCode(await engineer.request(BUGS, { first: 0 }), 'BAD_USER_INPUT');
    expectCode(await engineer.request(BUGS, { first: 101 }), 'BAD_USER_INPUT');
  });
});

describe('updateBug, assignBug, setBugStatus', () => {
  it('E2: refuses anonymous callers, agents and product (FORBIDDEN); nothing changes', async () => {
    const { bug } = await escalated();
    const before = await bugRow(bug.id);
    const { version } = await readBug(bug.id);
    expectCode(await server.client().request(UPDATE_BUG, { input: { id: bug.id, version, title: 'Renamed' } }), 'UNAUTHENTICATED');
    expectCode(await agent.request(UPDATE_BUG, { input: { id: bug.id, version, title: 'Renamed' } }), 'FORBIDDEN');
    expectCode(await agent.request(ASSIGN_BUG, { id: bug.id, engineerId, version }), 'FORBIDDEN');
    expectCode(await agent.request(SET_STATUS, { input: { id: bug.id, version, status: 'ACKNOWLEDGED' } }), 'FORBIDDEN');
    expectCode(await product.request(SET_STATUS, { input: { id: bug.id, version, status: 'ACKNOWLEDGED' } }), 'FORBIDDEN');
    expect(await bugRow(bug.id)).toEqual(before);
  });

  it('E2: refuses a stale version (BUG_CHANGED) and leaves the newer change as it is; two engineers at once: one wins', async () => {
    const { bug } = await escalated();
    const { version } = await readBug(bug.id);
    const { updateBug } = await engineer.ok(UPDATE_BUG, { input: { id: bug.id, version, title: 'Export to CSV fails for big lists' } });
    expect(updateBug.version).toBe(version + 1);
    const after = await bugRow(bug.id);
    expectCode(await manager.request(UPDATE_BUG, { input: { id: bug.id, version, title: 'Something else' } }), 'BUG_CHANGED');
    expectCode(await manager.request(SET_STATUS, { input: { id: bug.id, version, status: 'ACKNOWLEDGED' } }), 'BUG_CHANGED');
    expect(await bugRow(bug.id)).toEqual(after);

    const results = await Promise.all([
      engineer.request(SET_STATUS, { input: { id: bug.id, version: version + 1, status: 'ACKNOWLEDGED' } }),
      manager.request(SET_STATUS, { input: { id: bug.id, version: version + 1, status: 'IN_PROGRESS' } }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'BUG_CHANGED')).toHaveLength(1);
    expect((await bugRow(bug.id)).version).toBe(version + 2);
  });

  it('E1: an edit cannot empty a field engineers need; a tracker link must be a web address', async () => {
    const { bug } = await escalated();
    const before = await bugRow(bug.id);
    const { version } = await readBug(bug.id);
    expectCode(await engineer.request(UPDATE_BUG, { input: { id: bug.id, version, stepsToReproduce: '  ' } }), 'ESCALATION_INCOMPLETE');
    expectCode(await engineer.request(UPDATE_BUG, { input: { id: bug.id, version, trackerUrl: 'javascript:alert(1)' } }), 'BAD_USER_INPUT');
    expectCode(await engineer.request(UPDATE_BUG, { input: { id: bug.id, version, title: 'Bad\u0000title' } }), 'BAD_USER_INPUT');
    expect(await bugRow(bug.id)).toEqual(before);
    const tracker = 'https://github.com/acme/app/issues/12';
    expect((await engineer.ok(UPDATE_BUG, { input: { id: bug.id, version, trackerUrl: tracker } })).updateBug.trackerUrl).toBe(tracker);
    expect((await readBug(bug.id)).timeline.at(-1)!.text).toBe(`${engineerName} edited tracker link`);
  });

  it('E2: assigns only active engineers (BAD_USER_INPUT otherwise); the assigned engineer is notified (BUG_ASSIGNED)', async () => {
    const { bug } = await escalated();
    const before = await bugRow(bug.id);
    const { version } = await readBug(bug.id);
    const lenaId = (await server.services.db.query(`SELECT id FROM app_user WHERE email = 'lena@example.com'`))[0].id;
    expectCode(await manager.request(ASSIGN_BUG, { id: bug.id, engineerId: lenaId, version }), 'BAD_USER_INPUT');
    expectCode(await manager.request(ASSIGN_BUG, { id: bug.id, engineerId: randomUUID(), version }), 'BAD_USER_INPUT');
    // A malformed id is refused before the resolver, as everywhere in the API.
    expectCode(await manager.request(ASSIGN_BUG, { id: bug.id, engineerId: 'nope', version }), 'NOT_FOUND');
    const gone = await createStaff(server, { roles: ['ENGINEER'] });
    await server.services.db.query(`UPDATE app_user SET is_active = false WHERE id = $1`, [gone.id]);
    expectCode(await manager.request(ASSIGN_BUG, { id: bug.id, engineerId: gone.id, version }), 'BAD_USER_INPUT');
    expect(await bugRow(bug.id)).toEqual(before);

    const { assignBug } = await manager.ok(ASSIGN_BUG, { id: bug.id, engineerId, version });
    expect(assignBug.engineer).toEqual({ id: engineerId, name: engineerName });
    expect(await notifiedIds('BUG_ASSIGNED', `/escalations/${bug.id}`)).toEqual([engineerId]);
    const { notifications } = await engineer.ok(NOTIFICATIONS);
    expect(notifications.edges.find((e) => e.node.kind === 'BUG_ASSIGNED' && e.node.path === `/escalations/${bug.id}`)!.node.body).toBe(
      `Peyton Brooks assigned ${bug.reference} “${bug.title}” to you.`,
    );
  });

  it('E3: every status change appears in every linked ticket’s timeline; FIXED and DUPLICATE are refused here, NEEDS_INFO needs a question', async () => {
    const { ticket, bug } = await escalated();
    const second = await bugTicket();
    await linked(agent, second.id, bug.id);
    let { version } = await readBug(bug.id);
    const before = await bugRow(bug.id);
    const fixed = await engineer.request(SET_STATUS, { input: { id: bug.id, version, status: 'FIXED' } });
    expectCode(fixed, 'BAD_USER_INPUT');
    expect(fixed.errors![0]!.message).toMatch(/Mark fixed/);
    expectCode(await engineer.request(SET_STATUS, { input: { id: bug.id, version, status: 'DUPLICATE' } }), 'BAD_USER_INPUT');
    expectCode(await engineer.request(SET_STATUS, { input: { id: bug.id, version, status: 'NEEDS_INFO' } }), 'BUG_QUESTION_REQUIRED');
    expectCode(
      await engineer.request(SET_STATUS, { input: { id: bug.id, version, status: 'NEEDS_INFO', question: '   ' } }),
      'BUG_QUESTION_REQUIRED',
    );
    expect(await bugRow(bug.id)).toEqual(before);
    expect(await ticketEvents(ticket.id, 'BUG_STATUS_SET')).toEqual([]);

    for (const status of ['ACKNOWLEDGED', 'IN_PROGRESS', 'WONT_FIX'] as const) {
      ({ version } = (await engineer.ok(SET_STATUS, { input: { id: bug.id, version, status } })).setBugStatus);
    }
    for (const t of [ticket, second]) {
      expect(await ticketEvents(t.id, 'BUG_STATUS_SET')).toEqual([
        {
          __typename: 'TicketEvent',
          kind: 'BUG_STATUS_SET',
          text: `${engineerName} set ${bug.reference} to Acknowledged`,
          actor: { name: engineerName },
        },
        {
          __typename: 'TicketEvent',
          kind: 'BUG_STATUS_SET',
          text: `${engineerName} set ${bug.reference} to In progress`,
          actor: { name: engineerName },
        },
        {
          __typename: 'TicketEvent',
          kind: 'BUG_STATUS_SET',
          text: `${engineerName} set ${bug.reference} to Won't fix`,
          actor: { name: engineerName },
        },
      ]);
    }
    expect((await readTicket(ticket.id)).bug!.status).toBe('WONT_FIX');
  });
});

describe('askForBugInfo', () => {
  it('E1: refuses agents (FORBIDDEN) and an empty question (BUG_QUESTION_REQUIRED); nothing changes', async () => {
    const { ticket, bug } = await escalated();
    const before = await bugRow(bug.id);
    const { version } = await readBug(bug.id);
    expectCode(await server.client().request(ASK, { id: bug.id, question: 'Which browser?', version }), 'UNAUTHENTICATED');
    expectCode(await agent.request(ASK, { id: bug.id, question: 'Which browser?', version }), 'FORBIDDEN');
    expectCode(await engineer.request(ASK, { id: bug.id, question: ' ', version }), 'BUG_QUESTION_REQUIRED');
    expectCode(await engineer.request(ASK, { id: bug.id, question: 'x'.repeat(5_001), version }), 'BAD_USER_INPUT');
    expectCode(await engineer.request(ASK, { id: randomUUID(), question: 'Which browser?', version }), 'NOT_FOUND');
    expect(await bugRow(bug.id)).toEqual(before);
    expect((await readTicket(ticket.id)).timeline.some((e) => e.__typename === 'Note')).toBe(false);
  });

  it('E1/E3: the question becomes an internal note on every linked ticket; who escalated, linked or is assigned is notified once each (BUG_NEEDS_INFO)', async () => {
    const escalator = await signedInStaff(server, { name: 'Agent Esme' });
    const linker = await signedInStaff(server, { name: 'Agent Lior' });
    const assignee = await signedInStaff(server, { name: 'Agent Ada' });
    const { ticket, bug } = await escalated({ by: escalator.client });
    // Esme also handles her ticket: she is told once.
    await escalator.client.ok(CLAIM, { id: ticket.id });
    const second = await bugTicket();
    await linked(linker.client, second.id, bug.id);
    await assignee.client.ok(CLAIM, { id: second.id });
    const third = await bugTicket();
    await linked(linker.client, third.id, bug.id);

    const { version } = await readBug(bug.id);
    const question = 'Does it also happen with fewer than 100 rows?';
    expect((await engineer.ok(ASK, { id: bug.id, question, version })).askForBugInfo.status).toBe('NEEDS_INFO');
    for (const t of [ticket, second, third]) {
      const notes = (await readTicket(t.id)).timeline.filter((e) => e.__typename === 'Note');
      expect(notes).toEqual([
        { __typename: 'Note', body: `${bug.reference} needs more information (Needs info): ${question}`, author: { name: engineerName } },
      ]);
      // Internal: the customer is sent nothing.
      expect(await count(`SELECT count(*)::int AS n FROM outbox_mail WHERE ticket_id = $1`, [t.id])).toBe(0);
    }
    expect(await notifiedIds('BUG_NEEDS_INFO', `/escalations/${bug.id}`)).toEqual(
      [escalator.user.id, linker.user.id, assignee.user.id].sort(),
    );
    const { notifications } = await linker.client.ok(NOTIFICATIONS);
    expect(notifications.edges.find((e) => e.node.kind === 'BUG_NEEDS_INFO')!.node.body).toBe(
      `${engineerName} needs more information on ${bug.reference} “${bug.title}”: ${question}`,
    );
    const timeline = (await readBug(bug.id)).timeline;
    expect(timeline.at(-1)).toMatchObject({ kind: 'QUESTION_ASKED', question });
    expect(timeline.some((e) => e.kind === 'STATUS_SET' && e.text === `${engineerName} set the status to Needs info`)).toBe(true);
  });
});

const FIX_MESSAGE =
  'Hi {{customer.firstName}}, {{agent.name}} fixed the problem you reported on ticket #{{ticket.number}} ({{ticket.subject}}). Is it working for you now?';

async function fixMails(ticketIds: string[]) {
  const rows: { ticket_id: string; body_text: string }[] = await server.services.db.query(
    `SELECT ticket_id, body_text FROM outbox_mail WHERE kind = 'BUG_FIXED' AND ticket_id = ANY($1::uuid[]) ORDER BY ticket_id`,
    [ticketIds],
  );
  return rows;
}

async function fixReplies(ticketId: string): Promise<number> {
  return count(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [ticketId]);
}

async function announced(bugId: string) {
  await expect.poll(async () => (await readBug(bugId)).fixProgress?.isDone, { timeout: 15_000, interval: 100 }).toBe(true);
  await expect
    .poll(async () => (await server.services.db.query(`SELECT fix_pending FROM bug WHERE id = $1`, [bugId]))[0].fix_pending, {
      timeout: 10_000,
    })
    .toBe(false);
}

describe('markBugFixed (E3)', () => {
  it('E3: refuses anonymous callers and agents; a message without a question or with an unknown placeholder is refused; nothing changes', async () => {
    const { ticket, bug } = await escalated();
    const before = await bugRow(bug.id);
    const ok = 'Fixed. Is it working for you now?';
    expectCode(await server.client().request(MARK_FIXED, { input: { id: bug.id, message: ok } }), 'UNAUTHENTICATED');
    expectCode(await agent.request(MARK_FIXED, { input: { id: bug.id, message: ok } }), 'FORBIDDEN');
    expectCode(await trainee.request(MARK_FIXED, { input: { id: bug.id, message: ok } }), 'FORBIDDEN');
    expectCode(await engineer.request(MARK_FIXED, { input: { id: bug.id, message: 'We fixed it.' } }), 'REPLY_MUST_END_WITH_QUESTION');
    const unknown = await engineer.request(MARK_FIXED, { input: { id: bug.id, message: 'Hi {{customer.nickname}}, fixed. Better now?' } });
    expectCode(unknown, 'UNKNOWN_PLACEHOLDER');
    expect(unknown.errors![0]!.message).toContain('{{customer.nickname}}');
    expectCode(await engineer.request(MARK_FIXED, { input: { id: bug.id, message: '   ' } }), 'BAD_USER_INPUT');
    expectCode(await engineer.request(MARK_FIXED, { input: { id: randomUUID(), message: ok } }), 'NOT_FOUND');
    expect(await bugRow(bug.id)).toEqual(before);
    expect(await fixMails([ticket.id])).toEqual([]);
  });

  it('E3: tells what it will do, then sends one mail per linked ticket with its placeholders filled; a closed ticket is reopened as waiting on the customer', async () => {
    const email = `twice-${tag()}@test.example`;
    const { ticket: first, bug } = await escalated({ ticket: { email, subject: 'CSV export broken' } });
    const sameCustomer = await bugTicket({ email, subject: 'Export still broken' });
    const otherCustomer = await bugTicket({ subject: 'Cannot export' });
    await linked(agent, sameCustomer.id, bug.id);
    await linked(agent, otherCustomer.id, bug.id);
    await agent.ok(CLOSE, { id: otherCustomer.id });
    const tickets = [first, sameCustomer, otherCustomer];

    const before = await readBug(bug.id);
    expect(before.fixPreview).toEqual({
      tickets: 3,
      customers: 2,
      closedTickets: 1,
      sentence: 'This tells 2 customers on 3 tickets; 1 ticket is closed and will be reopened as waiting on the customer.',
    });
    expect(before.fixProgress).toBeNull();
    expect(before.viewerCan.markFixed.allowed).toBe(true);

    const { markBugFixed } = await engineer.ok(MARK_FIXED, { input: { id: bug.id, message: FIX_MESSAGE } });
    expect(markBugFixed).toMatchObject({ status: 'FIXED', fixMessage: FIX_MESSAGE, fixedBy: { name: engineerName } });
    await announced(bug.id);

    const after = await readBug(bug.id);
    expect(after.fixProgress).toEqual({ sent: 3, total: 3, isDone: true, sentence: 'Told all 3 linked tickets.' });
    expect(after.fixPreview).toMatchObject({ tickets: 0, customers: 0 });
    expect(after.tickets.edges.every((e) => e.node.fixAnnouncedAt !== null)).toBe(true);
    expect(after.viewerCan.markFixed.allowed).toBe(false);
    expect(after.timeline.at(-1)!.text).toBe(`${engineerName} marked the bug fixed and told the customers of 3 tickets`);

    const mails = await fixMails(tickets.map((t) => t.id));
    expect(mails.map((m) => m.ticket_id).sort()).toEqual(tickets.map((t) => t.id).sort());
    for (const t of tickets) {
      const [customer] = await server.services.db.query(`SELECT name FROM customer WHERE id = $1`, [t.customerId]);
      const expected = `Hi ${customer.name.split(' ')[0]}, ${engineerName} fixed the problem you reported on ticket #${t.number} (${t.subject}). Is it working for you now?`;
      expect(mails.find((m) => m.ticket_id === t.id)!.body_text).toContain(expected);
      const seen = await readTicket(t.id);
      expect(seen.status).toBe('PENDING');
      expect(seen.isToldOfFix).toBe(true);
      expect(seen.bug!.status).toBe('FIXED');
      expect(seen.timeline.filter((e) => e.__typename === 'Reply')).toEqual([
        { __typename: 'Reply', body: expected, replyAuthor: { name: engineerName } },
      ]);
      expect(seen.timeline.filter((e) => e.__typename === 'TicketEvent' && e.kind === 'BUG_FIX_ANNOUNCED')).toEqual([
        {
          __typename: 'TicketEvent',
          kind: 'BUG_FIX_ANNOUNCED',
          text: `${engineerName} fixed ${bug.reference}; the customer was told`,
          actor: { name: engineerName },
        },
      ]);
    }
    expect((await ticketEvents(otherCustomer.id, 'REOPENED')).length).toBe(1);
  });

  it('E3: marking fixed twice (again, or two clicks at once) sends nothing twice; another message on a fixed bug is refused', async () => {
    const { ticket, bug } = await escalated();
    const second = await bugTicket();
    await linked(agent, second.id, bug.id);
    const results = await Promise.all([
      engineer.request(MARK_FIXED, { input: { id: bug.id, message: FIX_MESSAGE } }),
      engineer.request(MARK_FIXED, { input: { id: bug.id, message: FIX_MESSAGE } }),
      manager.request(MARK_FIXED, { input: { id: bug.id, message: FIX_MESSAGE } }),
    ]);
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    await announced(bug.id);
    expect((await engineer.ok(MARK_FIXED, { input: { id: bug.id, message: FIX_MESSAGE } })).markBugFixed.status).toBe('FIXED');
    expectCode(
      await engineer.request(MARK_FIXED, { input: { id: bug.id, message: 'Another text. Is it working now?' } }),
      'BAD_USER_INPUT',
    );
    // Give a second announcer round the chance to repeat itself.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await fixMails([ticket.id, second.id])).map((m) => m.ticket_id).sort()).toEqual([ticket.id, second.id].sort());
    expect(await fixReplies(ticket.id)).toBe(1);
    expect(await fixReplies(second.id)).toBe(1);
    expect((await readBug(bug.id)).timeline.filter((e) => e.kind === 'FIX_ANNOUNCED')).toHaveLength(1);
  });

  it('E3: a ticket linked after the fix is not told by itself; linking with tellFixed tells it once (not by a trainee)', async () => {
    const { bug } = await escalated();
    await engineer.ok(MARK_FIXED, { input: { id: bug.id, message: FIX_MESSAGE } });
    await announced(bug.id);
    const late = await bugTicket();
    const linkedLate = await linked(agent, late.id, bug.id);
    expect(linkedLate.isToldOfFix).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await fixMails([late.id])).toEqual([]);
    expect((await readBug(bug.id)).fixPreview.tickets).toBe(1);

    expectCode(await link(trainee, late.id, bug.id, { tellFixed: true }), 'TRAINEE_MUST_SUBMIT_DRAFT');
    expect(await fixMails([late.id])).toEqual([]);
    const told = await linked(agent, late.id, bug.id, { tellFixed: true });
    expect(told.isToldOfFix).toBe(true);
    expect(told.status).toBe('PENDING');
    await linked(agent, late.id, bug.id, { tellFixed: true });
    expect(await fixMails([late.id])).toHaveLength(1);
    expect(await fixReplies(late.id)).toBe(1);

    // Told at once when linked: an open bug refuses it.
    const { bug: open } = await escalated();
    const early = await bugTicket();
    expectCode(await link(agent, early.id, open.id, { tellFixed: true }), 'BAD_USER_INPUT');
    expect((await readTicket(early.id)).bug).toBeNull();
  });
});

describe('mergeBugs', () => {
  it('E3: refuses anonymous callers and agents; a bug into itself, or into a duplicate, is refused; nothing changes', async () => {
    const { bug: a } = await escalated();
    const { bug: b } = await escalated();
    const { bug: c } = await escalated();
    expectCode(await server.client().request(MERGE, { duplicateId: a.id, originalId: b.id }), 'UNAUTHENTICATED');
    expectCode(await agent.request(MERGE, { duplicateId: a.id, originalId: b.id }), 'FORBIDDEN');
    const before = await bugRow(a.id);
    expectCode(await engineer.request(MERGE, { duplicateId: a.id, originalId: a.id }), 'BAD_USER_INPUT');
    expectCode(await engineer.request(MERGE, { duplicateId: a.id, originalId: randomUUID() }), 'NOT_FOUND');
    await engineer.ok(MERGE, { duplicateId: b.id, originalId: c.id });
    expectCode(await engineer.request(MERGE, { duplicateId: a.id, originalId: b.id }), 'BUG_CLOSED');
    expectCode(await engineer.request(MERGE, { duplicateId: b.id, originalId: a.id }), 'BUG_CLOSED');
    expect(await bugRow(a.id)).toEqual(before);
    expect((await readBug(c.id)).ticketCount).toBe(2);
  });

  it('E3: moves the duplicate’s tickets to the original (each customer counted once), points the duplicate to it and keeps its history', async () => {
    const email = `merge-${tag()}@test.example`;
    const { ticket: originalTicket, bug: original } = await escalated({
      ticket: { email },
      fields: { usersAffected: 2 },
      revenueCents: 3_000,
    });
    const { ticket: dupTicket, bug: duplicate } = await escalated({ ticket: { email }, fields: { usersAffected: 4 } });
    const other = await bugTicket({}, 1_000);
    await linked(agent, other.id, duplicate.id, { usersAffected: 1 });

    const { mergeBugs } = await engineer.ok(MERGE, { duplicateId: duplicate.id, originalId: original.id });
    expect(mergeBugs).toEqual({ id: original.id, ticketCount: 3, customerCount: 2 });
    const merged = await readBug(original.id);
    expect(merged).toMatchObject({ ticketCount: 3, customerCount: 2, usersAffected: 5, revenueCents: 4_000 });
    expect(merged.tickets.edges.map((e) => e.node.ticket.id).sort()).toEqual([originalTicket.id, dupTicket.id, other.id].sort());
    const dup = await readBug(duplicate.id);
    expect(dup).toMatchObject({ status: 'DUPLICATE', duplicateOf: { id: original.id }, ticketCount: 0, customerCount: 0 });
    expect(dup.viewerCan.edit.allowed).toBe(false);
    // The original's timeline holds the duplicate's history too, each entry with its bug.
    expect(merged.timeline.filter((e) => e.bugNumber === duplicate.number).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['CREATED', 'TICKET_LINKED', 'MERGED_INTO']),
    );
    expect(merged.timeline.at(-1)).toMatchObject({
      kind: 'MERGED_FROM',
      text: `${engineerName} merged ${duplicate.reference} into this bug`,
    });
    for (const t of [dupTicket, other]) {
      const seen = await readTicket(t.id);
      expect(seen.bug!.id).toBe(original.id);
      expect((await ticketEvents(t.id, 'BUG_LINKED')).at(-1)!.text).toBe(`${engineerName} linked the ticket to ${original.reference}`);
    }
    // The queue no longer shows the duplicate.
    expect((await engineer.ok(BUGS, { filter: { search: duplicate.reference } })).bugs.edges.map((e) => e.node.id)).not.toContain(
      duplicate.id,
    );
  });
});
