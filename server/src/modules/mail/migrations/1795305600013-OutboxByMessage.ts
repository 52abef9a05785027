import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reply's latest mail by key: the timer planner reads it for every ticket it plans (F1/F4 count
 * from the mail's sending), and "sent / not sent" on replies; without it each read scanned the whole
 * outbox, which only grows (a batch of 100 mails re-planning its tickets over 5,000 outbox rows took
 * 90 ms of PostgreSQL).
 */
export class OutboxByMessage1795305600013 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX outbox_mail_message ON outbox_mail (message_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_mail_message`);
  }
}
