import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `('ASK_FOR_INFO','GETTING_STARTED','ACCOUNT_AND_BILLING','BUGS','FEATURE_REQUESTS','FOLLOW_UP','OTHER')`;

const DEFAULT_TONE_GUIDE = JSON.stringify([
  { avoid: "I don't understand", suggestion: 'Ask for what you need: "Could you tell me a bit more about …?" (W4)' },
  { avoid: 'unfortunately', suggestion: 'Say what you can do: "Here is what we can do …"' },
  { avoid: 'as I said', suggestion: '"To recap, …"' },
  { avoid: 'you should have', suggestion: '"Next time, you can …"' },
  { avoid: 'calm down', suggestion: '"I understand how frustrating this is."' },
  { avoid: 'not possible', suggestion: 'Offer the closest thing that works: "What we can do is …"' },
  { avoid: 'per our policy', suggestion: 'Explain the reason in plain words.' },
]);

export class AnsweringTickets1795305600002 implements MigrationInterface {
  name = 'AnsweringTickets1795305600002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE team_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        first_response_minutes_premium integer NOT NULL DEFAULT 240 CHECK (first_response_minutes_premium > 0),
        first_response_minutes_free integer NOT NULL DEFAULT 1440 CHECK (first_response_minutes_free > 0),
        high_value_revenue_cents bigint NOT NULL DEFAULT 50000 CHECK (high_value_revenue_cents >= 0),
        review_novel_replies boolean NOT NULL DEFAULT false,
        tone_guide jsonb NOT NULL DEFAULT '${DEFAULT_TONE_GUIDE.replaceAll("'", "''")}',
        team_chat_webhook_url text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`INSERT INTO team_settings DEFAULT VALUES`);

    // Queue order (R5): when the customer is owed an answer; NULL while we wait on them.
    await db.query(`ALTER TABLE ticket ADD COLUMN response_due_at timestamptz`);
    await db.query(`UPDATE ticket SET response_due_at = first_response_due_at WHERE status = 'OPEN' AND first_response_at IS NULL`);
    await db.query(`ALTER TABLE ticket ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple', subject)) STORED`);
    await db.query(`CREATE INDEX ticket_search ON ticket USING gin (search)`);
    await db.query(`CREATE INDEX ticket_open_queue ON ticket (response_due_at, id) WHERE status <> 'CLOSED'`);
    await db.query(`CREATE INDEX ticket_assignee_open ON ticket (assignee_id) WHERE status <> 'CLOSED'`);
    await db.query(`CREATE INDEX ticket_group_open ON ticket (ticket_group) WHERE status <> 'CLOSED'`);
    await db.query(`CREATE INDEX customer_name ON customer (lower(name))`);

    await db.query(`
      CREATE TABLE saved_reply (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        category text NOT NULL CHECK (category IN ${CATEGORIES}),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','SUGGESTED','DECLINED','ARCHIVED')),
        usage_count integer NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
        created_by_id uuid REFERENCES app_user (id),
        suggested_by_id uuid REFERENCES app_user (id),
        source_draft_id uuid,
        decided_by_id uuid REFERENCES app_user (id),
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX saved_reply_search ON saved_reply USING gin (search)`);
    await db.query(`CREATE INDEX saved_reply_list ON saved_reply (status, lower(title), id)`);

    await db.query(`
      CREATE TABLE ticket_draft (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES app_user (id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        reason text NOT NULL CHECK (reason IN ('TRAINEE','NOVEL_REPLY')),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','CHANGES_REQUESTED','APPROVED','SUPERSEDED')),
        reviewer_id uuid REFERENCES app_user (id),
        reviewed_by_id uuid REFERENCES app_user (id),
        reviewed_at timestamptz,
        feedback text CHECK (length(feedback) <= 5000),
        saved_reply_id uuid REFERENCES saved_reply (id),
        suggest_as_saved_reply boolean NOT NULL DEFAULT false,
        suggested_title text CHECK (length(suggested_title) <= 120),
        seen_message_id bigint,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // One pending draft per person and ticket: a new submission replaces the older one.
    await db.query(`CREATE UNIQUE INDEX ticket_draft_one_pending ON ticket_draft (ticket_id, author_id) WHERE status = 'PENDING'`);
    await db.query(`CREATE INDEX ticket_draft_to_review ON ticket_draft (created_at, id) WHERE status = 'PENDING'`);
    await db.query(`CREATE INDEX ticket_draft_ticket ON ticket_draft (ticket_id, created_at)`);
    await db.query(`ALTER TABLE saved_reply ADD CONSTRAINT saved_reply_source_draft FOREIGN KEY (source_draft_id) REFERENCES ticket_draft (id)`);

    // The timeline gains events (claimed, type set, approved, ...), credits and mentions.
    await db.query(`ALTER TABLE ticket_message DROP CONSTRAINT ticket_message_kind_check`);
    await db.query(`ALTER TABLE ticket_message DROP CONSTRAINT ticket_message_author`);
    await db.query(`
      ALTER TABLE ticket_message
        ADD COLUMN event text,
        ADD COLUMN data jsonb,
        ADD COLUMN approved_by_id uuid REFERENCES app_user (id),
        ADD COLUMN draft_id uuid REFERENCES ticket_draft (id),
        ADD COLUMN saved_reply_id uuid REFERENCES saved_reply (id),
        ADD COLUMN mentions uuid[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      ALTER TABLE ticket_message ADD CONSTRAINT ticket_message_kind_check
        CHECK (kind IN ('CUSTOMER','REPLY','NOTE','EVENT'))`);
    await db.query(`
      ALTER TABLE ticket_message ADD CONSTRAINT ticket_message_author CHECK (
        (kind = 'CUSTOMER' AND customer_id IS NOT NULL AND author_id IS NULL AND event IS NULL)
        OR (kind IN ('REPLY','NOTE') AND author_id IS NOT NULL AND customer_id IS NULL AND event IS NULL)
        OR (kind = 'EVENT' AND customer_id IS NULL AND event IS NOT NULL)
      )`);
    // A draft is sent at most once, however often "approve" is clicked.
    await db.query(`CREATE UNIQUE INDEX ticket_message_one_per_draft ON ticket_message (draft_id) WHERE draft_id IS NOT NULL`);
    await db.query(`CREATE INDEX ticket_message_search ON ticket_message USING gin (to_tsvector('simple', body)) WHERE kind IN ('CUSTOMER','REPLY')`);

    await db.query(`
      CREATE TABLE notification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recipient_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('MENTION','DRAFT_TO_REVIEW','DRAFT_REVIEWED','FRUSTRATED_CUSTOMER','ASSIGNED_TO_YOU')),
        ticket_id uuid REFERENCES ticket (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user (id),
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notification_inbox ON notification (recipient_id, id DESC)`);
    await db.query(`CREATE INDEX notification_unread ON notification (recipient_id) WHERE read_at IS NULL`);

    // Who has a ticket open right now ("Kate is viewing"), refreshed by a heartbeat.
    await db.query(`
      CREATE TABLE ticket_presence (
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        seen_at timestamptz NOT NULL,
        PRIMARY KEY (ticket_id, user_id)
      )`);

    // Public intake (web form) is rate limited per IP, across instances.
    await db.query(`
      CREATE TABLE rate_limit (
        key text PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit`);
    await db.query(`DROP TABLE ticket_presence`);
    await db.query(`DROP TABLE notification`);
    await db.query(`DROP INDEX ticket_message_search`);
    await db.query(`DROP INDEX ticket_message_one_per_draft`);
    await db.query(`DELETE FROM ticket_message WHERE kind = 'EVENT'`);
    await db.query(`ALTER TABLE ticket_message DROP CONSTRAINT ticket_message_author`);
    await db.query(`ALTER TABLE ticket_message DROP CONSTRAINT ticket_message_kind_check`);
    await db.query(`
      ALTER TABLE ticket_message
        DROP COLUMN event, DROP COLUMN data, DROP COLUMN approved_by_id, DROP COLUMN draft_id,
        DROP COLUMN saved_reply_id, DROP COLUMN mentions`);
    await db.query(`ALTER TABLE ticket_message ADD CONSTRAINT ticket_message_kind_check CHECK (kind IN ('CUSTOMER','REPLY','NOTE'))`);
    await db.query(`
      ALTER TABLE ticket_message ADD CONSTRAINT ticket_message_author CHECK (
        (kind = 'CUSTOMER' AND customer_id IS NOT NULL AND author_id IS NULL)
        OR (kind <> 'CUSTOMER' AND author_id IS NOT NULL AND customer_id IS NULL))`);
    await db.query(`ALTER TABLE saved_reply DROP CONSTRAINT saved_reply_source_draft`);
    await db.query(`DROP TABLE ticket_draft`);
    await db.query(`DROP TABLE saved_reply`);
    await db.query(`DROP INDEX customer_name`);
    await db.query(`DROP INDEX ticket_group_open`);
    await db.query(`DROP INDEX ticket_assignee_open`);
    await db.query(`DROP INDEX ticket_open_queue`);
    await db.query(`DROP INDEX ticket_search`);
    await db.query(`ALTER TABLE ticket DROP COLUMN search`);
    await db.query(`ALTER TABLE ticket DROP COLUMN response_due_at`);
    await db.query(`DROP TABLE team_settings`);
  }
}
