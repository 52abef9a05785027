import { LIMITS } from '@tandem/shared';
import { asSent } from '../support/client-documents.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboxPageQueryDocument, TicketPageQueryDocument } from '../../client/src/gql/graphql.js';
import type { ApiClient } from '../support/api-client.js';
import { createTicket } from '../support/factories.js';
import { countStatementsPerRequest } from '../support/sql-count.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const CLAIM = graphql(`mutation ClaimInStatementCount($id: ID!) { claimTicket(id: $id) { id } }`);
const VIEWING = graphql(`mutation ViewingInStatementCount($id: ID!) { setTicketViewing(id: $id, viewing: true) }`);

// Fast by design: the number of statements a request sends does not grow with what it shows.
describe('SQL statements per request', () => {
  const statements = countStatementsPerRequest();
  let server: TestServer;
  let agent: ApiClient;

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
  });
  afterAll(() => server?.stop());

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
});
