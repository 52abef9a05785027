import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in throttling counts per address and per account + address (AuthService, LOGIN_THROTTLE). */
export class LoginThrottleByAddress1795305600009 implements MigrationInterface {
  name = 'LoginThrottleByAddress1795305600009';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX login_attempt_ip_time ON login_attempt (ip, attempted_at)`);
    await db.query(`CREATE INDEX login_attempt_email_ip_time ON login_attempt (email, ip, attempted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX login_attempt_email_ip_time`);
    await db.query(`DROP INDEX login_attempt_ip_time`);
  }
}
