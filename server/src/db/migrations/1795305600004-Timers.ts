import type { MigrationInterface, QueryRunner } from 'typeorm';

const CLOSING_MESSAGE =
  'We have not heard back from you, so we are closing this conversation for now. If you still need help, simply reply to this e-mail and it opens again. Is there anything else we can do for you?';

/**
 * Durable timers (F1-F4, W9, W10, R5): their durations are team settings; each ticket keeps when
 * its next timer is due (the sweeper's work list) and which one-off alerts it already had.
 */
export class Timers1795305600004 implements MigrationInterface {
  name = 'Timers1795305600004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE team_settings
        ADD COLUMN follow_up_after_minutes integer NOT NULL DEFAULT 2880 CHECK (follow_up_after_minutes > 0),
        ADD COLUMN complex_seen_follow_up_minutes integer NOT NULL DEFAULT 1440 CHECK (complex_seen_follow_up_minutes > 0),
        ADD COLUMN auto_close_after_minutes integer NOT NULL DEFAULT 7200 CHECK (auto_close_after_minutes > 0),
        ADD COLUMN max_follow_ups integer NOT NULL DEFAULT 1 CHECK (max_follow_ups >= 0),
        ADD COLUMN max_follow_ups_high_value integer NOT NULL DEFAULT 3 CHECK (max_follow_ups_high_value >= 0),
        ADD COLUMN goal_warning_percent integer NOT NULL DEFAULT 80 CHECK (goal_warning_percent BETWEEN 1 AND 99),
        ADD COLUMN follow_up_mode text NOT NULL DEFAULT 'REMIND' CHECK (follow_up_mode IN ('REMIND','AUTO')),
        ADD COLUMN follow_up_saved_reply_id uuid REFERENCES saved_reply (id) ON DELETE SET NULL,
        ADD COLUMN closing_message text`);
    await db.query(`UPDATE team_settings SET closing_message = $1`, [CLOSING_MESSAGE]);
    await db.query(`
      UPDATE team_settings SET follow_up_saved_reply_id = (
        SELECT id FROM saved_reply WHERE category = 'FOLLOW_UP' AND status = 'ACTIVE' ORDER BY usage_count DESC, created_at LIMIT 1)`);

    await db.query(`
      ALTER TABLE ticket
        ADD COLUMN follow_ups_sent integer NOT NULL DEFAULT 0,
        ADD COLUMN follow_up_due_at timestamptz,
        ADD COLUMN auto_close_at timestamptz,
        ADD COLUMN next_timer_at timestamptz,
        ADD COLUMN goal_warned_at timestamptz,
        ADD COLUMN goal_missed_alerted_at timestamptz,
        ADD COLUMN follow_up_handled_for timestamptz`);
    // Alerts whose moment passed before timers existed are not sent late, in a burst, on upgrade.
    await db.query(`UPDATE ticket SET goal_warned_at = now(), goal_missed_alerted_at = now() WHERE first_response_due_at < now()`);
    await db.query(`UPDATE ticket SET follow_up_handled_for = last_reply_at WHERE status = 'PENDING'`);
    // Every open ticket is looked at once by the sweeper, which then knows its next timer.
    await db.query(`UPDATE ticket SET next_timer_at = now() WHERE status <> 'CLOSED'`);
    await db.query(`CREATE INDEX ticket_next_timer ON ticket (next_timer_at) WHERE next_timer_at IS NOT NULL`);
    await db.query(`CREATE INDEX ticket_follow_up_due ON ticket (follow_up_due_at) WHERE status = 'PENDING'`);

    // A reply the system sends by itself (AUTO follow-up, closing note) has no author.
    await db.query(`ALTER TABLE ticket_message DROP CONSTRAINT ticket_message_author`);
    await db.query(`
      ALTER TABLE ticket_message ADD CONSTRAINT ticket_message_author CHECK (
        (kind = 'CUSTOMER' AND customer_id IS NOT NULL AND author_id IS NULL AND event IS NULL)
        OR (kind = 'REPLY' AND customer_id IS NULL AND event IS NULL)
        OR (kind = 'NOTE' AND author_id IS NOT NULL AND customer_id IS NULL AND event IS NULL)
        OR (kind = 'EVENT' AND customer_id IS NULL AND event IS NOT NULL)
      )`);

    await db.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await db.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
        'MENTION','DRAFT_TO_REVIEW','DRAFT_REVIEWED','FRUSTRATED_CUSTOMER','ASSIGNED_TO_YOU','FOLLOW_UP_DUE','GOAL_WARNING','GOAL_MISSED'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notification WHERE kind IN ('FOLLOW_UP_DUE','GOAL_WARNING','GOAL_MISSED')`);
    await db.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await db.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
        'MENTION','DRAFT_TO_REVIEW','DRAFT_REVIEWED','FRUSTRATED_CUSTOMER','ASSIGNED_TO_YOU'))`);
    await db.query(`DELETE FROM ticket_message WHERE kind = 'REPLY' AND author_id IS NULL`);
    await db.query(`ALTER TABLE ticket_message DROP CONSTRAINT ticket_message_author`);
    await db.query(`
      ALTER TABLE ticket_message ADD CONSTRAINT ticket_message_author CHECK (
        (kind = 'CUSTOMER' AND customer_id IS NOT NULL AND author_id IS NULL AND event IS NULL)
        OR (kind IN ('REPLY','NOTE') AND author_id IS NOT NULL AND customer_id IS NULL AND event IS NULL)
        OR (kind = 'EVENT' AND customer_id IS NULL AND event IS NOT NULL)
      )`);
    await db.query(`DROP INDEX ticket_follow_up_due`);
    await db.query(`DROP INDEX ticket_next_timer`);
    await db.query(`
      ALTER TABLE ticket
        DROP COLUMN follow_up_handled_for, DROP COLUMN goal_missed_alerted_at, DROP COLUMN goal_warned_at,
        DROP COLUMN next_timer_at, DROP COLUMN auto_close_at, DROP COLUMN follow_up_due_at, DROP COLUMN follow_ups_sent`);
    await db.query(`
      ALTER TABLE team_settings
        DROP COLUMN closing_message, DROP COLUMN follow_up_saved_reply_id, DROP COLUMN follow_up_mode,
        DROP COLUMN goal_warning_percent, DROP COLUMN max_follow_ups_high_value, DROP COLUMN max_follow_ups,
        DROP COLUMN auto_close_after_minutes, DROP COLUMN complex_seen_follow_up_minutes, DROP COLUMN follow_up_after_minutes`);
  }
}
