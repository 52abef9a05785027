import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type ApiClient } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const SUBMIT = graphql(`mutation SubmitTicket($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }`);
const SETTINGS =
  graphql(`query TeamSettingsInIntakeAndSettings { teamSettings { firstResponseMinutesPremium firstResponseMinutesFree highValueRevenueCents reviewNovelReplies
  toneGuide { avoid suggestion } version } }`);
const UPDATE =
  graphql(`mutation UpdateTeamSettingsInIntakeAndSettings($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { firstResponseMinutesPremium
  teamChatWebhookUrl toneGuide { avoid } version } }`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const form = (overrides: Record<string, unknown> = {}) => ({
  name: 'Nora Field',
  email: 'Nora@Field.example',
  subject: 'Cannot log in',
  message: 'The login page keeps spinning.',
  ...overrides,
});

describe('submitTicket (public web form)', () => {
  it('refuses bad input with a clear error and creates nothing', async () => {
    const [{ before }] = await server.services.db.query(`SELECT count(*)::int AS before FROM ticket`);
    const client = server.client();
    const bad = await client.request(SUBMIT, { input: form({ email: 'not an email' }) });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toMatch(/e-mail/);
    expect(errorCode(await client.request(SUBMIT, { input: form({ message: '  ' }) }))).toBe('BAD_USER_INPUT');
    const [{ after }] = await server.services.db.query(`SELECT count(*)::int AS after FROM ticket`);
    expect(after).toBe(before);
  });

  it('opens a ticket without signing in, matching the customer by e-mail whatever its case', async () => {
    const first = await server.client().ok(SUBMIT, { input: form() });
    expect(first.submitTicket.reference).toMatch(/^#\d+$/);
    await server.client().ok(SUBMIT, { input: form({ email: 'nora@field.example', name: 'Someone Else' }) });
    const customers = await server.services.db.query(`SELECT name FROM customer WHERE email = 'nora@field.example'`);
    expect(customers).toEqual([{ name: 'Nora Field' }]);
    const [ticket] = await server.services.db.query(
      `SELECT t.status, extract(epoch FROM t.response_due_at - t.created_at) / 3600 AS hours FROM ticket t WHERE t.number = $1`,
      [Number(first.submitTicket.reference.slice(1))],
    );
    expect(ticket.status).toBe('OPEN');
    expect(Number(ticket.hours)).toBe(24);
  });

  it('limits submissions per IP address, bad ones included, across instances', async () => {
    const limited = await startTestServer({ config: { intakeLimitPerHour: 3 } });
    const second = await startTestServer({ config: { intakeLimitPerHour: 3 }, databaseUrl: limited.databaseUrl });
    try {
      const results = [
        await limited.client().request(SUBMIT, { input: form({ email: 'bad' }) }),
        await limited.client().request(SUBMIT, { input: form({ subject: 'Limit 1' }) }),
        await second.client().request(SUBMIT, { input: form({ subject: 'Limit 2' }) }),
        await second.client().request(SUBMIT, { input: form({ subject: 'Limit 3' }) }),
      ];
      expect(results.map(errorCode)).toEqual(['BAD_USER_INPUT', undefined, undefined, 'RATE_LIMITED']);
      expect(results[3]!.errors![0]!.message).toMatch(/Try again in \d+ minutes?/);
    } finally {
      await second.stop();
      await limited.stop();
    }
  });
});

describe('teamSettings and updateTeamSettings', () => {
  let manager: ApiClient;
  let agent: ApiClient;
  beforeAll(async () => {
    manager = await server.signIn('peyton@example.com');
    agent = await server.signIn('ben@example.com');
  });

  it('refuses anonymous callers; shows everyone the goals and tone guide, the webhook only to managers and admins', async () => {
    expect(errorCode(await server.client().request(SETTINGS))).toBe('UNAUTHENTICATED');
    const { teamSettings } = await agent.ok(SETTINGS);
    expect(teamSettings).toMatchObject({ firstResponseMinutesPremium: 240, firstResponseMinutesFree: 1440, reviewNovelReplies: false });
    expect(teamSettings.toneGuide.map((p) => p.avoid)).toContain('unfortunately');
    expect(errorCode(await agent.request(graphql(`query TeamChatWebhook { teamSettings { teamChatWebhookUrl } }`)))).toBe('FORBIDDEN');
    expect((await manager.request(graphql(`query TeamChatWebhook { teamSettings { teamChatWebhookUrl } }`))).errors).toBeUndefined();
  });

  it('refuses agents, bad values and stale versions, changing nothing', async () => {
    const { version } = (await manager.ok(SETTINGS)).teamSettings;
    expect(errorCode(await agent.request(UPDATE, { input: { version, firstResponseMinutesPremium: 60 } }))).toBe('FORBIDDEN');
    expect(errorCode(await manager.request(UPDATE, { input: { version, firstResponseMinutesPremium: 0 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await manager.request(UPDATE, { input: { version, teamChatWebhookUrl: 'ftp://x' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await manager.request(UPDATE, { input: { version: version + 5, firstResponseMinutesPremium: 60 } }))).toBe(
      'STALE_DATA',
    );
    expect((await manager.ok(SETTINGS)).teamSettings.version).toBe(version);
  });

  it('updates goals, the tone guide and the webhook; new tickets get the new goal', async () => {
    const { version } = (await manager.ok(SETTINGS)).teamSettings;
    const { updateTeamSettings } = await manager.ok(UPDATE, {
      input: {
        version,
        firstResponseMinutesFree: 120,
        toneGuide: [{ avoid: 'ASAP', suggestion: 'Give a time' }],
        teamChatWebhookUrl: 'https://chat.example/hooks/abc',
      },
    });
    expect(updateTeamSettings).toMatchObject({
      teamChatWebhookUrl: 'https://chat.example/hooks/abc',
      toneGuide: [{ avoid: 'ASAP' }],
      version: version + 1,
    });
    await server.client().ok(SUBMIT, { input: form({ email: 'after-change@field.example' }) });
    const [ticket] = await server.services.db.query(
      `SELECT extract(epoch FROM t.response_due_at - t.created_at) / 3600 AS hours FROM ticket t JOIN customer c ON c.id = t.customer_id WHERE c.email = 'after-change@field.example'`,
    );
    expect(Number(ticket.hours)).toBe(2);
  });
});
