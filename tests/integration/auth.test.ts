import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, untyped } from '../support/api-client.js';
import { createStaff, FACTORY_PASSWORD, signedInStaff } from '../support/factories.js';
import { ManualClock, startTestServer, type TestServer } from '../support/test-server.js';
// The client's own operations, where a test sends exactly what the client sends.
import { AccountPagePasswordMutationDocument, UserMenuLogoutMutationDocument } from '../../client/src/gql/graphql.js';
import { graphql } from '../gql/index.js';

const LOGIN = graphql(`mutation Login($input: LoginInput!) { login(input: $input) { id name } }`);
const VIEWER = graphql(`query ViewerInAuth { viewer { id email } }`);
const CHANGE_PASSWORD = AccountPagePasswordMutationDocument;
const MINUTE = 60_000;

let server: TestServer;
const clock = new ManualClock(new Date('2026-11-23T09:00:00Z'));

beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server?.stop());

describe('login', () => {
  it('refuses a wrong password with a clear error and sets no cookie', async () => {
    const user = await createStaff(server);
    const client = server.client();
    const result = await client.request(LOGIN, { input: { email: user.email, password: 'not-the-password' } });
    expect(errorCode(result)).toBe('INVALID_CREDENTIALS');
    expect(result.errors![0]!.message).toBe('That e-mail and password do not match.');
    expect(client.cookie).toBeNull();
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const result = await server.client().request(LOGIN, { input: { email: 'nobody@test.example', password: 'whatever-123' } });
    expect(errorCode(result)).toBe('INVALID_CREDENTIALS');
  });

  it('refuses empty input', async () => {
    const result = await server.client().request(LOGIN, { input: { email: ' ', password: '' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('signs in case-insensitively with an HttpOnly, SameSite=Lax session cookie', async () => {
    const user = await createStaff(server);
    const client = server.client();
    const result = await client.request(LOGIN, { input: { email: user.email.toUpperCase(), password: FACTORY_PASSWORD } });
    expect(result.errors).toBeUndefined();
    const cookie = result.headers.getSetCookie().find((c) => c.startsWith('tandem_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    expect((await client.ok(VIEWER)).viewer!.email).toBe(user.email);
  });

  it('marks the cookie Secure behind an HTTPS proxy when TRUST_PROXY is on', async () => {
    const proxied = await startTestServer({ config: { trustProxy: true } });
    try {
      const user = await createStaff(proxied);
      const result = await proxied
        .client()
        .request(LOGIN, { input: { email: user.email, password: FACTORY_PASSWORD } }, { 'x-forwarded-proto': 'https' });
      expect(result.headers.getSetCookie().find((c) => c.startsWith('tandem_session='))).toMatch(/Secure/);
    } finally {
      await proxied.stop();
    }
  });

  it('gives a fresh session id at every login and ends the session the browser had', async () => {
    const user = await createStaff(server);
    const client = await server.signIn(user.email, FACTORY_PASSWORD);
    const first = client.cookie;
    await client.signIn(user.email, FACTORY_PASSWORD);
    expect(client.cookie).not.toBe(first);
    const old = server.client();
    old.cookie = first;
    expect((await old.ok(VIEWER)).viewer).toBeNull();
  });

  it('refuses a deactivated account even with the right password', async () => {
    const admin = await server.signIn('admin@example.com');
    const user = await createStaff(server);
    await admin.ok(graphql(`mutation DeactivateUserInAuth($id: ID!) { deactivateUser(id: $id) { id } }`), { id: user.id });
    const result = await server.client().request(LOGIN, { input: { email: user.email, password: FACTORY_PASSWORD } });
    expect(errorCode(result)).toBe('USER_INACTIVE');
  });
});

describe('login throttling', () => {
  it('refuses the 11th attempt within 15 minutes with TOO_MANY_ATTEMPTS, even with the right password', async () => {
    const user = await createStaff(server);
    const client = server.client();
    for (let i = 0; i < 10; i++) {
      const result = await client.request(LOGIN, { input: { email: user.email, password: `wrong-${i}-password` } });
      expect(errorCode(result)).toBe('INVALID_CREDENTIALS');
    }
    const eleventh = await client.request(LOGIN, { input: { email: user.email, password: FACTORY_PASSWORD } });
    expect(errorCode(eleventh)).toBe('TOO_MANY_ATTEMPTS');
    expect(eleventh.errors![0]!.message).toMatch(/15 minutes/);

    clock.advance(15 * MINUTE + 1000);
    const later = await client.request(LOGIN, { input: { email: user.email, password: FACTORY_PASSWORD } });
    expect(later.errors).toBeUndefined();
  });

  it('counts attempts batched with aliases one by one: no batch gets past the tenth failure', async () => {
    const user = await createStaff(server);
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `a${i}: login(input: { email: "${user.email}", password: "wrong-password-${i}" }) { id }`,
    );
    // Fifteen logins in one document, built at run time: a brute-force batch, sent as text.
    const batch = untyped(`mutation { ${aliases.join('\n')} }`);
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const result = await server.client().request(batch);
      codes.push(...result.errors!.map((e) => e.extensions!.code));
    }
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(10);
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    const [{ verified }] = await server.services.db.query(`SELECT count(*)::int AS verified FROM login_attempt WHERE email = $1`, [
      user.email,
    ]);
    expect(verified).toBe(10);
    const right = await server.client().request(LOGIN, { input: { email: user.email, password: FACTORY_PASSWORD } });
    expect(errorCode(right)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('counts parallel attempts exactly', async () => {
    const user = await createStaff(server);
    const results = await Promise.all(
      Array.from({ length: 13 }, (_, i) =>
        server.client().request(LOGIN, { input: { email: user.email, password: `wrong-password-${i}` } }),
      ),
    );
    const codes = results.map(errorCode);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(10);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(3);
  });

  it('does not lock out other accounts', async () => {
    const victim = await createStaff(server);
    const other = await createStaff(server);
    for (let i = 0; i < 11; i++) {
      await server.client().request(LOGIN, { input: { email: victim.email, password: `wrong-${i}-password` } });
    }
    const result = await server.client().request(LOGIN, { input: { email: other.email, password: FACTORY_PASSWORD } });
    expect(result.errors).toBeUndefined();
  });
});

describe('sessions', () => {
  it('logout ends the session on the server, not only in the browser', async () => {
    const { client } = await signedInStaff(server);
    const stolen = client.cookie;
    expect((await client.ok(UserMenuLogoutMutationDocument)).logout).toBe(true);
    expect(client.cookie).toBeNull();
    const replay = server.client();
    replay.cookie = stolen;
    expect((await replay.ok(VIEWER)).viewer).toBeNull();
  });

  it("a deactivated person's session stops working at once", async () => {
    const { user, client } = await signedInStaff(server);
    expect((await client.ok(VIEWER)).viewer!.id).toBe(user.id);
    const admin = await server.signIn('admin@example.com');
    await admin.ok(graphql(`mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { isActive } }`), { id: user.id });
    expect((await client.ok(VIEWER)).viewer).toBeNull();
    expect(errorCode(await client.request(graphql(`query UsersInAuth { users { edges { node { id } } } }`)))).toBe('UNAUTHENTICATED');
  });

  it('ends after 30 idle minutes', async () => {
    const { client } = await signedInStaff(server);
    clock.advance(29 * MINUTE);
    expect((await client.ok(VIEWER)).viewer).not.toBeNull();
    clock.advance(29 * MINUTE); // 29 minutes since the last request: still alive
    expect((await client.ok(VIEWER)).viewer).not.toBeNull();
    clock.advance(31 * MINUTE);
    expect((await client.ok(VIEWER)).viewer).toBeNull();
  });

  it('ends 12 hours after sign-in however active the person is', async () => {
    const { client } = await signedInStaff(server);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      clock.advance(20 * MINUTE);
      expect((await client.ok(VIEWER)).viewer, `after ${minutes + 20} minutes`).not.toBeNull();
    }
    clock.advance(25 * MINUTE);
    expect((await client.ok(VIEWER)).viewer).toBeNull();
  });
});

describe('changePassword', () => {
  it('refuses anonymous callers', async () => {
    const result = await server.client().request(CHANGE_PASSWORD, { input: { currentPassword: 'a', newPassword: 'b' } });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong current password and a weak new one, changing nothing', async () => {
    const { user, client } = await signedInStaff(server);
    const wrong = await client.request(CHANGE_PASSWORD, {
      input: { currentPassword: 'nope-nope-nope', newPassword: 'a-fine-new-password' },
    });
    expect(errorCode(wrong)).toBe('WRONG_PASSWORD');
    const weak = await client.request(CHANGE_PASSWORD, { input: { currentPassword: FACTORY_PASSWORD, newPassword: 'short' } });
    expect(errorCode(weak)).toBe('WEAK_PASSWORD');
    expect(weak.errors![0]!.message).toMatch(/at least 10 characters/);
    await server.signIn(user.email, FACTORY_PASSWORD);
  });

  it('changes the password and ends the other sessions, keeping this one', async () => {
    const { user, client } = await signedInStaff(server);
    const laptop = await server.signIn(user.email, FACTORY_PASSWORD);
    await client.ok(CHANGE_PASSWORD, { input: { currentPassword: FACTORY_PASSWORD, newPassword: 'a-fine-new-password' } });
    expect((await client.ok(VIEWER)).viewer!.id).toBe(user.id);
    expect((await laptop.ok(VIEWER)).viewer).toBeNull();
    const old = await server.client().request(LOGIN, { input: { email: user.email, password: FACTORY_PASSWORD } });
    expect(errorCode(old)).toBe('INVALID_CREDENTIALS');
    await server.signIn(user.email, 'a-fine-new-password');
  });
});

describe('login throttling by address: a stranger cannot lock a person out', () => {
  let proxied: TestServer;
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const login = (email: string, password: string, ip: string) => proxied.client().request(LOGIN, { input: { email, password } }, from(ip));

  beforeAll(async () => {
    // Behind a proxy that says who the client is, as in production.
    proxied = await startTestServer({ config: { trustProxy: true } });
  });
  afterAll(() => proxied?.stop());

  it('[stranger] fails 10 times from elsewhere; [the person] signs in from their usual address with the right password', async () => {
    const person = await createStaff(proxied);
    expect((await login(person.email, FACTORY_PASSWORD, '198.51.100.7')).errors).toBeUndefined();
    for (let i = 0; i < 10; i++)
      expect(errorCode(await login(person.email, `wrong-${i}-password`, '203.0.113.66'))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await login(person.email, FACTORY_PASSWORD, '203.0.113.66'))).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(person.email, FACTORY_PASSWORD, '198.51.100.7')).errors).toBeUndefined();
  });

  it('[attacker] tries one account from many addresses: slowed down, never locked; the right password still gets in', async () => {
    const person = await createStaff(proxied);
    const codes: string[] = [];
    for (let i = 0; i < 14; i++) codes.push(errorCode(await login(person.email, `guess-${i}-password`, `203.0.113.${i + 1}`))!);
    expect(new Set(codes)).toEqual(new Set(['INVALID_CREDENTIALS']));
    // A new address of the person's (a new laptop) is slowed like any other, not refused.
    expect((await login(person.email, FACTORY_PASSWORD, '192.0.2.200')).errors).toBeUndefined();
  });

  it('[attacker] writes their own X-Forwarded-For behind the proxy: counted by the address the proxy saw', async () => {
    const person = await createStaff(proxied);
    for (let i = 0; i < 10; i++) {
      // The proxy appends the address it saw; whatever the client wrote before it is not believed.
      expect(errorCode(await login(person.email, `wrong-${i}-password`, `10.9.8.${i}, 203.0.113.77`))).toBe('INVALID_CREDENTIALS');
    }
    expect(errorCode(await login(person.email, FACTORY_PASSWORD, '10.1.1.1, 203.0.113.77'))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('[attacker] rotates through the addresses of one IPv6 network: counted as one address (/64)', async () => {
    const person = await createStaff(proxied);
    for (let i = 0; i < 10; i++)
      expect(errorCode(await login(person.email, `wrong-${i}-password`, `2001:db8:7:7::${i + 1}`))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await login(person.email, FACTORY_PASSWORD, '2001:db8:7:7:ffff::1'))).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(person.email, FACTORY_PASSWORD, '2001:db8:7:8::1')).errors).toBeUndefined();
  });

  it('[attacker] guesses from 50 new addresses: further new addresses are refused, the person’s usual address still gets in', async () => {
    const person = await createStaff(proxied);
    expect((await login(person.email, FACTORY_PASSWORD, '198.51.100.50')).errors).toBeUndefined();
    // Straight into the table: 50 slowed-down guesses would take the test a minute.
    await proxied.services.db.query(
      `INSERT INTO login_attempt (email, succeeded, ip, attempted_at) SELECT $1, false, '192.0.2.' || n, $2 FROM generate_series(1, 50) n`,
      [person.email, new Date()],
    );
    expect(errorCode(await login(person.email, FACTORY_PASSWORD, '203.0.113.51'))).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(person.email, FACTORY_PASSWORD, '198.51.100.50')).errors).toBeUndefined();
  });

  it('[attacker] tries 101 accounts from one address: that address is refused after 100 failures, others are not', async () => {
    const victim = await createStaff(proxied);
    const guesses = Array.from({ length: 100 }, (_, i) => `no-such-person-${i}@test.example`);
    for (const email of guesses) expect(errorCode(await login(email, 'wrong-password-1', '203.0.113.250'))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await login(victim.email, FACTORY_PASSWORD, '203.0.113.250'))).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(victim.email, FACTORY_PASSWORD, '198.51.100.8')).errors).toBeUndefined();
  });
});

