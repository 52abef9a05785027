import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type ApiClient } from '../support/api-client.js';
import { createTicket } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { SavedRepliesInSavedRepliesQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';

const LIST =
  graphql(`query SavedRepliesInSavedReplies($filter: SavedRepliesFilter, $first: Int, $after: String) { savedReplies(filter: $filter, first: $first, after: $after) {
  edges { node { id title category usageCount status viewerCan { edit { allowed } } } } pageInfo { hasNextPage endCursor } } }`);
const CREATE = graphql(
  `mutation CreateSavedReply($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id title body category status version } }`,
);
const UPDATE = graphql(
  `mutation UpdateSavedReplyInSavedReplies($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id title version } }`,
);
const ARCHIVE = graphql(`mutation ArchiveSavedReply($id: ID!) { archiveSavedReply(id: $id) { id status } }`);
const RENDER = graphql(`query RenderSavedReply($s: ID!, $t: ID!) { renderSavedReply(savedReplyId: $s, ticketId: $t) }`);

let server: TestServer;
let manager: ApiClient;
let agent: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.signIn('peyton@example.com');
  agent = await server.signIn('ben@example.com');
});
afterAll(() => server?.stop());

describe('savedReplies (S1, W4)', () => {
  it('refuses anonymous callers', async () => {
    expect(errorCode(await server.client().request(LIST))).toBe('UNAUTHENTICATED');
  });

  it('lists the library most used first, and pages without repeating', async () => {
    const all = (await agent.ok(LIST, { first: 100 })).savedReplies.edges.map((e) => e.node);
    expect(all.map((r) => r.usageCount)).toEqual([...all.map((r) => r.usageCount)].sort((a, b) => b - a));
    expect(all.every((r) => r.status === 'ACTIVE')).toBe(true);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: SavedRepliesInSavedRepliesQuery = await agent.ok(LIST, { first: 3, after });
      seen.push(...page.savedReplies.edges.map((e) => e.node.id));
      after = page.savedReplies.pageInfo.hasNextPage ? page.savedReplies.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((r) => r.id));
  });

  it('W4: offers the "Ask for more information" replies by category; searches by word prefixes', async () => {
    const ask = (await agent.ok(LIST, { filter: { category: 'ASK_FOR_INFO' } })).savedReplies.edges.map((e) => e.node.title);
    expect(ask).toEqual(expect.arrayContaining(['Ask for steps to reproduce', 'Ask for a screenshot and browser']));
    const found = (await agent.ok(LIST, { filter: { search: 'screensh' } })).savedReplies.edges.map((e) => e.node.title);
    expect(found).toEqual(['Ask for a screenshot and browser']);
    expect((await agent.ok(LIST, { filter: { search: '%_' } })).savedReplies.edges.length).toBeGreaterThan(0);
  });

  it('renders placeholders for a ticket, with the viewer as agent', async () => {
    const ticket = await createTicket(server);
    const [saved] = await server.services.db.query(`SELECT id FROM saved_reply WHERE title = 'Checking in'`);
    const { renderSavedReply } = await agent.ok(RENDER, { s: saved.id, t: ticket.id });
    expect(renderSavedReply).toBe(`Hi Customer, I wanted to check in on ticket #${ticket.number}. Did my last answer solve it for you?`);
    expect(errorCode(await agent.request(RENDER, { s: saved.id, t: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
  });
});

describe('createSavedReply, updateSavedReply, archiveSavedReply', () => {
  const input = {
    title: 'Reset your password',
    body: 'Hi {{customer.firstName}}, use "Forgot password". Did that help?',
    category: 'GETTING_STARTED' as const,
  };

  it('refuses anonymous callers and agents (they suggest through drafts)', async () => {
    expect(errorCode(await server.client().request(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await agent.request(CREATE, { input }))).toBe('FORBIDDEN');
  });

  it('refuses an unknown placeholder, naming it, and an empty title; nothing is saved', async () => {
    const [{ before }] = await server.services.db.query(`SELECT count(*)::int AS before FROM saved_reply`);
    const typo = await manager.request(CREATE, { input: { ...input, body: 'Hi {{customer.frist_name}}, ok?' } });
    expect(errorCode(typo)).toBe('UNKNOWN_PLACEHOLDER');
    expect(typo.errors![0]!.message).toMatch(/\{\{customer\.frist_name\}\}/);
    expect(errorCode(await manager.request(CREATE, { input: { ...input, title: ' ' } }))).toBe('BAD_USER_INPUT');
    const [{ after }] = await server.services.db.query(`SELECT count(*)::int AS after FROM saved_reply`);
    expect(after).toBe(before);
  });

  it('creates, updates (stale versions refused) and archives', async () => {
    const { createSavedReply } = await manager.ok(CREATE, { input });
    expect(createSavedReply).toMatchObject({ status: 'ACTIVE', version: 1 });
    const { updateSavedReply } = await manager.ok(UPDATE, { input: { id: createSavedReply.id, version: 1, title: 'Reset a password' } });
    expect(updateSavedReply).toMatchObject({ title: 'Reset a password', version: 2 });
    expect(errorCode(await manager.request(UPDATE, { input: { id: createSavedReply.id, version: 1, title: 'Old' } }))).toBe('STALE_DATA');
    expect(errorCode(await agent.request(ARCHIVE, { id: createSavedReply.id }))).toBe('FORBIDDEN');
    expect((await manager.ok(ARCHIVE, { id: createSavedReply.id })).archiveSavedReply.status).toBe('ARCHIVED');
    const active = (await agent.ok(LIST, { first: 100 })).savedReplies.edges.map((e) => e.node.id);
    expect(active).not.toContain(createSavedReply.id);
  });
});
