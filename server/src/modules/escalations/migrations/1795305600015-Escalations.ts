import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bugs escalated to engineering and the tickets linked to them (W5, C3, E1-E3).
 * - A ticket links to at most one bug (the link's key is the ticket).
 * - The queue's keys (severity, revenue behind the bug, age) are columns of the bug, kept by every
 *   change of its links in the same transaction, so the engineering queue is read by index.
 * - `fix_pending`: "Mark fixed" was clicked and some linked tickets are not told yet; the announcer
 *   of any instance carries on from the links not marked told (E3 survives restarts).
 * - The customer's client (the web form's browser, the mail program) is kept with their message,
 *   for the escalation form to pre-fill "where it happens".
 */
export class Escalations1795305600015 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE bug_number_seq START 1`);
    await db.query(`
      CREATE TABLE bug (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL UNIQUE DEFAULT nextval('bug_number_seq'),
        title text NOT NULL,
        steps_to_reproduce text NOT NULL,
        expected_result text NOT NULL,
        actual_result text NOT NULL,
        environment text NOT NULL,
        url text,
        severity text NOT NULL CHECK (severity IN ('CRITICAL','HIGH','MEDIUM','LOW')),
        severity_rank smallint GENERATED ALWAYS AS (
          CASE severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END) STORED,
        status text NOT NULL DEFAULT 'NEW'
          CHECK (status IN ('NEW','ACKNOWLEDGED','IN_PROGRESS','NEEDS_INFO','FIXED','WONT_FIX','DUPLICATE')),
        duplicate_of_id uuid REFERENCES bug (id),
        engineer_id uuid REFERENCES app_user (id),
        tracker_url text,
        escalated_by_id uuid NOT NULL REFERENCES app_user (id),
        acknowledged_at timestamptz,
        in_progress_at timestamptz,
        needs_info_at timestamptz,
        fixed_at timestamptz,
        wont_fix_at timestamptz,
        duplicate_at timestamptz,
        ticket_count integer NOT NULL DEFAULT 0,
        customer_count integer NOT NULL DEFAULT 0,
        users_affected integer NOT NULL DEFAULT 0,
        revenue_cents bigint NOT NULL DEFAULT 0,
        high_value_count integer NOT NULL DEFAULT 0,
        fix_message text,
        fixed_by_id uuid REFERENCES app_user (id),
        fix_total integer NOT NULL DEFAULT 0,
        fix_pending boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        search_document tsvector GENERATED ALWAYS AS (
          to_tsvector('simple', title || ' ' || steps_to_reproduce || ' ' || actual_result)) STORED,
        CONSTRAINT bug_duplicate CHECK ((status = 'DUPLICATE') = (duplicate_of_id IS NOT NULL))
      )`);
    // The engineering queue: severity, then the revenue behind the bug, then age (oldest first).
    await db.query(`CREATE INDEX bug_queue ON bug (severity_rank, (-revenue_cents), created_at, id)`);
    await db.query(`CREATE INDEX bug_queue_by_status ON bug (status, severity_rank, (-revenue_cents), created_at, id)`);
    await db.query(
      `CREATE INDEX bug_queue_by_engineer ON bug (engineer_id, severity_rank, (-revenue_cents), created_at, id) WHERE engineer_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX bug_search ON bug USING gin (search_document)`);
    await db.query(`CREATE INDEX bug_fix_pending ON bug (id) WHERE fix_pending`);
    await db.query(`CREATE INDEX bug_duplicates ON bug (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE ticket_bug_link (
        ticket_id uuid PRIMARY KEY REFERENCES ticket (id) ON DELETE CASCADE,
        bug_id uuid NOT NULL REFERENCES bug (id),
        customer_id uuid NOT NULL REFERENCES customer (id),
        users_affected integer NOT NULL CHECK (users_affected >= 1),
        linked_by_id uuid NOT NULL REFERENCES app_user (id),
        linked_at timestamptz NOT NULL,
        fix_announced_at timestamptz,
        fix_message_id bigint
      )`);
    await db.query(`CREATE INDEX ticket_bug_link_bug ON ticket_bug_link (bug_id, ticket_id)`);

    await db.query(`
      CREATE TABLE bug_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        bug_id uuid NOT NULL REFERENCES bug (id) ON DELETE CASCADE,
        kind text NOT NULL,
        actor_id uuid REFERENCES app_user (id),
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX bug_event_timeline ON bug_event (bug_id, id)`);

    await db.query(`ALTER TABLE outbox_mail DROP CONSTRAINT outbox_mail_kind_check`);
    await db.query(
      `ALTER TABLE outbox_mail ADD CONSTRAINT outbox_mail_kind_check CHECK (kind IN ('REPLY','FOLLOW_UP','CLOSING','BUG_FIXED'))`,
    );
    await db.query(`ALTER TABLE team_settings ADD COLUMN engineering_chat_webhook_url text`);
    await db.query(`ALTER TABLE ticket_message ADD COLUMN client text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ticket_message DROP COLUMN client`);
    await db.query(`ALTER TABLE team_settings DROP COLUMN engineering_chat_webhook_url`);
    await db.query(`UPDATE outbox_mail SET kind = 'REPLY' WHERE kind = 'BUG_FIXED'`);
    await db.query(`ALTER TABLE outbox_mail DROP CONSTRAINT outbox_mail_kind_check`);
    await db.query(`ALTER TABLE outbox_mail ADD CONSTRAINT outbox_mail_kind_check CHECK (kind IN ('REPLY','FOLLOW_UP','CLOSING'))`);
    await db.query(`DROP TABLE bug_event`);
    await db.query(`DROP TABLE ticket_bug_link`);
    await db.query(`DROP TABLE bug`);
    await db.query(`DROP SEQUENCE bug_number_seq`);
  }
}
