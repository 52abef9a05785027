import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, invalidVariables, type ApiClient } from '../support/api-client.js';
import { createStaff, createTicket, demoUserId, latestMessageId, signedInStaff } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { TicketInTicketsQuery, TicketsInTicketsQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';

const TICKET =
  graphql(`query TicketInTickets($id: ID!) { ticket(id: $id) { id number status group type isManagerAssigned isComplex isFrustrated responseDueAt firstResponseAt
  assignee { id name } latestMessageId pendingDraftCount
  checklist { id status reason }
  viewerCan { claim { allowed reason code } reply { allowed reason code } replyNeedsReview submitDraft { allowed } close { allowed } }
  timeline { __typename id ... on Reply { body author { name } approvedBy { name } savedReply { title } }
    ... on Note { body mentions { name } } ... on TicketEvent { kind text } ... on CustomerMessage { body customer { email } } } } }`);
type TimelineEntry = NonNullable<TicketInTicketsQuery['ticket']>['timeline'][number];
const QUEUE = graphql(`query TicketsInTickets($filter: TicketsFilter, $first: Int, $after: String) {
  tickets(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id subject isFrustrated isManagerAssigned responseDueAt assignee { id } } }
    pageInfo { hasNextPage endCursor } } }`);
const CLAIM = graphql(`mutation ClaimTicketInTickets($id: ID!) { claimTicket(id: $id) { id assignee { id } } }`);
const ASSIGN = graphql(
  `mutation AssignTicket($id: ID!, $to: ID!) { assignTicket(id: $id, assigneeId: $to) { id isManagerAssigned assignee { id } } }`,
);
const RELEASE = graphql(`mutation ReleaseTicket($id: ID!) { releaseTicket(id: $id) { id assignee { id } } }`);
const SET_TYPE = graphql(
  `mutation SetTicketTypeInTickets($id: ID!, $type: TicketType) { setTicketType(id: $id, type: $type) { id type group } }`,
);
const SET_GROUP = graphql(
  `mutation SetTicketGroup($id: ID!, $group: TicketGroup!) { setTicketGroup(id: $id, group: $group) { id group } }`,
);
const SET_COMPLEX = graphql(
  `mutation SetTicketComplexInTickets($id: ID!, $c: Boolean!) { setTicketComplex(id: $id, isComplex: $c) { id isComplex } }`,
);
const REPLY = graphql(
  `mutation ReplyToTicketInTickets($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id status firstResponseAt responseDueAt assignee { id } } }`,
);
const NOTE = graphql(`mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { id } }`);
const CLOSE = graphql(`mutation CloseTicketInTickets($id: ID!) { closeTicket(id: $id) { id status } }`);
const REOPEN = graphql(`mutation ReopenTicket($id: ID!) { reopenTicket(id: $id) { id status responseDueAt } }`);

let server: TestServer;
let manager: ApiClient;
let agent: ApiClient;
let agentId: string;
let trainee: ApiClient;
let engineer: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.signIn('peyton@example.com');
  ({
    client: agent,
    user: { id: agentId },
  } = await signedInStaff(server, { name: 'Agent Ana' }));
  trainee = await server.signIn('kate@example.com');
  engineer = (await signedInStaff(server, { roles: ['ENGINEER'] })).client;
});
afterAll(() => server?.stop());

async function messageCount(ticketId: string, kind: string): Promise<number> {
  const [row] = await server.services.db.query(`SELECT count(*)::int AS n FROM ticket_message WHERE ticket_id = $1 AND kind = $2`, [
    ticketId,
    kind,
  ]);
  return row.n;
}

async function reply(client: ApiClient, ticketId: string, body: string, extra: Record<string, unknown> = {}) {
  return client.request(REPLY, { input: { ticketId, body, seenMessageId: await latestMessageId(server, ticketId), ...extra } });
}

