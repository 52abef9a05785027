import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { print, type DocumentNode } from 'graphql';
import { LIMITS } from '@tandem/shared';
import {
  InboxChangedRowsQueryDocument,
  InboxJumpQueryDocument,
  InboxPageQueryDocument,
  InboxRowClaimMutationDocument,
  InboxSearchCountsQueryDocument,
} from '../../client/src/gql/graphql.js';
import { INBOX_PAGE_SIZE } from '../../client/src/features/inbox/paging.js';
import { errorCode, invalidVariables, untyped, type ApiClient, type UntypedOperation } from '../support/api-client.js';
import { createTicket } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

/** `{ viewer { trainer { ... { id } } } }` with `depth` levels of fields in all. */
/** A query `depth` levels deep, at or over the depth limit (text: built at run time). */
function nestedQuery(depth: number): UntypedOperation {
  let selection = 'id';
  for (let level = 0; level < depth - 2; level++) selection = `trainer { ${selection} }`;
  return untyped(`{ viewer { ${selection} } }`);
}

/** `count` aliases, at or over the alias limit (text: built at run time). */
function aliasedQuery(count: number): UntypedOperation {
  return untyped(`{ ${Array.from({ length: count }, (_, i) => `v${i}: viewer { id }`).join(' ')} }`);
}

