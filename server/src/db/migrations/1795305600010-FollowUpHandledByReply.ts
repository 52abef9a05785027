import type { MigrationInterface, QueryRunner } from 'typeorm';

// The latest reply of a ticket: the one its follow-up timer counts from (TimerPlanner). UPDATE
// cannot join its own table laterally, so the statements below join a second copy of it (tt).
const LATEST_REPLY = `SELECT m.id, m.created_at FROM ticket_message m WHERE m.ticket_id = tt.id AND m.kind = 'REPLY' ORDER BY m.id DESC LIMIT 1`;

/**
 * F1: a follow-up is handled for a reply (its id), no longer for a moment. The moment changed
 * meaning (the reply's writing, then its mail's sending): a reminder given while the mail waited for
 * an SMTP server came again once the mail went out. A ticket handled at or after its latest reply
 * was written was handled for that reply; handled before it, for an earlier one.
 */
export class FollowUpHandledByReply1795305600010 implements MigrationInterface {
  name = 'FollowUpHandledByReply1795305600010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ticket ADD COLUMN follow_up_handled_reply_id bigint`);
    await db.query(`
      UPDATE ticket t SET follow_up_handled_reply_id = coalesce(r.id, 0)
        FROM ticket tt LEFT JOIN LATERAL (${LATEST_REPLY}) r ON true
       WHERE tt.id = t.id AND t.follow_up_handled_for IS NOT NULL
         AND (r.id IS NULL OR t.follow_up_handled_for >= r.created_at)`);
    await db.query(`ALTER TABLE ticket DROP COLUMN follow_up_handled_for`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ticket ADD COLUMN follow_up_handled_for timestamptz`);
    // Back to the moment the previous code compared with: when the handled reply's mail went out.
    await db.query(`
      UPDATE ticket t SET follow_up_handled_for = CASE WHEN o.status IS NULL THEN tt.last_reply_at WHEN o.status = 'SENT' THEN o.sent_at END
        FROM ticket tt
        LEFT JOIN LATERAL (${LATEST_REPLY}) r ON true
        LEFT JOIN LATERAL (SELECT o.status, o.sent_at FROM outbox_mail o WHERE o.message_id = r.id ORDER BY o.created_at DESC LIMIT 1) o ON true
       WHERE tt.id = t.id AND t.follow_up_handled_reply_id = coalesce(r.id, 0)`);
    await db.query(`ALTER TABLE ticket DROP COLUMN follow_up_handled_reply_id`);
  }
}
