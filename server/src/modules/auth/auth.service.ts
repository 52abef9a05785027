import { createHash, randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { checkPasswordStrength, LIMITS, normalizeEmail, type Role } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Viewer } from '../../common/viewer.js';
import { publishEvent } from '../../common/events.js';
import { DomainError, ensure } from '../../common/domain-error.js';
import { preparedQuery } from '../../db/prepared.js';
import { hashPassword, verifyPassword } from './password.js';

/**
 * Sign-in throttling, all within a 15-minute window: 10 failures for one account from one address
 * stop that address for that account; 100 failures from one address (any accounts) stop that
 * address; past 10 failures for an account from anywhere, attempts from addresses it has not
 * signed in from are slowed down (never refused), so a stranger cannot lock a person out.
 */
export const LOGIN_THROTTLE = {
  windowMs: 15 * 60_000,
  perAccountAndAddress: 10,
  perAddress: 100,
  /** Failures for one account from addresses it never signed in from, before those are refused too. */
  perAccountFromNewAddresses: 50,
  slowDownAfter: 10,
  slowDownStepMs: 50,
  slowDownMaxMs: 1000,
} as const;
// Writing last_seen_at on every request would turn each read into a write: it is written when a
// minute has passed, or a quarter of the idle window when that is shorter (SESSION_IDLE_MINUTES=1:
// every 15 s), so anyone active at least every three quarters of the window stays signed in.
const TOUCH_INTERVAL_MS = 60_000;
const TOUCH_FRACTION_OF_IDLE = 1 / 4;

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  id: string;
  name: string;
  email: string;
  roles: Role[];
  is_active: boolean;
  trainer_id: string | null;
  can_train: boolean;
}

