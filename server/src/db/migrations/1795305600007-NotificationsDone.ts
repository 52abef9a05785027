import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification is done when the thing it points to is done (a draft reviewed, a mention seen, a
 * follow-up sent): it leaves the bell. Existing ones stay as they are.
 */
export class NotificationsDone1795305600007 implements MigrationInterface {
  name = 'NotificationsDone1795305600007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification ADD COLUMN done_at timestamptz`);
    // Settling looks notifications up by ticket; only the open ones matter.
    await db.query(`CREATE INDEX notification_open_by_ticket ON notification (ticket_id, kind) WHERE done_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notification_open_by_ticket`);
    await db.query(`ALTER TABLE notification DROP COLUMN done_at`);
  }
}