describe('in production (NODE_ENV=production)', () => {
  let server: TestServer;
  let client: ApiClient;

  beforeAll(async () => {
    server = await startTestServer({ config: { nodeEnv: 'production', isProduction: true } });
    client = await server.signIn('kate@example.com');
  });
  afterAll(() => server?.stop());

  it('refuses introspection', async () => {
    // Introspection, which this server refuses: sent as text.
    const result = await client.request(untyped(`{ __schema { types { name } } }`));
    expect(result.data ?? null).toBeNull();
    expect(result.errors![0]!.message).toMatch(/introspection/i);
  });

  it('accepts a query 8 levels deep and refuses one 9 levels deep', async () => {
    expect((await client.request(nestedQuery(8))).errors).toBeUndefined();
    const deep = await client.request(nestedQuery(9));
    expect(errorCode(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors![0]!.message).toMatch(/depth/i);
  });

  it('accepts 15 aliases and refuses 16', async () => {
    expect((await client.request(aliasedQuery(15))).errors).toBeUndefined();
    const many = await client.request(aliasedQuery(16));
    expect(errorCode(many)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(many.errors![0]!.message).toMatch(/aliases/i);
  });

  it('answers a variable of the wrong type or an unknown enum value with BAD_USER_INPUT, not a server error', async () => {
    const ticketsWithStatus = graphql(
      `query Tickets($status: TicketStatus) { tickets(first: 5, filter: { status: $status }) { edges { node { id } } } }`,
    );
    const badEnum = await client.request(ticketsWithStatus, invalidVariables({ status: 'ARCHIVED' }));
    expect(badEnum.status).toBe(400);
    expect(errorCode(badEnum)).toBe('BAD_USER_INPUT');
    const badType = await client.request(
      graphql(`query TicketsInApiHardening($first: Int!) { tickets(first: $first) { edges { node { id } } } }`),
      invalidVariables({ first: 'ten' }),
    );
    expect(badType.status).toBe(400);
    expect(errorCode(badType)).toBe('BAD_USER_INPUT');
  });

  it('refuses first: 101', async () => {
    const result = await client.request(graphql(`query Users { users(first: 101) { edges { node { id } } } }`));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('refuses a query whose cost is over the limit', async () => {
    const fields = 'id name email roles timeZone isActive isTrainee canTrain createdAt version';
    // Over the cost limit on purpose.
    const costly = untyped(
      `{ ${Array.from({ length: 3 }, (_, i) => `p${i}: users(first: 100) { edges { cursor node { ${fields} trainer { ${fields} } } } }`).join(' ')} }`,
    );
    const result = await client.request(costly);
    expect(errorCode(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.data ?? null).toBeNull();
  });

  it('[another client] asks for more than the cost limit at once: a GraphQL error QUERY_TOO_COMPLEX with HTTP 400, never a server error', async () => {
    const fields = 'id name email roles timeZone isActive isTrainee canTrain createdAt version';
    // Over the cost limit on purpose.
    const costly = untyped(
      `{ a: users(first: 100) { edges { node { ${fields} trainer { ${fields} } } } } b: users(first: 100) { edges { node { ${fields} } } } }`,
    );
    const result = await client.request(costly);
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.message).toMatch(/too much at once \(cost \d+, limit 3000\)/);
    expect(result.errors![0]!.extensions).not.toHaveProperty('http');
  });

  it('[agent] works the inbox: each of its requests, at the largest page it asks for, stays under the cost limit', async () => {
    const ids = await Promise.all(Array.from({ length: INBOX_PAGE_SIZE }, async () => (await createTicket(server)).id));
    const agent = await server.signIn('lena@example.com');
    // The documents exactly as the client sends them (generated, with the fragments they spread).
    const send = (document: DocumentNode, variables: Record<string, unknown>) =>
      agent.post(JSON.stringify({ query: print(document), variables }));
    const search = { search: 'question', includeClosed: true };
    for (const result of [
      await send(InboxPageQueryDocument, { first: INBOX_PAGE_SIZE, filter: { unassigned: true } }),
      await send(InboxPageQueryDocument, { first: INBOX_PAGE_SIZE, filter: search }),
      await send(InboxChangedRowsQueryDocument, { first: INBOX_PAGE_SIZE, filter: { unassigned: true, ids } }),
      await send(InboxSearchCountsQueryDocument, { inView: { unassigned: true, search: 'question' }, all: search }),
      await send(InboxJumpQueryDocument, { filter: { search: '#1001', includeClosed: true } }),
      await send(InboxRowClaimMutationDocument, { id: ids[0] }),
    ]) {
      expect(result.errors).toBeUndefined();
      expect(result.status).toBe(200);
    }
  });

  it('[agent] asks the inbox for the largest page, 100 rows, as the client sends it: accepted, within the cost limit', async () => {
    await Promise.all(Array.from({ length: LIMITS.page.sizeMax }, () => createTicket(server)));
    const agent = await server.signIn('lena@example.com');
    const result = await agent.post(JSON.stringify({ query: print(InboxPageQueryDocument), variables: { first: LIMITS.page.sizeMax } }));
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
  });

  it('masks unknown server errors: no message, no stack, only a code and a request id', async () => {
    const spy = vi
      .spyOn(server.services.users, 'list')
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'));
    const result = await client.request(graphql(`query UsersInApiHardening { users { edges { node { id } } } }`));
    spy.mockRestore();
    expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
    const body = JSON.stringify(result.errors);
    expect(body).not.toMatch(/hunter2|ECONNREFUSED|stack|at /);
    expect(result.errors![0]!.message).toBe('Something went wrong on our side. Please try again.');
    expect(result.errors![0]!.extensions!.requestId).toBe(result.headers.get('x-request-id'));
  });

  it('suggests no field names in errors', async () => {
    // Misspelt on purpose.
    const result = await client.request(untyped(`{ viewr { id } }`));
    expect(result.errors![0]!.message).not.toMatch(/did you mean/i);
  });

  it('refuses batched requests', async () => {
    const result = await client.post(JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]));
    expect(result.status).toBe(400);
  });

  it('refuses requests a browser could send cross-site (CSRF prevention)', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`, {
      headers: { cookie: client.cookie! },
    });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const form = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: client.cookie! },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect((await client.ok(graphql(`query Viewer { viewer { id } }`))).viewer).not.toBeNull();
  });

  it('serves no GraphQL landing page', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toMatch(/html/);
    expect(await page.text()).not.toMatch(/<html|sandbox|landing/i);
  });

  it('bounds every database statement with statement_timeout', async () => {
    const [row] = await server.services.db.query(`SHOW statement_timeout`);
    expect(row.statement_timeout).toBe('10s');
  });
});

describe('in development', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { nodeEnv: 'development', isProduction: false } });
  });
  afterAll(() => server?.stop());

  it('allows introspection for tooling', async () => {
    const result = await server.client().request(graphql(`query IntrospectionQueryType { __schema { queryType { name } } }`));
    expect(result.data!.__schema.queryType.name).toBe('Query');
  });
});
