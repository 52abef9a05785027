import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a notification leads when it is about something other than a ticket (a bug, E2): the
 * client's path. Ticket notifications keep leading to their ticket.
 */
export class NotificationPath1795305600014 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification ADD COLUMN path text`);
    await db.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await db.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
        'MENTION','DRAFT_TO_REVIEW','DRAFT_REVIEWED','FRUSTRATED_CUSTOMER','ASSIGNED_TO_YOU','FOLLOW_UP_DUE','GOAL_WARNING','GOAL_MISSED',
        'BUG_ESCALATED','BUG_ASSIGNED','BUG_NEEDS_INFO'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notification WHERE kind IN ('BUG_ESCALATED','BUG_ASSIGNED','BUG_NEEDS_INFO')`);
    await db.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await db.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
        'MENTION','DRAFT_TO_REVIEW','DRAFT_REVIEWED','FRUSTRATED_CUSTOMER','ASSIGNED_TO_YOU','FOLLOW_UP_DUE','GOAL_WARNING','GOAL_MISSED'))`);
    await db.query(`ALTER TABLE notification DROP COLUMN path`);
  }
}
