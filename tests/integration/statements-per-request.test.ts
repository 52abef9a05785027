import { LIMITS } from '@tandem/shared';
import { asSent } from '../support/client-documents.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GraduationPageQueryDocument,
  InboxPageQueryDocument,
  TicketPageQueryDocument,
  TrainingPageQueryDocument,
} from '../../client/src/gql/graphql.js';
import type { ApiClient } from '../support/api-client.js';
import { createTicket } from '../support/factories.js';
import { countStatementsPerRequest } from '../support/sql-count.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const CLAIM = graphql(`mutation ClaimInStatementCount($id: ID!) { claimTicket(id: $id) { id } }`);
const VIEWING = graphql(`mutation ViewingInStatementCount($id: ID!) { setTicketViewing(id: $id, viewing: true) }`);
const ESCALATE = graphql(
  `mutation EscalateInStatementCount($input: EscalateTicketInput!) { escalateTicket(input: $input) { bug { id } } }`,
);
const LINK = graphql(`mutation LinkInStatementCount($input: LinkTicketToBugInput!) { linkTicketToBug(input: $input) { id } }`);
// What the inbox row and the ticket page show of a ticket's bug (C3, E3).
const INBOX_WITH_BUGS = graphql(`query InboxWithBugsInStatementCount($first: Int) { tickets(first: $first) { edges { node {
  id subject isToldOfFix bug { id reference status } checklist { id status } viewerCan { close { allowed reason } } } } } }`);
const TICKET_WITH_BUG = graphql(`query TicketWithBugInStatementCount($id: ID!) { ticket(id: $id) {
  id isToldOfFix bug { id reference status ticketCount } checklist { id status reason } viewerCan { close { allowed reason } } } }`);
// The engineering queue as a page of it shows it: counts, engineer, who escalated, what the viewer may do.
const BUG_QUEUE = graphql(`query BugQueueInStatementCount($first: Int) { bugs(first: $first) {
  edges { cursor node { id reference title severity status ticketCount customerCount usersAffected revenueCents highValueCount createdAt
    engineer { id name } escalatedBy { id name } viewerCan { edit { allowed } assign { allowed } markFixed { allowed reason } merge { allowed } } } }
  pageInfo { hasNextPage endCursor } } }`);
// Product's ranking as its page shows it, and one card's page with its asks (FR2).
const RANKING =
  graphql(`query RankingInStatementCount($first: Int, $filter: FeatureRequestsFilter) { featureRequests(first: $first, filter: $filter) {
  edges { cursor node { id reference title tag status askCount customerCount companyCount revenueCents highValueCount blockerCount trend
    recentAsks lastAskedAt owner { id name } viewerCan { edit { allowed } merge { allowed } markShipped { allowed reason } link { allowed } } } }
  pageInfo { hasNextPage endCursor } } }`);
const CARD_PAGE = graphql(`query CardPageInStatementCount($id: ID!, $first: Int!) { featureRequest(id: $id) {
  id reference title description tag status version askCount customerCount revenueCents owner { id name } createdBy { id name }
  mergedInto { id } viewerCan { edit { allowed } merge { allowed } markShipped { allowed reason } link { allowed } }
  asks(first: $first) { edges { node { id quote importance linkedAt ticket { id number subject status } customer { id name company }
    linkedBy { id name } featureRequest { id } } } pageInfo { hasNextPage endCursor } } } }`);
const LINK_ASK = graphql(
  `mutation LinkAskInStatementCount($input: LinkTicketToFeatureRequestInput!) { linkTicketToFeatureRequest(input: $input) { id } }`,
);
const CREATE_CARD = graphql(`mutation CreateCardInStatementCount($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) {
  featureRequest { id } } }`);
const TICKET_WITH_ASKS = graphql(`query TicketWithAsksInStatementCount($id: ID!) { ticket(id: $id) {
  id askCount asks { id quote importance featureRequest { id reference title status } } checklist { id status reason }
  viewerCan { close { allowed reason } reply { allowed reason } } } }`);
