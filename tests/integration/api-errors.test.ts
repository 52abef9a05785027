import { randomUUID } from 'node:crypto';
import { getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WHOLE_NUMBER_IDS } from '../../server/src/common/ids.js';
import { buildAppSchema } from '../../server/src/schema.js';
import { errorCode, untyped, type ApiClient } from '../support/api-client.js';
import { createTicket } from '../support/factories.js';
import { capturingLogger, startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** pino's level number for `error`. */
const ERROR = 50;

describe('errors carry the right code and status', () => {
  let server: TestServer;
  let admin: ApiClient;
  let agent: ApiClient;
  const logs = capturingLogger('warn');
  const errorLines = () => logs.lines.filter((line) => line.level >= ERROR);

  beforeAll(async () => {
    server = await startTestServer({ log: logs.log, config: { nodeEnv: 'production', isProduction: true } });
    admin = await server.signIn('admin@example.com');
    agent = await server.signIn('lena@example.com');
  });
  afterAll(() => server?.stop());

  it('[another client] asks for more than the cost limit: HTTP 400 QUERY_TOO_COMPLEX, logged as a refusal (warn), never as an error', async () => {
    logs.lines.length = 0;
    const fields = 'id name email roles timeZone isActive isTrainee canTrain createdAt version';
    // Over the cost limit on purpose.
    const costly = untyped(
      `{ a: users(first: 100) { edges { node { ${fields} trainer { ${fields} } } } } b: users(first: 100) { edges { node { ${fields} } } } }`,
    );
    const result = await admin.request(costly);
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('QUERY_TOO_COMPLEX');
    expect(errorLines()).toEqual([]);
    expect(logs.lines.some((line) => (line.res as { statusCode?: number } | undefined)?.statusCode === 400)).toBe(true);
  });

  it('[a stranger] misspells an enum value or an input field, in variables or inline: BAD_USER_INPUT or a validation error, and no guess at the right name', async () => {
    // Misspelt on purpose: strings, which codegen would refuse.
    const byVariable = untyped(`query ($s: TicketStatus) { tickets(filter: { status: $s }) { edges { node { id } } } }`);
    const byFilter = untyped(`query ($f: TicketsFilter) { tickets(filter: $f) { edges { node { id } } } }`);
    for (const [result, code] of [
      [await agent.request(byVariable, { s: 'OPN' }), 'BAD_USER_INPUT'],
      [await agent.request(byFilter, { f: { stauts: 'OPEN' } }), 'BAD_USER_INPUT'],
      [
        await agent.request(untyped(`mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }`), { i: { nme: 'X' } }),
        'BAD_USER_INPUT',
      ],
      [await agent.request(untyped(`{ tickets(filter: { status: OPN }) { edges { node { id } } } }`)), 'GRAPHQL_VALIDATION_FAILED'],
      [await agent.request(untyped(`{ tickets(filter: { stauts: OPEN }) { edges { node { id } } } }`)), 'GRAPHQL_VALIDATION_FAILED'],
      [await agent.request(untyped(`{ tickets(frist: 3) { edges { node { id } } } }`)), 'GRAPHQL_VALIDATION_FAILED'],
      [await agent.request(untyped(`{ tickets { edges { node { subjct } } } }`)), 'GRAPHQL_VALIDATION_FAILED'],
    ] as const) {
      expect(result.status).toBe(400);
      expect(errorCode(result)).toBe(code);
      for (const error of result.errors!) expect(error.message).not.toMatch(/did you mean|\?$/i);
    }
    // The refusal still says what was wrong.
    expect((await agent.request(byVariable, { s: 'OPN' })).errors![0]!.message).toMatch(/"OPN" does not exist in "TicketStatus" enum\.$/);
  });

  it('[another client] sends a subscription over HTTP POST: HTTP 400 saying live updates run over the WebSocket, not a server error', async () => {
    logs.lines.length = 0;
    for (const query of [`subscription { ticketChanged(id: "${randomUUID()}") { id } }`, `subscription { queueChanged { __typename } }`]) {
      // Over HTTP POST on purpose, which the server refuses.
      const result = await agent.request(untyped(query));
      expect(result.status).toBe(400);
      expect(errorCode(result)).toBe('BAD_REQUEST');
      expect(result.errors![0]!.message).toMatch(/WebSocket/);
      expect(result.data ?? null).toBeNull();
    }
    expect(errorLines()).toEqual([]);
  });

  it('[admin] adds a person with an empty trainer, or a trainer id that is no UUID: NOT_FOUND, nobody is added, nothing reaches PostgreSQL', async () => {
    logs.lines.length = 0;
    const create = graphql(`mutation CreateUserInApiErrors($i: CreateUserInput!) { createUser(input: $i) { id } }`);
    for (const trainerId of ['', 'not-a-uuid', '42']) {
      const email = `trainee-${randomUUID().slice(0, 8)}@test.example`;
      const input = { name: 'New Trainee', email, password: 'a long enough pass phrase 2026', roles: ['AGENT' as const], trainerId };
      const result = await admin.request(create, { i: input });
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect(result.errors![0]!.message).toMatch(/input\.trainerId/);
      expect(await server.services.db.query(`SELECT 1 FROM app_user WHERE email = $1`, [email])).toEqual([]);
    }
    const someone = (await admin.ok(graphql(`query UsersInApiErrors { users(first: 1) { edges { node { id version } } } }`))).users.edges[0]
      .node;
    const update = await admin.request(graphql(`mutation UpdateUserInApiErrors($i: UpdateUserInput!) { updateUser(input: $i) { id } }`), {
      i: { id: someone.id, version: someone.version, trainerId: '' },
    });
    expect(errorCode(update)).toBe('NOT_FOUND');
    expect(errorLines()).toEqual([]);
  });

  it('[another client] sends ids of the wrong kind anywhere (not a UUID, a UUID where a message number belongs, a message number too big): NOT_FOUND or BAD_USER_INPUT, never a server error', async () => {
    logs.lines.length = 0;
    const manager = await server.signIn('peyton@example.com');
    const ticket = await createTicket(server);
    await agent.ok(graphql(`mutation ClaimTicket($id: ID!) { claimTicket(id: $id) { id } }`), { id: ticket.id });
    const reply = `mutation ($i: ReplyToTicketInput!) { replyToTicket(input: $i) { id } }`;
    for (const [query, variables, code] of [
      [`query ($id: ID!) { ticket(id: $id) { id } }`, { id: '42' }, 'NOT_FOUND'],
      [`{ ticket(id: "") { id } }`, {}, 'NOT_FOUND'],
      [reply, { i: { ticketId: ticket.id, seenMessageId: randomUUID(), body: 'Hello there, all good now?' } }, 'BAD_USER_INPUT'],
      [reply, { i: { ticketId: ticket.id, seenMessageId: '99999999999999999999', body: 'Hello there, all good now?' } }, 'BAD_USER_INPUT'],
      [reply, { i: { ticketId: ticket.id, seenMessageId: '1', savedReplyId: 'nope', body: 'Hello there, all good now?' } }, 'NOT_FOUND'],
      [`mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: ['1', 'abc'] }, 'BAD_USER_INPUT'],
      [`mutation ($id: ID!, $a: ID!) { assignTicket(id: $id, assigneeId: $a) { id } }`, { id: ticket.id, a: 'not-a-uuid' }, 'NOT_FOUND'],
      [
        `mutation ($i: UpdateTeamSettingsInput!) { updateTeamSettings(input: $i) { followUpSavedReplyId } }`,
        { i: { version: 1, followUpSavedReplyId: 'x' } },
        'NOT_FOUND',
      ],
    ] as const) {
      const caller = query.includes('TeamSettings') ? admin : query.includes('assignTicket') ? manager : agent;
      // Forged ids in valid documents, each checked against its own refusal: sent as text.
      const result = await caller.request(untyped(query), variables);
      expect(errorCode(result), `${query} ${JSON.stringify(variables)}`).toBe(code);
    }
    expect(errorLines()).toEqual([]);
  });

  it('[another client] pages on with a forged cursor (an id that is no UUID, a date that is no date): BAD_USER_INPUT, never a server error', async () => {
    logs.lines.length = 0;
    for (const [query, after] of [
      [`query ($a: String) { outbox(after: $a) { edges { node { id } } } }`, cursor(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])],
      [`query ($a: String) { outbox(after: $a) { edges { node { id } } } }`, cursor(['1', randomUUID()])],
      [`query ($a: String) { users(after: $a) { edges { node { id } } } }`, cursor(['kate', 'not-a-uuid'])],
      [`query ($a: String) { users(after: $a) { edges { node { id } } } }`, cursor(['ka\u0000te', randomUUID()])],
      [`query ($a: String) { savedReplies(after: $a) { edges { node { id } } } }`, cursor([1, 'ti\u0000tle', randomUUID()])],
      [`query ($a: String) { tickets(after: $a) { edges { node { id } } } }`, cursor([0, 0, '1', randomUUID()])],
      [`query ($a: String) { tickets(after: $a) { edges { node { id } } } }`, cursor([0, 0, '2026-02-30T00:00:00.000000Z', randomUUID()])],
      [`query ($a: String) { notifications(after: $a) { edges { node { id } } } }`, cursor(['x1'])],
    ] as const) {
      const result = await admin.request(untyped(query), { a: after });
      expect(errorCode(result), `${query} ${after}`).toBe('BAD_USER_INPUT');
    }
    expect(errorLines()).toEqual([]);
  });

  it('[agent] pages on with the cursors the server gave: every list still reaches its next page', async () => {
    const pages: ((a: string | null) => Promise<{ edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null } }>)[] = [
      async (a) =>
        (
          await admin.ok(
            graphql(`query OutboxPage($a: String) { outbox(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor } } }`),
            { a },
          )
        ).outbox,
      async (a) =>
        (
          await admin.ok(
            graphql(`query UsersPage($a: String) { users(first: 2, after: $a) { edges { node { id } } pageInfo { endCursor } } }`),
            { a },
          )
        ).users,
      async (a) =>
        (
          await admin.ok(
            graphql(`query TicketsPage($a: String) { tickets(first: 2, after: $a) { edges { node { id } } pageInfo { endCursor } } }`),
            { a },
          )
        ).tickets,
      async (a) =>
        (
          await admin.ok(
            graphql(
              `query NotificationsPage($a: String) { notifications(first: 1, after: $a) { edges { node { id } } pageInfo { endCursor } } }`,
            ),
            { a },
          )
        ).notifications,
    ];
    for (const page of pages) {
      const first = await page(null);
      if (!first.pageInfo.endCursor) continue;
      const next = await page(first.pageInfo.endCursor);
      expect(next.edges.map((e) => e.node.id)).not.toContain(first.edges[0]!.node.id);
    }
  });
});

describe('which ids are numbers', () => {
  it('lists every message, notification or feature-ask id the API takes, and only ids that exist', async () => {
    const schema = await buildAppSchema();
    const idInputs: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          for (const arg of field.args) if (getNamedType(arg.type).name === 'ID') idInputs.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (getNamedType(field.type).name === 'ID') idInputs.push(`${type.name}.${field.name}`);
      }
    }
    for (const listed of WHOLE_NUMBER_IDS) expect(idInputs).toContain(listed);
    const numbered = idInputs.filter((coordinate) => /MessageId\b|Message\.|Notification|unlinkAsk\(/i.test(coordinate));
    expect(numbered.sort()).toEqual([...WHOLE_NUMBER_IDS].sort());
  });
});
