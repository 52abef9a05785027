import { canBeTrainer } from '@tandem/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../support/api-client.js';
import { createStaff, FACTORY_PASSWORD, signedInStaff } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { ApiClient } from '../support/api-client.js';
import type { CreateUserInput, UsersInUsersQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';

const USERS = graphql(`query UsersInUsers($first: Int, $after: String, $filter: UsersFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id name email roles isActive isTrainee trainer { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`);
const CREATE = graphql(`mutation CreateUserInUsers($input: CreateUserInput!) {
  createUser(input: $input) { id name email roles timeZone workingHours { start end days } isTrainee trainer { id } version }
}`);
const UPDATE = graphql(`mutation UpdateUserInUsers($input: UpdateUserInput!) {
  updateUser(input: $input) { id name roles timeZone workingHours { start end days } isTrainee graduatedAt version }
}`);
const DEACTIVATE = graphql(`mutation DeactivateUserInUsers($id: ID!) { deactivateUser(id: $id) { id isActive deactivatedAt } }`);
const REACTIVATE = graphql(`mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { id isActive } }`);

let server: TestServer;
let admin: ApiClient;
let agent: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin@example.com');
  agent = await server.signIn('ben@example.com');
});
afterAll(() => server?.stop());

async function userCount(): Promise<number> {
  const [{ count }] = await server.services.db.query(`SELECT count(*)::int AS count FROM app_user`);
  return count;
}

function newUser(overrides: Partial<CreateUserInput> = {}): CreateUserInput {
  const suffix = Math.random().toString(36).slice(2, 8);
  return { name: `New ${suffix}`, email: `new-${suffix}@test.example`, password: 'a-long-password', roles: ['AGENT'], ...overrides };
}

