import { DEFAULT_TONE_GUIDE, toneHints } from '@tandem/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { createTestDatabase, startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const OWNER = { email: 'owner@new-team.example', password: 'owner-password-1' };

/** A team that starts with SEED_DEMO=false: what the procedure needs is there from the first ticket. */
describe('a new install without the demo team', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let server: TestServer;
  let owner: ApiClient;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    server = await startTestServer({ databaseUrl: database.url, config: { seedDemo: false, initialAdmin: OWNER } });
    owner = await server.signIn(OWNER.email, OWNER.password);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('[agent] opens the saved-reply picker on a new install: "Ask for more information" replies are there (W4)', async () => {
    const { savedReplies } = await owner.ok(
      graphql(
        `query SavedRepliesInNewInstall { savedReplies(first: 25, filter: { category: ASK_FOR_INFO }) { edges { node { title body } } } }`,
      ),
    );
    const titles = savedReplies.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(titles).toEqual(expect.arrayContaining(['Ask for steps to reproduce', 'Ask for a screenshot and browser']));
    for (const { node } of savedReplies.edges) expect(node.body).toContain('{{customer.firstName}}');
  });

  it('[agent] sends a follow-up on a new install: the team has a follow-up saved reply and a closing note (F1, W10)', async () => {
    const { teamSettings } = await owner.ok(
      graphql(`query TeamSettingsInNewInstall { teamSettings { followUpSavedReplyId closingMessage } }`),
    );
    expect(teamSettings.followUpSavedReplyId).toBeTruthy();
    const { savedReplies } = await owner.ok(
      graphql(
        `query SavedRepliesInNewInstall2 { savedReplies(first: 25, filter: { category: FOLLOW_UP }) { edges { node { id title } } } }`,
      ),
    );
    expect(savedReplies.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { id: teamSettings.followUpSavedReplyId, title: 'Checking in' },
    ]);
    expect(teamSettings.closingMessage).toMatch(/\?$/);
  });

  it('[agent] writes "Dear customer, kindly …" on a new install: the tone guide flags the corporate phrases (V1)', async () => {
    const { teamSettings } = await owner.ok(graphql(`query TeamToneGuide { teamSettings { toneGuide { avoid suggestion } } }`));
    expect(teamSettings.toneGuide).toEqual(DEFAULT_TONE_GUIDE);
    const body = 'Dear customer, kindly note we apologize for any inconvenience. Do not hesitate to contact us as per our mail.';
    expect(toneHints(body, teamSettings.toneGuide).map((h) => h.avoid)).toEqual([
      'Dear customer',
      'kindly',
      'we apologize for any inconvenience',
      'do not hesitate to contact',
      'as per',
    ]);
  });
});