describe('a short idle limit (SESSION_IDLE_MINUTES=1)', () => {
  let short: TestServer;
  const shortClock = new ManualClock(new Date('2026-11-23T09:00:00Z'));
  const SECOND = 1000;

  beforeAll(async () => {
    short = await startTestServer({ clock: shortClock, config: { sessionIdleMinutes: 1 } });
  });
  afterAll(() => short?.stop());

  const lastSeen = async (userId: string) =>
    (
      (await short.services.db.query(`SELECT last_seen_at FROM user_session WHERE user_id = $1`, [userId])) as { last_seen_at: Date }[]
    )[0]?.last_seen_at.toISOString();

  it('[agent] works on, a request every 15 seconds for five minutes: never signed out; a minute idle: signed out', async () => {
    const { user, client } = await signedInStaff(short);
    for (let seconds = 15; seconds <= 5 * 60; seconds += 15) {
      shortClock.advance(15 * SECOND);
      expect((await client.ok(VIEWER)).viewer, `after ${seconds} s`).not.toBeNull();
    }
    // Between two requests 50 s apart (under the minute), still signed in.
    shortClock.advance(50 * SECOND);
    expect((await client.ok(VIEWER)).viewer).not.toBeNull();
    expect(await lastSeen(user.id)).toBe(shortClock.now().toISOString());
    shortClock.advance(60 * SECOND);
    expect((await client.ok(VIEWER)).viewer).toBeNull();
  });

  it('[agent] clicks around quickly: the session is written at most every 15 seconds, not at every request', async () => {
    const { user, client } = await signedInStaff(short);
    const signedInAt = await lastSeen(user.id);
    for (let i = 0; i < 4; i++) {
      shortClock.advance(3 * SECOND);
      expect((await client.ok(VIEWER)).viewer).not.toBeNull();
    }
    expect(await lastSeen(user.id)).toBe(signedInAt);
    shortClock.advance(3 * SECOND);
    await client.ok(VIEWER);
    expect(await lastSeen(user.id)).toBe(shortClock.now().toISOString());
  });
});