describe('users', () => {
  it('refuses anonymous callers', async () => {
    expect(errorCode(await server.client().request(USERS))).toBe('UNAUTHENTICATED');
  });

  it('refuses more than 100 rows per page', async () => {
    const result = await agent.request(USERS, { first: 101 });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/first must not be greater than 100/);
  });

  it('refuses a forged cursor', async () => {
    expect(errorCode(await agent.request(USERS, { after: 'bm90LWEtY3Vyc29y' }))).toBe('BAD_USER_INPUT');
  });

  it('pages through the whole team alphabetically with keyset cursors, no row twice', async () => {
    for (let i = 0; i < 5; i++) await createStaff(server, { name: `Zed ${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: UsersInUsersQuery = await agent.ok(USERS, { first: 3, after });
      seen.push(...data.users.edges.map((e) => e.node.name));
      after = data.users.pageInfo.hasNextPage ? data.users.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(await server.services.db.query(`SELECT 1 FROM app_user WHERE is_active`).then((r) => r.length));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('filters by text and by role; hides deactivated people unless asked', async () => {
    const byText = await agent.ok(USERS, { filter: { search: 'peyton' } });
    expect(byText.users.edges.map((e) => e.node.email)).toEqual(['peyton@example.com']);
    const percent = await agent.ok(USERS, { filter: { search: '%' } });
    expect(percent.users.edges).toHaveLength(0);
    const engineers = await agent.ok(USERS, { filter: { role: 'ENGINEER' } });
    expect(engineers.users.edges.every((e) => e.node.roles.includes('ENGINEER'))).toBe(true);
    const gone = await createStaff(server, { name: 'Gone Person' });
    await admin.ok(DEACTIVATE, { id: gone.id });
    expect((await agent.ok(USERS, { filter: { search: 'Gone Person' } })).users.edges).toHaveLength(0);
    const all = await agent.ok(USERS, { filter: { search: 'Gone Person', includeInactive: true } });
    expect(all.users.edges[0].node.isActive).toBe(false);
  });

  it('lists exactly the people canBeTrainer() allows as trainers', async () => {
    const data = await agent.ok(
      graphql(
        `query UsersInUsers2 { users(first: 100, filter: { eligibleTrainers: true, includeInactive: true }) { edges { node { email } } } }`,
      ),
    );
    const rows: any[] = await server.services.db.query(
      `SELECT id, email, roles, is_active, trainer_id, can_train FROM app_user ORDER BY lower(name), id`,
    );
    const expected = rows
      .filter((r) => canBeTrainer({ id: r.id, roles: r.roles, isActive: r.is_active, trainerId: r.trainer_id, canTrain: r.can_train }))
      .map((r) => r.email);
    expect(data.users.edges.map((e) => e.node.email)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['peyton@example.com', 'lena@example.com']));
  });

  it('shows who trains a trainee', async () => {
    const data = await agent.ok(USERS, { filter: { search: 'kate@' } });
    expect(data.users.edges[0].node).toMatchObject({ isTrainee: true, trainer: { name: 'Peyton Brooks' } });
  });

  it('shows last sign-in times to admins only', async () => {
    const query = graphql(`query UsersLastLogin { users(first: 1) { edges { node { lastLoginAt } } } }`);
    expect((await admin.request(query)).errors).toBeUndefined();
    expect(errorCode(await agent.request(query))).toBe('FORBIDDEN');
  });
});

describe('createUser', () => {
  it('refuses anonymous callers and non-admins, creating nobody', async () => {
    const before = await userCount();
    expect(errorCode(await server.client().request(CREATE, { input: newUser() }))).toBe('UNAUTHENTICATED');
    const manager = await server.signIn('peyton@example.com');
    expect(errorCode(await manager.request(CREATE, { input: newUser() }))).toBe('FORBIDDEN');
    expect(await userCount()).toBe(before);
  });

  it.each([
    ['an invalid e-mail', { email: 'not-an-email' }, 'BAD_USER_INPUT', /valid e-mail/],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'BAD_USER_INPUT', /time zone/],
    ['a weak password', { password: 'short' }, 'WEAK_PASSWORD', /at least 10/],
    ['no role', { roles: [] }, 'BAD_USER_INPUT', /roles/],
    ['an empty name', { name: '   ' }, 'BAD_USER_INPUT', /name/],
    ['a 101-character name', { name: 'x'.repeat(101) }, 'BAD_USER_INPUT', /name/],
    ['working hours that are not clock times', { workingHours: { start: '9am', end: '17:00', days: [1] } }, 'BAD_USER_INPUT', /HH:MM/],
    ['working days out of range', { workingHours: { start: '09:00', end: '17:00', days: [0] } }, 'BAD_USER_INPUT', /Monday/],
    ['a trainee as trainer (T4: a trainee cannot train)', { trainerIdOf: 'kate@example.com' }, 'TRAINEE_CANNOT_TRAIN', /still in training/],
    ['a trainer who does not exist', { trainerId: '00000000-0000-0000-0000-000000000000' }, 'NOT_FOUND', /no such person/],
  ])('refuses %s with a clear error and creates nobody', async (_, overrides, code, message) => {
    const before = await userCount();
    const { trainerIdOf, ...rest } = overrides as Record<string, unknown>;
    if (trainerIdOf) {
      const [row] = await server.services.db.query(`SELECT id FROM app_user WHERE email = $1`, [trainerIdOf]);
      rest.trainerId = row.id;
    }
    const result = await admin.request(CREATE, { input: newUser(rest as Partial<CreateUserInput>) });
    expect(errorCode(result)).toBe(code);
    expect(result.errors![0]!.message).toMatch(message);
    expect(await userCount()).toBe(before);
  });

  it('creates a person who can sign in, with a canonical time zone and default hours', async () => {
    const input = newUser({ email: 'Mixed.Case@Test.Example', timeZone: 'europe/berlin', roles: ['AGENT', 'AGENT', 'ENGINEER'] });
    const { createUser } = await admin.ok(CREATE, { input });
    expect(createUser).toMatchObject({
      email: 'mixed.case@test.example',
      timeZone: 'Europe/Berlin',
      roles: ['AGENT', 'ENGINEER'],
      workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
      isTrainee: false,
    });
    await server.signIn('mixed.case@test.example', 'a-long-password');
  });

  it('refuses an e-mail address already on the team, whatever its case', async () => {
    const result = await admin.request(CREATE, { input: newUser({ email: 'PEYTON@example.com' }) });
    expect(errorCode(result)).toBe('EMAIL_TAKEN');
  });

  it('makes a trainee of a manager or of a graduated agent allowed to train', async () => {
    const [lena] = await server.services.db.query(`SELECT id FROM app_user WHERE email = 'lena@example.com'`);
    const { createUser } = await admin.ok(CREATE, { input: newUser({ trainerId: lena.id }) });
    expect(createUser).toMatchObject({ isTrainee: true, trainer: { id: lena.id } });
  });
});

describe('updateUser', () => {
  it('refuses anonymous callers', async () => {
    const someone = await createStaff(server);
    expect(errorCode(await server.client().request(UPDATE, { input: { id: someone.id, version: 1, timeZone: 'UTC' } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets everyone change their own time zone and working hours', async () => {
    const { user, client } = await signedInStaff(server);
    const { updateUser } = await client.ok(UPDATE, {
      input: {
        id: user.id,
        version: user.version,
        timeZone: 'America/New_York',
        workingHours: { start: '22:00', end: '06:00', days: [7, 1] },
      },
    });
    expect(updateUser).toMatchObject({
      timeZone: 'America/New_York',
      workingHours: { start: '22:00', end: '06:00', days: [1, 7] },
      version: 2,
    });
  });

  it('refuses a non-admin changing their own roles, or anyone else, and changes nothing', async () => {
    const { user, client } = await signedInStaff(server);
    const own = await client.request(UPDATE, { input: { id: user.id, version: user.version, roles: ['ADMIN'] } });
    expect(errorCode(own)).toBe('FORBIDDEN');
    expect(own.errors![0]!.message).toMatch(/Only an admin can change roles/);
    const other = await createStaff(server);
    expect(errorCode(await client.request(UPDATE, { input: { id: other.id, version: 1, timeZone: 'UTC' } }))).toBe('FORBIDDEN');
    const [row] = await server.services.db.query(`SELECT roles, version FROM app_user WHERE id = $1`, [user.id]);
    expect(row).toEqual({ roles: ['AGENT'], version: 1 });
  });

  it('refuses a stale version: the second of two edits from the same version loses', async () => {
    const someone = await createStaff(server);
    await admin.ok(UPDATE, { input: { id: someone.id, version: 1, name: 'First Edit' } });
    const second = await admin.request(UPDATE, { input: { id: someone.id, version: 1, name: 'Second Edit' } });
    expect(errorCode(second)).toBe('STALE_DATA');
    const [row] = await server.services.db.query(`SELECT name FROM app_user WHERE id = $1`, [someone.id]);
    expect(row.name).toBe('First Edit');
  });

  it('refuses an unknown id and a malformed one with NOT_FOUND', async () => {
    expect(errorCode(await admin.request(UPDATE, { input: { id: '00000000-0000-0000-0000-000000000000', version: 1, name: 'X' } }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await admin.request(UPDATE, { input: { id: 'nope', version: 1, name: 'X' } }))).toBe('NOT_FOUND');
  });

  it('refuses an admin removing their own admin role', async () => {
    const { user, client } = await signedInStaff(server, { roles: ['ADMIN'] });
    const result = await client.request(UPDATE, { input: { id: user.id, version: user.version, roles: ['AGENT'] } });
    expect(errorCode(result)).toBe('CANNOT_CHANGE_OWN_ACCESS');
  });

  it('sets a trainer, and graduates the trainee when the trainer is removed (T4)', async () => {
    const trainee = await createStaff(server);
    const [peyton] = await server.services.db.query(`SELECT id FROM app_user WHERE email = 'peyton@example.com'`);
    const set = await admin.ok(UPDATE, { input: { id: trainee.id, version: 1, trainerId: peyton.id } });
    expect(set.updateUser).toMatchObject({ isTrainee: true, graduatedAt: null });
    const graduated = await admin.ok(UPDATE, { input: { id: trainee.id, version: 2, trainerId: null } });
    expect(graduated.updateUser.isTrainee).toBe(false);
    expect(graduated.updateUser.graduatedAt).not.toBeNull();
  });

  it('refuses making a trainer someone else’s trainee', async () => {
    const trainer = await createStaff(server, { canTrain: true });
    await createStaff(server, { trainerId: trainer.id });
    const [peyton] = await server.services.db.query(`SELECT id FROM app_user WHERE email = 'peyton@example.com'`);
    const result = await admin.request(UPDATE, { input: { id: trainer.id, version: 1, trainerId: peyton.id } });
    expect(errorCode(result)).toBe('TRAINER_HAS_TRAINEES');
  });
});

describe('deactivateUser and reactivateUser', () => {
  it('refuses anonymous callers and non-admins', async () => {
    const someone = await createStaff(server);
    expect(errorCode(await server.client().request(DEACTIVATE, { id: someone.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await agent.request(DEACTIVATE, { id: someone.id }))).toBe('FORBIDDEN');
    expect(errorCode(await agent.request(REACTIVATE, { id: someone.id }))).toBe('FORBIDDEN');
  });

  it('refuses deactivating yourself and a trainer who still has trainees', async () => {
    const [me] = await server.services.db.query(`SELECT id FROM app_user WHERE email = 'admin@example.com'`);
    expect(errorCode(await admin.request(DEACTIVATE, { id: me.id }))).toBe('CANNOT_CHANGE_OWN_ACCESS');
    const [peyton] = await server.services.db.query(`SELECT id FROM app_user WHERE email = 'peyton@example.com'`);
    const result = await admin.request(DEACTIVATE, { id: peyton.id });
    expect(errorCode(result)).toBe('TRAINER_HAS_TRAINEES');
  });

  it('deactivates (ending their sessions) and reactivates; twice is harmless', async () => {
    const { user, client } = await signedInStaff(server);
    const first = await admin.ok(DEACTIVATE, { id: user.id });
    expect(first.deactivateUser.isActive).toBe(false);
    const again = await admin.ok(DEACTIVATE, { id: user.id });
    expect(again.deactivateUser.deactivatedAt).toBe(first.deactivateUser.deactivatedAt);
    expect((await client.ok(graphql(`query Viewer { viewer { id } }`))).viewer).toBeNull();
    await admin.ok(REACTIVATE, { id: user.id });
    await server.signIn(user.email, FACTORY_PASSWORD);
  });
});

describe('the team never loses its last admin', () => {
  it('two admins demoting each other at once leave one admin', async () => {
    const isolated = await startTestServer();
    try {
      const root = await isolated.signIn('admin@example.com');
      const a = await signedInStaff(isolated, { roles: ['ADMIN'] });
      const b = await signedInStaff(isolated, { roles: ['ADMIN'] });
      const [demo] = await isolated.services.db.query(`SELECT id FROM app_user WHERE email = 'admin@example.com'`);
      await a.client.ok(DEACTIVATE, { id: demo.id });
      expect((await root.ok(graphql(`query Viewer { viewer { id } }`))).viewer).toBeNull();
      const results = await Promise.all([
        a.client.request(UPDATE, { input: { id: b.user.id, version: 1, roles: ['AGENT'] } }),
        b.client.request(UPDATE, { input: { id: a.user.id, version: 1, roles: ['AGENT'] } }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      // The loser either sees it would remove the last admin, or that it is no longer an admin.
      expect(['LAST_ADMIN', 'FORBIDDEN']).toContain(results.map(errorCode).find(Boolean));
      expect(await isolated.services.users.activeAdminCount()).toBe(1);
    } finally {
      await isolated.stop();
    }
  });
});