/** Sessions live in PostgreSQL so any server instance can serve any request. */
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: Config,
  ) {}

  /** Signs in; returns the new session's secret token (only its hash is stored) and the user id. */
  async login(emailInput: string, password: string, meta: RequestMeta, previousToken: string | null) {
    const email = normalizeEmail(emailInput);
    if (!email || !password) throw new DomainError('BAD_USER_INPUT', 'Enter your e-mail address and password.');
    const now = this.clock.now();
    await this.slowDownIfAttacked(email, meta, now);

    const outcome = await this.db.transaction(async (tx) => {
      const check = await this.checkPassword(tx, email, password, meta, now);
      if (check.kind !== 'ok') return check;
      if (!check.isActive) return { kind: 'inactive' as const };
      if (previousToken) await tx.query(`DELETE FROM user_session WHERE id = $1`, [hashToken(previousToken)]);
      const token = randomBytes(32).toString('base64url');
      await tx.query(
        `INSERT INTO user_session (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent)
         VALUES ($1, $2, $3, $3, $4, $5, $6)`,
        [
          hashToken(token),
          check.userId,
          now,
          new Date(now.getTime() + this.maxAgeMs()),
          meta.ip,
          meta.userAgent?.slice(0, LIMITS.session.userAgentMax) ?? null,
        ],
      );
      await tx.query(`UPDATE app_user SET last_login_at = $2 WHERE id = $1`, [check.userId, now]);
      return { kind: 'ok' as const, userId: check.userId, token };
    });

    switch (outcome.kind) {
      case 'ok':
        return { userId: outcome.userId, token: outcome.token };
      case 'throttled':
        throw tooManyAttempts();
      case 'inactive':
        throw new DomainError('USER_INACTIVE', 'This account is deactivated. Ask an admin to reactivate it.');
      case 'failed':
        throw new DomainError('INVALID_CREDENTIALS', 'That e-mail and password do not match.');
    }
  }

  async logout(token: string | null): Promise<void> {
    if (!token) return;
    const sessionId = hashToken(token);
    // TypeORM answers a DELETE ... RETURNING with [rows, count].
    const [rows]: [{ user_id: string }[], number] = await this.db.query(`DELETE FROM user_session WHERE id = $1 RETURNING user_id`, [
      sessionId,
    ]);
    const ended = rows[0];
    if (ended) await publishEvent(this.db, { kind: 'sessions-ended', userId: ended.user_id, sessionId, why: 'signed-out' });
  }

  /** Changes the viewer's password and ends their other sessions (a lost laptop stays signed out). */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, meta: RequestMeta): Promise<void> {
    ensure(checkPasswordStrength(newPassword, viewer.email));
    const hash = await hashPassword(newPassword);
    const now = this.clock.now();
    await this.slowDownIfAttacked(viewer.email, meta, now);
    const outcome = await this.db.transaction(async (tx) => {
      const check = await this.checkPassword(tx, viewer.email, currentPassword, meta, now);
      if (check.kind !== 'ok') return check.kind;
      await tx.query(`UPDATE app_user SET password_hash = $2, updated_at = $3 WHERE id = $1`, [viewer.id, hash, now]);
      await tx.query(`DELETE FROM user_session WHERE user_id = $1 AND id <> $2`, [viewer.id, viewer.sessionId]);
      await publishEvent(tx, { kind: 'sessions-ended', userId: viewer.id, exceptSessionId: viewer.sessionId, why: 'signed-out' });
      return 'ok';
    });
    if (outcome === 'throttled') throw tooManyAttempts();
    if (outcome === 'failed') throw new DomainError('WRONG_PASSWORD', 'Your current password is not right.');
  }

  /** The viewer behind a session token, or null when the session is unknown, idle too long or expired. */
  async resolveSession(token: string): Promise<Viewer | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const now = this.clock.now();
    // Every request asks: one plan per connection.
    const rows = await preparedQuery<SessionRow>(
      this.db,
      `SELECT s.id AS session_id, s.last_seen_at, u.id, u.name, u.email, u.roles, u.is_active, u.trainer_id, u.can_train
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.is_active`,
      [hashToken(token), now, new Date(now.getTime() - this.idleMs())],
    );
    const row = rows[0];
    if (!row) return null;
    if (now.getTime() - row.last_seen_at.getTime() >= this.touchIntervalMs()) {
      await this.db.query(`UPDATE user_session SET last_seen_at = $2 WHERE id = $1`, [row.session_id, now]);
    }
    return {
      sessionId: row.session_id,
      id: row.id,
      name: row.name,
      email: row.email,
      roles: row.roles,
      isActive: row.is_active,
      trainerId: row.trainer_id,
      canTrain: row.can_train,
    };
  }

  /**
   * An account failing from many addresses: attempts from an address it never signed in from wait
   * a little longer each time (before any transaction: a waiting attempt holds no connection).
   */
  private async slowDownIfAttacked(email: string, meta: RequestMeta, now: Date): Promise<void> {
    const [row]: { failures: number; usual: boolean }[] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM login_attempt WHERE email = $1 AND NOT succeeded AND attempted_at > $3) AS failures,
              EXISTS (SELECT 1 FROM login_attempt WHERE email = $1 AND ip = $2 AND succeeded) AS usual`,
      [email, throttleAddress(meta.ip), new Date(now.getTime() - LOGIN_THROTTLE.windowMs)],
    );
    const beyond = row!.failures - LOGIN_THROTTLE.slowDownAfter;
    if (beyond < 0 || row!.usual) return;
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(LOGIN_THROTTLE.slowDownMaxMs, (beyond + 1) * LOGIN_THROTTLE.slowDownStepMs)),
    );
  }

  /** Deletes expired sessions and sign-in attempts nobody needs any more. */
  async sweep(): Promise<void> {
    const now = this.clock.now();
    await this.db.query(`DELETE FROM user_session WHERE expires_at < $1 OR last_seen_at < $2`, [
      now,
      new Date(now.getTime() - this.idleMs()),
    ]);
    await this.db.query(`DELETE FROM login_attempt WHERE attempted_at < $1`, [new Date(now.getTime() - 24 * 3600_000)]);
  }

  maxAgeMs(): number {
    return this.config.sessionMaxHours * 3600_000;
  }

  private touchIntervalMs(): number {
    return Math.min(TOUCH_INTERVAL_MS, this.idleMs() * TOUCH_FRACTION_OF_IDLE);
  }

  private idleMs(): number {
    return this.config.sessionIdleMinutes * 60_000;
  }

  /**
   * Checks a password under the throttle (LOGIN_THROTTLE). Attempts for one account from one
   * address are serialised by an advisory lock, so parallel requests and aliased batches are
   * counted one by one.
   */
  private async checkPassword(tx: EntityManager, email: string, password: string, meta: RequestMeta, now: Date) {
    const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
    const address = throttleAddress(meta.ip);
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`login:${email}:${address}`]);
    const [counts]: { pair: number; address: number; fromNew: number; usual: boolean }[] = await tx.query(
      `SELECT
         (SELECT count(*)::int FROM login_attempt a
           WHERE a.email = $1 AND a.ip = $2 AND NOT a.succeeded AND a.attempted_at > $3
             AND a.attempted_at > coalesce((SELECT max(attempted_at) FROM login_attempt
                                             WHERE email = $1 AND ip = $2 AND succeeded), '-infinity')) AS pair,
         (SELECT count(*)::int FROM login_attempt WHERE ip = $2 AND NOT succeeded AND attempted_at > $3) AS address,
         (SELECT count(*)::int FROM login_attempt a WHERE a.email = $1 AND NOT a.succeeded AND a.attempted_at > $3
             AND NOT EXISTS (SELECT 1 FROM login_attempt s WHERE s.email = $1 AND s.ip = a.ip AND s.succeeded)) AS "fromNew",
         EXISTS (SELECT 1 FROM login_attempt WHERE email = $1 AND ip = $2 AND succeeded) AS usual`,
      [email, address, since],
    );
    if (
      counts!.pair >= LOGIN_THROTTLE.perAccountAndAddress ||
      counts!.address >= LOGIN_THROTTLE.perAddress ||
      (!counts!.usual && counts!.fromNew >= LOGIN_THROTTLE.perAccountFromNewAddresses)
    ) {
      return { kind: 'throttled' as const };
    }
    const [user]: { id: string; password_hash: string; is_active: boolean }[] = await tx.query(
      `SELECT id, password_hash, is_active FROM app_user WHERE email = $1`,
      [email],
    );
    const matches = await verifyPassword(user?.password_hash ?? null, password);
    await tx.query(`INSERT INTO login_attempt (email, succeeded, ip, attempted_at) VALUES ($1, $2, $3, $4)`, [
      email,
      matches,
      address,
      now,
    ]);
    if (!matches || !user) return { kind: 'failed' as const };
    return { kind: 'ok' as const, userId: user.id, isActive: user.is_active };
  }
}

/**
 * The address sign-ins are counted by: IPv4 as it is, IPv6 by its /64 (a subscriber usually has a
 * whole /64, so counting single addresses would let one attacker look like millions), '' unknown.
 */
export function throttleAddress(ip: string | null): string {
  if (!ip) return '';
  const plain = ip.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (!isIPv6(plain)) return plain;
  const [head = '', tail] = plain.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = tail === undefined ? front : [...front, ...Array(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function tooManyAttempts(): DomainError {
  return new DomainError('TOO_MANY_ATTEMPTS', 'Too many failed sign-ins from here. Wait 15 minutes and try again.');
}