describe('tickets (the queue)', () => {
  it('refuses anonymous callers', async () => {
    expect(errorCode(await server.client().request(QUEUE))).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged cursor and first: 101', async () => {
    expect(errorCode(await agent.request(QUEUE, { after: 'WzEsMiwiYSIsImIiXQ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await agent.request(QUEUE, { first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('R4/R5: orders manager-assigned-to-me, then frustrated, then least time left', async () => {
    const { user, client } = await signedInStaff(server);
    const calm = await createTicket(server, { subject: 'order-calm' });
    const frustrated = await createTicket(server, { subject: 'order-frustrated' });
    const mine = await createTicket(server, { subject: 'order-mine' });
    const urgent = await createTicket(server, { subject: 'order-urgent', plan: 'PREMIUM' });
    await server.services.db.query(`UPDATE ticket SET is_frustrated = true WHERE id = $1`, [frustrated.id]);
    await manager.ok(ASSIGN, { id: mine.id, to: user.id });
    const data = await client.ok(QUEUE, { filter: { search: 'order' }, first: 10 });
    expect(data.tickets.edges.map((e) => e.node.subject)).toEqual(['order-mine', 'order-frustrated', 'order-urgent', 'order-calm']);
    void calm;
    void urgent;
  });

  it('pages through the whole queue with keyset cursors, in order, no ticket twice', async () => {
    for (let i = 0; i < 7; i++) await createTicket(server, { subject: `paging-${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: TicketsInTicketsQuery = await agent.ok(QUEUE, { filter: { search: 'paging' }, first: 3, after });
      seen.push(...data.tickets.edges.map((e) => e.node.subject));
      after = data.tickets.pageInfo.hasNextPage ? data.tickets.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('[agent] pages one row at a time through a queue with every kind of ticket: the same order as one page, none twice', async () => {
    const { user, client } = await signedInStaff(server);
    const make = (subject: string, plan: 'FREE' | 'PREMIUM' = 'FREE') => createTicket(server, { subject: `walk-${subject}`, plan });
    const tickets = {
      mineFrustrated: await make('mine-frustrated'),
      mine: await make('mine'),
      frustrated: await make('frustrated', 'PREMIUM'),
      frustratedWaiting: await make('frustrated-waiting'),
      urgent: await make('urgent', 'PREMIUM'),
      calm: await make('calm'),
      waiting: await make('waiting'),
      waitingToo: await make('waiting-too'),
    };
    for (const t of [tickets.mineFrustrated, tickets.frustrated, tickets.frustratedWaiting]) {
      await server.services.db.query(`UPDATE ticket SET is_frustrated = true WHERE id = $1`, [t.id]);
    }
    // Waiting on the customer: no answer is owed, so no due time (last in their part).
    for (const t of [tickets.frustratedWaiting, tickets.waiting, tickets.waitingToo]) {
      await server.services.db.query(`UPDATE ticket SET status = 'PENDING', response_due_at = NULL WHERE id = $1`, [t.id]);
    }
    for (const t of [tickets.mineFrustrated, tickets.mine]) await manager.ok(ASSIGN, { id: t.id, to: user.id });
    const filter = { search: 'walk' };
    const onePage = (await client.ok(QUEUE, { filter, first: 20 })).tickets.edges.map((e) => e.node.subject);
    expect(onePage.slice(0, 4)).toEqual(['walk-mine-frustrated', 'walk-mine', 'walk-frustrated', 'walk-frustrated-waiting']);
    expect(onePage).toHaveLength(8);
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const data: TicketsInTicketsQuery = await client.ok(QUEUE, { filter, first: 1, after });
      walked.push(...data.tickets.edges.map((e) => e.node.subject));
      after = data.tickets.pageInfo.hasNextPage ? data.tickets.pageInfo.endCursor : null;
    } while (after && walked.length < 20);
    expect(walked).toEqual(onePage);
  });

  it('filters: mine, unassigned, group, frustrated, needs review, closed, and search by customer and number', async () => {
    const ticket = await createTicket(server, {
      subject: 'filter-me',
      email: 'filter.person@test.example',
      type: 'QUESTION',
      group: 'DEVELOPMENT',
    });
    const ids = async (filter: object) => (await agent.ok(QUEUE, { filter, first: 100 })).tickets.edges.map((e) => e.node.id);
    expect(await ids({ unassigned: true })).toContain(ticket.id);
    expect(await ids({ group: 'DEVELOPMENT' })).toContain(ticket.id);
    expect(await ids({ group: 'SALES' })).not.toContain(ticket.id);
    expect(await ids({ search: 'filter.person' })).toEqual([ticket.id]);
    expect(await ids({ search: `#${ticket.number}` })).toEqual([ticket.id]);
    expect(await ids({ search: 'expor' })).toContain(ticket.id); // prefix of a word of the message
    await agent.ok(CLAIM, { id: ticket.id });
    expect(await ids({ mine: true })).toContain(ticket.id);
    expect(await ids({ unassigned: true })).not.toContain(ticket.id);
    expect(await ids({ frustrated: true })).not.toContain(ticket.id);
    expect(await ids({ needsReview: true })).not.toContain(ticket.id);
    await agent.ok(CLOSE, { id: ticket.id });
    expect(await ids({})).not.toContain(ticket.id);
    expect(await ids({ status: 'CLOSED' })).toContain(ticket.id);
  });
});

describe('searching tickets', () => {
  const COUNT = graphql(`query TicketCount($filter: TicketsFilter) { ticketCount(filter: $filter) { count hasMore } }`);
  const subjects = async (filter: object) =>
    (await agent.ok(QUEUE, { filter, first: 100 })).tickets.edges.map((e) => e.node.subject).sort();

  it('[agent] on Unassigned searches a customer, a word or "#number": all tickets, closed ones too, with the count per tab and in all', async () => {
    const open = await createTicket(server, { subject: 'search-wide open', email: 'wide.search@test.example' });
    const taken = await createTicket(server, { subject: 'search-wide taken', email: 'wide.search@test.example' });
    const closed = await createTicket(server, { subject: 'search-wide closed', email: 'wide.search@test.example' });
    await agent.ok(CLAIM, { id: taken.id });
    await agent.ok(CLAIM, { id: closed.id });
    await agent.ok(CLOSE, { id: closed.id });

    const all = { search: 'wide.search', includeClosed: true };
    expect(await subjects(all)).toEqual(['search-wide closed', 'search-wide open', 'search-wide taken']);
    expect(await subjects({ search: 'wide', includeClosed: true })).toEqual([
      'search-wide closed',
      'search-wide open',
      'search-wide taken',
    ]);
    // The tab narrows it; without includeClosed closed tickets stay out, as before.
    expect(await subjects({ search: 'wide.search', unassigned: true })).toEqual(['search-wide open']);
    expect(await subjects({ search: 'wide.search' })).toEqual(['search-wide open', 'search-wide taken']);
    expect((await agent.ok(COUNT, { filter: all })).ticketCount).toEqual({ count: 3, hasMore: false });
    expect((await agent.ok(COUNT, { filter: { search: 'wide.search', unassigned: true } })).ticketCount).toEqual({
      count: 1,
      hasMore: false,
    });

    // "#number" is that ticket only (not words starting with its digits), closed or not.
    await server.services.db.query(`UPDATE ticket SET subject = $2 WHERE id = $1`, [open.id, `search-wide mentions ${closed.number}0`]);
    expect(await subjects({ search: `#${closed.number}`, includeClosed: true })).toEqual(['search-wide closed']);
    expect(await subjects({ search: `${closed.number}`, includeClosed: true })).toEqual([
      'search-wide closed',
      `search-wide mentions ${closed.number}0`,
    ]);
  });

  it('refuses ticketCount to anonymous callers and a search longer than the limit', async () => {
    expect(errorCode(await server.client().request(COUNT, { filter: {} }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await agent.request(COUNT, { filter: { search: 'x'.repeat(101) } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await agent.request(QUEUE, { filter: { ids: Array.from({ length: 101 }, () => crypto.randomUUID()) } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('[inbox] a live update fetches only the tickets that changed, within the tab: a claimed ticket comes back empty for Unassigned', async () => {
    const ticket = await createTicket(server, { subject: 'live-row' });
    const other = await createTicket(server, { subject: 'live-row other' });
    const rows = async (filter: object) =>
      (await agent.ok(QUEUE, { filter: { ...filter, ids: [ticket.id, 'not-a-uuid'] }, first: 2 })).tickets.edges.map((e) => e.node.id);
    expect(await rows({ unassigned: true })).toEqual([ticket.id]);
    await manager.ok(CLAIM, { id: ticket.id });
    expect(await rows({ unassigned: true })).toEqual([]);
    expect(await rows({})).toEqual([ticket.id]);
    void other;
  });
});

describe('ticket', () => {
  it('refuses anonymous callers and answers NOT_FOUND for unknown or malformed ids', async () => {
    const ticket = await createTicket(server);
    expect(errorCode(await server.client().request(TICKET, { id: ticket.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await agent.request(TICKET, { id: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await agent.request(TICKET, { id: 'nope' }))).toBe('NOT_FOUND');
  });

  it('shows the checklist with the reason a step is blocked (C1-C4, W7)', async () => {
    const ticket = await createTicket(server);
    const t = (await agent.ok(TICKET, { id: ticket.id })).ticket!;
    expect(t.checklist.map((s) => `${s.id}:${s.status}`)).toEqual(['C1:TODO', 'C2:BLOCKED', 'C3:BLOCKED', 'C4:BLOCKED', 'W7:TODO']);
    expect(t.viewerCan.reply).toMatchObject({ allowed: false, code: 'CHECKLIST_INCOMPLETE' });
    expect(t.timeline.map((e) => e.__typename)).toEqual(['CustomerMessage', 'TicketEvent']);
  });
});

describe('claimTicket (W2)', () => {
  it('refuses anonymous callers and people off the rota', async () => {
    const ticket = await createTicket(server);
    expect(errorCode(await server.client().request(CLAIM, { id: ticket.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await engineer.request(CLAIM, { id: ticket.id }))).toBe('FORBIDDEN');
  });

  it('refuses a trainee (W2: trainees leave tickets unassigned) and changes nothing', async () => {
    const ticket = await createTicket(server);
    const result = await trainee.request(CLAIM, { id: ticket.id });
    expect(errorCode(result)).toBe('TRAINEE_CANNOT_CLAIM');
    expect((await server.services.tickets.get(ticket.id)).assigneeId).toBeNull();
  });

  it('lets a trained agent claim; claiming again is harmless; someone else gets TICKET_ALREADY_CLAIMED', async () => {
    const ticket = await createTicket(server);
    expect((await agent.ok(CLAIM, { id: ticket.id })).claimTicket.assignee!.id).toBe(agentId);
    expect((await agent.ok(CLAIM, { id: ticket.id })).claimTicket.assignee!.id).toBe(agentId);
    const other = (await signedInStaff(server)).client;
    const result = await other.request(CLAIM, { id: ticket.id });
    expect(errorCode(result)).toBe('TICKET_ALREADY_CLAIMED');
    expect(result.errors![0]!.message).toBe('Agent Ana has claimed this ticket.');
  });

  it('W2: of 20 simultaneous claims by 20 agents exactly one wins', async () => {
    const ticket = await createTicket(server);
    const agents = await Promise.all(Array.from({ length: 20 }, () => signedInStaff(server)));
    const results = await Promise.all(agents.map(({ client }) => client.request(CLAIM, { id: ticket.id })));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'TICKET_ALREADY_CLAIMED')).toHaveLength(19);
    const current = await server.services.tickets.get(ticket.id);
    expect(current.assigneeId).toBe(winners[0]!.data!.claimTicket.assignee!.id);
    expect(
      await server.services.db.query(`SELECT 1 FROM ticket_message WHERE ticket_id = $1 AND event = 'CLAIMED'`, [ticket.id]),
    ).toHaveLength(1);
  });
});

describe('assignTicket (R4) and releaseTicket', () => {
  it('refuses non-managers', async () => {
    const ticket = await createTicket(server);
    expect(errorCode(await agent.request(ASSIGN, { id: ticket.id, to: agentId }))).toBe('FORBIDDEN');
    expect(errorCode(await server.client().request(ASSIGN, { id: ticket.id, to: agentId }))).toBe('UNAUTHENTICATED');
  });

  it('refuses assigning to a trainee or an unknown person', async () => {
    const ticket = await createTicket(server);
    const kate = await demoUserId(server, 'kate@example.com');
    expect(errorCode(await manager.request(ASSIGN, { id: ticket.id, to: kate }))).toBe('TRAINEE_CANNOT_CLAIM');
    expect(errorCode(await manager.request(ASSIGN, { id: ticket.id, to: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('assigns as top priority and notifies the assignee', async () => {
    const ticket = await createTicket(server);
    const { assignTicket } = await manager.ok(ASSIGN, { id: ticket.id, to: agentId });
    expect(assignTicket).toMatchObject({ isManagerAssigned: true, assignee: { id: agentId } });
    const { notifications } = await agent.ok(
      graphql(`query NotificationsInTickets { notifications(first: 5) { unreadCount edges { node { kind body ticket { id } } } } }`),
    );
    expect(notifications.edges[0].node).toMatchObject({ kind: 'ASSIGNED_TO_YOU', ticket: { id: ticket.id } });
  });

  it('releases by the assignee or a manager only', async () => {
    const ticket = await createTicket(server);
    await agent.ok(CLAIM, { id: ticket.id });
    const other = (await signedInStaff(server)).client;
    expect(errorCode(await other.request(RELEASE, { id: ticket.id }))).toBe('FORBIDDEN');
    expect((await agent.ok(RELEASE, { id: ticket.id })).releaseTicket.assignee).toBeNull();
    expect(errorCode(await agent.request(RELEASE, { id: ticket.id }))).toBe('TICKET_NOT_CLAIMED');
  });
});

describe('setTicketType, setTicketGroup, setTicketComplex (C1, C4)', () => {
  it('refuses anonymous callers, people off the rota and unknown enum values', async () => {
    const ticket = await createTicket(server);
    expect(errorCode(await server.client().request(SET_TYPE, { id: ticket.id, type: 'BUG' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await engineer.request(SET_TYPE, { id: ticket.id, type: 'BUG' }))).toBe('FORBIDDEN');
    expect((await agent.request(SET_TYPE, invalidVariables({ id: ticket.id, type: 'PIZZA' }))).status).toBe(400);
  });

  it('C1: a trainee determines the type; a bug moves to Development (C4)', async () => {
    const ticket = await createTicket(server);
    const { setTicketType } = await trainee.ok(SET_TYPE, { id: ticket.id, type: 'BUG' });
    expect(setTicketType).toMatchObject({ type: 'BUG', group: 'DEVELOPMENT' });
    const events = await server.services.db.query(`SELECT event FROM ticket_message WHERE ticket_id = $1 AND kind = 'EVENT' ORDER BY id`, [
      ticket.id,
    ]);
    expect(events.map((e: { event: string }) => e.event)).toEqual(['CREATED', 'TYPE_SET', 'GROUP_SET']);
  });

  it('C4: sets the group; marks complex; no event when nothing changes', async () => {
    const ticket = await createTicket(server);
    expect((await agent.ok(SET_GROUP, { id: ticket.id, group: 'SALES' })).setTicketGroup.group).toBe('SALES');
    await agent.ok(SET_GROUP, { id: ticket.id, group: 'SALES' });
    expect((await agent.ok(SET_COMPLEX, { id: ticket.id, c: true })).setTicketComplex.isComplex).toBe(true);
    const events = await server.services.db.query(`SELECT event FROM ticket_message WHERE ticket_id = $1 AND kind = 'EVENT'`, [ticket.id]);
    expect(events.map((e: { event: string }) => e.event)).toEqual(['CREATED', 'GROUP_SET', 'COMPLEX_SET']);
  });
});

describe('replyToTicket', () => {
  it('refuses anonymous callers and people off the rota', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    expect(errorCode(await reply(server.client(), ticket.id, 'Did that help?'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await reply(engineer, ticket.id, 'Did that help?'))).toBe('FORBIDDEN');
  });

  it('T1: refuses a trainee, who submits a draft instead; nothing is sent', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const result = await reply(trainee, ticket.id, 'Did that help?');
    expect(errorCode(result)).toBe('TRAINEE_MUST_SUBMIT_DRAFT');
    expect(await messageCount(ticket.id, 'REPLY')).toBe(0);
  });

  it('C1: refuses a reply before the type is determined, naming the step', async () => {
    const ticket = await createTicket(server);
    const result = await reply(agent, ticket.id, 'Did that help?');
    expect(errorCode(result)).toBe('CHECKLIST_INCOMPLETE');
    expect(result.errors![0]!.message).toMatch(/C1/);
    expect(await messageCount(ticket.id, 'REPLY')).toBe(0);
  });

  it('C4: refuses a reply to an uncategorized bug, naming the step', async () => {
    const ticket = await createTicket(server, { type: 'BUG', group: 'UNASSIGNED' });
    const result = await reply(agent, ticket.id, 'Did that help?');
    expect(errorCode(result)).toBe('CHECKLIST_INCOMPLETE');
    expect(result.errors![0]!.message).toMatch(/C4.*Development/);
  });

  it('W7: refuses a reply that does not end with a question; nothing is sent', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const result = await reply(agent, ticket.id, 'Go to Settings and click Export. Thanks!\n\nBest,\nAna');
    expect(errorCode(result)).toBe('REPLY_MUST_END_WITH_QUESTION');
    expect(await messageCount(ticket.id, 'REPLY')).toBe(0);
  });

  it('W7: [agent] answers with just "?" (or "??", "🙂?" after a statement): refused, nothing is sent', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    for (const body of ['?', '??', '🙂?', 'Go to Settings and click Export. ?']) {
      const result = await reply(agent, ticket.id, body);
      expect(errorCode(result), body).toBe('REPLY_MUST_END_WITH_QUESTION');
    }
    expect(await messageCount(ticket.id, 'REPLY')).toBe(0);
  });

  it('refuses empty and malformed input', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    expect(errorCode(await reply(agent, ticket.id, '   '))).toBe('BAD_USER_INPUT');
    expect(errorCode(await agent.request(REPLY, { input: { ticketId: ticket.id, body: 'Ok?', seenMessageId: 'latest' } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('sends, assigns the ticket to the replier (R4), waits on the customer, and records the first response', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const { replyToTicket } = (await reply(agent, ticket.id, 'Go to Settings > Export. Did that help? 🙂')).data!;
    expect(replyToTicket).toMatchObject({ status: 'PENDING', responseDueAt: null, assignee: { id: agentId } });
    expect(replyToTicket.firstResponseAt).not.toBeNull();
    const t = (await agent.ok(TICKET, { id: ticket.id })).ticket!;
    expect(t.checklist.find((s) => s.id === 'C2')!.status).toBe('DONE');
    expect(t.timeline.at(-1)).toMatchObject({ __typename: 'Reply', author: { name: 'Agent Ana' }, approvedBy: null });
  });

  it('refuses a reply to a ticket someone else handles, but a manager may step in', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    await agent.ok(CLAIM, { id: ticket.id });
    const other = (await signedInStaff(server)).client;
    expect(errorCode(await reply(other, ticket.id, 'Did that help?'))).toBe('TICKET_ASSIGNED_TO_OTHER');
    const stepIn = await reply(manager, ticket.id, 'I am taking this one over. Does that work for you?');
    expect(stepIn.errors).toBeUndefined();
  });

  it('[assignee and manager] answer what they both saw at the same moment, 30 times: one reply goes out, the other is told TICKET_CHANGED', async () => {
    const { client: assignee } = await signedInStaff(server, { name: 'Agent Avery' });
    for (let round = 0; round < 30; round++) {
      const ticket = await createTicket(server, { type: 'QUESTION' });
      await assignee.ok(CLAIM, { id: ticket.id });
      const seen = await latestMessageId(server, ticket.id);
      const send = (client: ApiClient, body: string) =>
        client.request(REPLY, { input: { ticketId: ticket.id, body, seenMessageId: seen } });
      const results = await Promise.all([
        send(assignee, 'Go to Settings > Export. Did that help?'),
        send(manager, 'I am stepping in: Settings > Export. Does that work?'),
      ]);
      const codes = results.map((r) => errorCode(r) ?? 'SENT').sort();
      expect(codes, `round ${round + 1}: ${results.map((r) => r.errors?.[0]?.message).join(' / ')}`).toEqual(['SENT', 'TICKET_CHANGED']);
      expect(await messageCount(ticket.id, 'REPLY')).toBe(1);
    }
  });

  it('[assignee] answers after a manager stepped in with a reply she had not seen: TICKET_CHANGED; on a fresh look, TICKET_ASSIGNED_TO_OTHER as before', async () => {
    const { client: assignee } = await signedInStaff(server, { name: 'Agent Blair' });
    const ticket = await createTicket(server, { type: 'QUESTION' });
    await assignee.ok(CLAIM, { id: ticket.id });
    const seen = await latestMessageId(server, ticket.id);
    // The manager answers the claimed ticket on a fresh look: sent, and the ticket is theirs now (R4).
    const stepIn = await reply(manager, ticket.id, 'I am taking this one over. Does that work for you?');
    expect(stepIn.errors).toBeUndefined();
    expect(stepIn.data!.replyToTicket.assignee!.id).toBe(await demoUserId(server, 'peyton@example.com'));
    const late = await assignee.request(REPLY, { input: { ticketId: ticket.id, body: 'Did that help?', seenMessageId: seen } });
    expect(errorCode(late)).toBe('TICKET_CHANGED');
    expect(errorCode(await reply(assignee, ticket.id, 'Did that help?'))).toBe('TICKET_ASSIGNED_TO_OTHER');
    expect(await messageCount(ticket.id, 'REPLY')).toBe(1);
  });

  it('collision: refuses with TICKET_CHANGED when the customer wrote after what the sender saw; nothing sent', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const seen = await latestMessageId(server, ticket.id);
    await server.services.db.query(
      `INSERT INTO ticket_message (ticket_id, kind, customer_id, body, created_at) VALUES ($1, 'CUSTOMER', $2, 'Never mind, found it!', now())`,
      [ticket.id, ticket.customerId],
    );
    const result = await agent.request(REPLY, { input: { ticketId: ticket.id, body: 'Did that help?', seenMessageId: seen } });
    expect(errorCode(result)).toBe('TICKET_CHANGED');
    expect(await messageCount(ticket.id, 'REPLY')).toBe(0);
    expect((await reply(agent, ticket.id, 'Glad you found it! Anything else?')).errors).toBeUndefined();
  });

  it('S2: a reply from a saved reply counts its use; an archived one is refused', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    const [saved] = await server.services.db.query(`SELECT id, usage_count FROM saved_reply WHERE title = 'Invite your team'`);
    await reply(
      agent,
      ticket.id,
      'Hi Mia, great to have you on board! You can invite colleagues under Settings > Team > Invite people. Did that help?',
      { savedReplyId: saved.id },
    );
    const [after] = await server.services.db.query(`SELECT usage_count FROM saved_reply WHERE id = $1`, [saved.id]);
    expect(after.usage_count).toBe(saved.usage_count + 1);
    const t = (await agent.ok(TICKET, { id: ticket.id })).ticket!;
    expect((t.timeline.at(-1) as Extract<TimelineEntry, { __typename: 'Reply' }>).savedReply!.title).toBe('Invite your team');
  });

  it('W6: with reviewNovelReplies on, a trained agent’s reply without a saved reply goes to review', async () => {
    const isolated = await startTestServer();
    try {
      const peyton = await isolated.signIn('peyton@example.com');
      const { version } = (await peyton.ok(graphql(`query TeamSettingsInTickets { teamSettings { version } }`))).teamSettings;
      await peyton.ok(
        graphql(
          `mutation UpdateTeamSettingsInTickets($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { reviewNovelReplies } }`,
        ),
        {
          input: { version, reviewNovelReplies: true },
        },
      );
      const ben = await isolated.signIn('ben@example.com');
      const ticket = await createTicket(isolated, { type: 'QUESTION' });
      const seenMessageId = await latestMessageId(isolated, ticket.id);
      const novel = await ben.request(REPLY, { input: { ticketId: ticket.id, body: 'Try this. Did that help?', seenMessageId } });
      expect(errorCode(novel)).toBe('NOVEL_REPLY_NEEDS_REVIEW');
      const t = (await ben.ok(TICKET, { id: ticket.id })).ticket!;
      expect(t.viewerCan.replyNeedsReview).toBe(true);
      const [saved] = await isolated.services.db.query(`SELECT id FROM saved_reply WHERE title = 'Invite your team'`);
      // Inserting a saved reply and rewriting it from scratch is still a novel reply.
      const rewritten = await ben.request(REPLY, {
        input: { ticketId: ticket.id, body: 'Invite them in Settings. Did that help?', seenMessageId, savedReplyId: saved.id },
      });
      expect(errorCode(rewritten)).toBe('NOVEL_REPLY_NEEDS_REVIEW');
      const fromLibrary = await ben.request(REPLY, {
        input: {
          ticketId: ticket.id,
          body: 'Hi Mia, great to have you on board! You can invite colleagues under Settings > Team > Invite people. Did that help?',
          seenMessageId,
          savedReplyId: saved.id,
        },
      });
      expect(fromLibrary.errors).toBeUndefined();
    } finally {
      await isolated.stop();
    }
  });
});

describe('addNote', () => {
  it('refuses anonymous callers and empty notes', async () => {
    const ticket = await createTicket(server);
    expect(errorCode(await server.client().request(NOTE, { input: { ticketId: ticket.id, body: 'x' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await agent.request(NOTE, { input: { ticketId: ticket.id, body: ' ' } }))).toBe('BAD_USER_INPUT');
  });

  it('refuses mentioning someone who is not an active team member', async () => {
    const ticket = await createTicket(server);
    const result = await agent.request(NOTE, {
      input: { ticketId: ticket.id, body: 'hi', mentionIds: ['00000000-0000-0000-0000-000000000000'] },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await messageCount(ticket.id, 'NOTE')).toBe(0);
  });

  it('lets anyone on the team (an engineer too) write a note; mentioned people are notified', async () => {
    const ticket = await createTicket(server);
    const mentioned = await createStaff(server, { name: 'Mentioned Max' });
    await engineer.ok(NOTE, { input: { ticketId: ticket.id, body: '@Mentioned Max can you check the logs?', mentionIds: [mentioned.id] } });
    const t = (await agent.ok(TICKET, { id: ticket.id })).ticket!;
    expect(t.timeline.at(-1)).toMatchObject({ __typename: 'Note', mentions: [{ name: 'Mentioned Max' }] });
    const [notification] = await server.services.db.query(`SELECT kind FROM notification WHERE recipient_id = $1`, [mentioned.id]);
    expect(notification.kind).toBe('MENTION');
  });
});

describe('closeTicket and reopenTicket', () => {
  it('refuses a trainee closing, and anonymous callers', async () => {
    const ticket = await createTicket(server);
    expect(errorCode(await trainee.request(CLOSE, { id: ticket.id }))).toBe('FORBIDDEN');
    expect(errorCode(await server.client().request(CLOSE, { id: ticket.id }))).toBe('UNAUTHENTICATED');
  });

  it('closes once (a second close says so), accepts no reply until reopened', async () => {
    const ticket = await createTicket(server, { type: 'QUESTION' });
    expect((await agent.ok(CLOSE, { id: ticket.id })).closeTicket.status).toBe('CLOSED');
    expect(errorCode(await agent.request(CLOSE, { id: ticket.id }))).toBe('TICKET_CLOSED');
    expect(errorCode(await reply(agent, ticket.id, 'Did that help?'))).toBe('TICKET_CLOSED');
    const { reopenTicket } = await agent.ok(REOPEN, { id: ticket.id });
    expect(reopenTicket.status).toBe('OPEN');
    expect(reopenTicket.responseDueAt).not.toBeNull();
    expect(errorCode(await agent.request(REOPEN, { id: ticket.id }))).toBe('TICKET_NOT_CLOSED');
    expect((await reply(agent, ticket.id, 'Did that help?')).errors).toBeUndefined();
  });
});