// T4: the training chain as its page shows it, and a trainee's record as the graduation page shows it.
const TRAINING_CHAIN = graphql(`query TrainingChainInStatementCount { trainingChain { nodes { id depth status startedAt endedAt graduatedAt
  trainedCount person { id name isTrainee canTrain } trainer { id name } currentTrainees { id name } viewerCanGraduate { allowed reason } } } }`);
const TRAINING_RECORD = graphql(`query TrainingRecordInStatementCount($id: ID!) { trainingRecord(traineeId: $id) { id status startedAt
  weeksInTraining draftsSubmitted approvedAsWritten approvedWithEdits changesRequested pending recentFeedback { feedback reviewerName }
  trainee { id name version } trainer { id name } graduatedBy { id name } viewerCanGraduate { allowed reason } } }`);

// Fast by design: the number of statements a request sends does not grow with what it shows.
describe('SQL statements per request', () => {
  const statements = countStatementsPerRequest();
  let server: TestServer;
  let agent: ApiClient;
  let linkedTicketId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const manager = await server.signIn('peyton@example.com');
    const tickets = await Promise.all(Array.from({ length: LIMITS.page.sizeMax }, () => createTicket(server)));
    // Rows of every kind: assigned, someone viewing, a frustrated customer.
    for (const [i, t] of tickets.slice(0, 5).entries()) {
      await manager.ok(CLAIM, { id: t.id });
      if (i % 2) await server.services.db.query(`UPDATE ticket SET is_frustrated = true WHERE id = $1`, [t.id]);
      await manager.ok(VIEWING, { id: t.id });
    }
    agent = await server.signIn('lena@example.com');
    // Some of the inbox's tickets are linked to a bug (C3); the queue holds more bugs than a page.
    const { escalateTicket } = await agent.ok(ESCALATE, {
      input: {
        ticketId: tickets[0]!.id,
        title: 'Export to CSV fails',
        stepsToReproduce: 'Choose Export, then CSV',
        expectedResult: 'A file downloads',
        actualResult: 'An error',
        environment: 'Chrome 126',
        usersAffected: 2,
        severity: 'HIGH',
      },
    });
    linkedTicketId = tickets[0]!.id;
    for (const t of tickets.slice(1, 8)) await agent.ok(LINK, { input: { ticketId: t.id, bugId: escalateTicket.bug!.id } });
    await server.services.db.query(
      `INSERT INTO bug (title, steps_to_reproduce, expected_result, actual_result, environment, severity, escalated_by_id, engineer_id,
                        revenue_cents, created_at, updated_at)
       SELECT 'Queued bug ' || i, 'Steps', 'Expected', 'Actual', 'Firefox', (ARRAY['CRITICAL','HIGH','MEDIUM','LOW'])[1 + i % 4],
              CASE WHEN i % 2 = 0 THEN u.id ELSE e.id END, CASE WHEN i % 3 = 0 THEN e.id END, i * 100, now(), now()
         FROM generate_series(1, 60) i, app_user u, app_user e WHERE u.email = 'lena@example.com' AND e.email = 'sam@example.com'`,
    );
  });
  afterAll(() => server?.stop());

  describe('feature requests (FR2, C4)', () => {
    let cardId: string;
    let askingTicketId: string;
    let product: ApiClient;

    beforeAll(async () => {
      product = await server.signIn('peyton@example.com');
      // 60 cards with owners; one of them asked for by 60 tickets (of two cards each).
      await server.services.db.query(
        `INSERT INTO feature_request (title, description, tag, created_by_id, owner_id, customer_count, ask_count, revenue_cents, created_at, updated_at)
         SELECT 'Counted card ' || i, '', (ARRAY['UI','UX','TECHNICAL'])[1 + i % 3], u.id, CASE WHEN i % 2 = 0 THEN u.id END, i, i * 2, i * 100, now(), now()
           FROM generate_series(1, 60) i, app_user u WHERE u.email = 'peyton@example.com'`,
      );
      const { createFeatureRequest } = await product.ok(CREATE_CARD, { input: { title: 'Counted dark mode', tag: 'UI' } });
      const { createFeatureRequest: other } = await product.ok(CREATE_CARD, { input: { title: 'Counted export', tag: 'TECHNICAL' } });
      cardId = createFeatureRequest.featureRequest.id;
      for (let i = 0; i < 60; i++) {
        const ticket = await createTicket(server, { type: 'FEATURE_REQUEST', group: 'DEVELOPMENT' });
        await agent.ok(LINK_ASK, { input: { ticketId: ticket.id, featureRequestId: cardId, quote: `Dark mode ${i}` } });
        if (i === 0) {
          await agent.ok(LINK_ASK, { input: { ticketId: ticket.id, featureRequestId: other.featureRequest.id, quote: 'Export' } });
          askingTicketId = ticket.id;
        }
      }
    });

    it.each(['CUSTOMERS', 'ASKS', 'REVENUE', 'TREND', 'NEWEST'] as const)(
      '[product] opens the ranking by %s: the same statements for 10 rows as for 50 (the session, the page with owners)',
      async (orderBy) => {
        const counts: number[] = [];
        for (const first of [10, 50]) {
          const { featureRequests } = await product.ok(RANKING, { first, filter: { orderBy } });
          expect(featureRequests.edges).toHaveLength(first);
          counts.push(statements.last().length);
        }
        expect(counts[0], statements.last().join('\n')).toBeLessThanOrEqual(3);
        expect(counts[1]).toBe(counts[0]);
      },
    );

    it('[product] opens a card with its asks: the same statements for 10 asks as for 50 (ticket, customer, who linked read with the page)', async () => {
      const counts: number[] = [];
      for (const first of [10, 50]) {
        const { featureRequest } = await product.ok(CARD_PAGE, { id: cardId, first });
        expect(featureRequest.asks.edges).toHaveLength(first);
        counts.push(statements.last().length);
      }
      expect(counts[0], statements.last().join('\n')).toBeLessThanOrEqual(5);
      expect(counts[1]).toBe(counts[0]);
    });

    it('[agent] opens a ticket that asks for two cards: at most 4 statements, as any ticket page (Ticket.asks comes with the ticket)', async () => {
      const { ticket } = await agent.ok(TICKET_WITH_ASKS, { id: askingTicketId });
      expect(ticket.asks).toHaveLength(2);
      expect(statements.last().length, statements.last().join('\n')).toBeLessThanOrEqual(4);
      const result = await agent.post(JSON.stringify({ query: asSent(TicketPageQueryDocument), variables: { id: askingTicketId } }));
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(statements.last().length, statements.last().join('\n')).toBeLessThanOrEqual(4);
    });
  });

  it.each([10, 50, 100])(
    '[agent] opens the inbox, %i rows: at most 3 statements (the session, the page, the people shown)',
    async (first) => {
      const result = await agent.post(
        JSON.stringify({ query: asSent(InboxPageQueryDocument), variables: { first, filter: { search: null } } }),
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as { tickets: { edges: unknown[] } }).tickets.edges).toHaveLength(first);
      expect(statements.last().length, statements.last().join('\n')).toBeLessThanOrEqual(3);
    },
  );

  // #1002: a trainee's draft from a saved reply; #1005: a reply from a saved reply, mailed; #1013: an
  // approved draft, a reply seen, a suggested saved reply, closed.
  it.each([1002, 1005, 1013])(
    '[agent] opens demo ticket #%i: at most 4 statements (the session, the settings, the ticket, the people)',
    async (number) => {
      const [ticket] = await server.services.db.query(`SELECT id FROM ticket WHERE number = $1`, [number]);
      const result = await agent.post(JSON.stringify({ query: asSent(TicketPageQueryDocument), variables: { id: ticket.id } }));
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(statements.last().length, statements.last().join('\n')).toBeLessThanOrEqual(4);
    },
  );

  it.each([10, 50, 100])(
    '[agent] opens the inbox with each row’s bug (C3), %i rows: at most 3 statements (the bug link is read with the page)',
    async (first) => {
      const { tickets } = await agent.ok(INBOX_WITH_BUGS, { first });
      expect(tickets.edges).toHaveLength(first);
      expect(tickets.edges.filter((e) => e.node.bug).length).toBeGreaterThan(0);
      expect(statements.last().length, statements.last().join('\n')).toBeLessThanOrEqual(3);
    },
  );

  it('[agent] opens a ticket linked to a bug: at most 4 statements, as any ticket page', async () => {
    const { ticket } = await agent.ok(TICKET_WITH_BUG, { id: linkedTicketId });
    expect(ticket.bug).toMatchObject({ status: 'NEW', ticketCount: 8 });
    expect(statements.last().length, statements.last().join('\n')).toBeLessThanOrEqual(4);
    const result = await agent.post(JSON.stringify({ query: asSent(TicketPageQueryDocument), variables: { id: linkedTicketId } }));
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(statements.last().length, statements.last().join('\n')).toBeLessThanOrEqual(4);
  });

  it('[engineer] opens the engineering queue: the same statements for 10 rows as for 50 (the session, the page, the people)', async () => {
    const engineer = await server.signIn('sam@example.com');
    const counts: number[] = [];
    for (const first of [10, 50]) {
      const { bugs } = await engineer.ok(BUG_QUEUE, { first });
      expect(bugs.edges).toHaveLength(first);
      counts.push(statements.last().length);
    }
    expect(counts[0], statements.last().join('\n')).toBeLessThanOrEqual(3);
    expect(counts[1]).toBe(counts[0]);
  });

  describe('training chain (T4)', () => {
    it('[agent] opens the training chain: the same statements for the demo’s chain as for one 60 people longer (the session, the chain)', async () => {
      const counts: number[] = [];
      const sizes: number[] = [];
      for (const grow of [false, true]) {
        if (grow) {
          // 60 more people, each trained by the one before and graduated; the last one trains a trainee now.
          await server.services.db.query(
            `WITH people AS (
               INSERT INTO app_user (name, email, password_hash, roles, can_train, created_at, updated_at)
               SELECT 'Chain ' || i, 'chain-' || i || '@test.example', 'x', ARRAY['AGENT'], true, now(), now() FROM generate_series(1, 61) i
               RETURNING id, name)
             INSERT INTO training_link (trainee_id, trainer_id, started_at, ended_at, graduated_at)
             SELECT b.id, a.id, now() - interval '1 day' * (200 - i), CASE WHEN i < 60 THEN now() - interval '1 day' * (190 - i) END,
                    CASE WHEN i < 60 THEN now() - interval '1 day' * (190 - i) END
               FROM generate_series(1, 60) i JOIN people a ON a.name = 'Chain ' || i JOIN people b ON b.name = 'Chain ' || (i + 1)`,
          );
          await server.services.db.query(
            `UPDATE app_user u SET trainer_id = l.trainer_id FROM training_link l WHERE l.trainee_id = u.id AND l.ended_at IS NULL AND u.name LIKE 'Chain %'`,
          );
        }
        const { trainingChain } = await agent.ok(TRAINING_CHAIN);
        sizes.push(trainingChain.nodes.length);
        counts.push(statements.last().length);
      }
      expect(sizes[1]).toBe(sizes[0]! + 61);
      expect(counts[0], statements.last().join('\n')).toBeLessThanOrEqual(2);
      expect(counts[1]).toBe(counts[0]);
      // The Training page's own query, as the client sends it.
      const result = await agent.post(JSON.stringify({ query: asSent(TrainingPageQueryDocument) }));
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(statements.last().length, statements.last().join('\n')).toBe(counts[0]);
    });

    it('[trainer] opens a trainee’s record: at most 3 statements (the session, the person with their links, the drafts)', async () => {
      const trainer = await server.signIn('peyton@example.com');
      const [kate] = await server.services.db.query(`SELECT id FROM app_user WHERE email = 'kate@example.com'`);
      const { trainingRecord } = await trainer.ok(TRAINING_RECORD, { id: kate.id });
      expect(trainingRecord!.draftsSubmitted).toBeGreaterThan(0);
      expect(statements.last().length, statements.last().join('\n')).toBeLessThanOrEqual(3);
      // The graduation page's own query, as the client sends it.
      const result = await trainer.post(JSON.stringify({ query: asSent(GraduationPageQueryDocument), variables: { id: kate.id } }));
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(statements.last().length, statements.last().join('\n')).toBeLessThanOrEqual(3);
    });
  });
});
