import type { MigrationInterface, QueryRunner } from 'typeorm';

const NOTIFICATION_KINDS_BEFORE = `'MENTION','DRAFT_TO_REVIEW','DRAFT_REVIEWED','FRUSTRATED_CUSTOMER','ASSIGNED_TO_YOU','FOLLOW_UP_DUE','GOAL_WARNING','GOAL_MISSED',
        'BUG_ESCALATED','BUG_ASSIGNED','BUG_NEEDS_INFO'`;

/**
 * Feature requests tallied for product (FR1-FR4, C4).
 * - A card's tally (tickets, customers, companies, revenue once per customer, high-value customers,
 *   blockers, the 30-day trend) lives on the card, recounted under the card's lock by every change
 *   of its asks, so the ranking is read by index in each of its orders.
 * - An ask keeps the card it was linked to (`original_feature_request_id`) beside the card it counts
 *   for now: a merge moves the asks, a split moves them back.
 * - `ticket.ask_count` is C4's fact for the ticket rules (reply, close, drafts), kept under the
 *   ticket's lock.
 * - `feature_notice`: each customer told of a shipped (or declined) card, once (FR4).
 * - Reports are frozen snapshots; one scheduled report per period, whatever the number of instances.
 */
export class FeatureRequests1795305600016 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE feature_request_number_seq START 1`);
    await db.query(`
      CREATE TABLE feature_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL UNIQUE DEFAULT nextval('feature_request_number_seq'),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        tag text NOT NULL CHECK (tag IN ('UI','UX','TECHNICAL')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','PLANNED','IN_PROGRESS','SHIPPED','DECLINED','MERGED')),
        merged_into_id uuid REFERENCES feature_request (id),
        owner_id uuid REFERENCES app_user (id),
        created_by_id uuid NOT NULL REFERENCES app_user (id),
        ask_count integer NOT NULL DEFAULT 0,
        customer_count integer NOT NULL DEFAULT 0,
        company_count integer NOT NULL DEFAULT 0,
        revenue_cents bigint NOT NULL DEFAULT 0,
        high_value_count integer NOT NULL DEFAULT 0,
        blocker_count integer NOT NULL DEFAULT 0,
        last_asked_at timestamptz,
        recent_asks integer NOT NULL DEFAULT 0,
        previous_asks integer NOT NULL DEFAULT 0,
        trend integer NOT NULL DEFAULT 0,
        tally_at timestamptz,
        announcement text CHECK (announcement IN ('SHIPPED','DECLINED')),
        announcement_message text,
        announced_by_id uuid REFERENCES app_user (id),
        announcement_total integer NOT NULL DEFAULT 0,
        announcement_pending boolean NOT NULL DEFAULT false,
        announced_at timestamptz,
        shipped_at timestamptz,
        declined_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        search_document tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || description)) STORED,
        CONSTRAINT feature_request_merged CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL))
      )`);
    // The ranking, one index per order (the key ends with the unique number, the keyset's last key).
    await db.query(`CREATE INDEX feature_request_by_asks ON feature_request ((-ask_count), (-customer_count), number)`);
    await db.query(
      `CREATE INDEX feature_request_by_customers ON feature_request ((-customer_count), (-revenue_cents), (-ask_count), number)`,
    );
    await db.query(`CREATE INDEX feature_request_by_revenue ON feature_request ((-revenue_cents), (-customer_count), number)`);
    await db.query(`CREATE INDEX feature_request_by_trend ON feature_request ((-trend), (-recent_asks), number)`);
    await db.query(`CREATE INDEX feature_request_search ON feature_request USING gin (search_document)`);
    await db.query(`CREATE INDEX feature_request_merged_into ON feature_request (merged_into_id) WHERE merged_into_id IS NOT NULL`);
    await db.query(`CREATE INDEX feature_request_announcing ON feature_request (id) WHERE announcement_pending`);
    // Cards whose 30-day trend may move with the calendar: asked for in the last 60 days, or counted so.
    await db.query(`CREATE INDEX feature_request_trending ON feature_request (last_asked_at)`);

    await db.query(`
      CREATE TABLE feature_ask (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        feature_request_id uuid NOT NULL REFERENCES feature_request (id),
        original_feature_request_id uuid NOT NULL REFERENCES feature_request (id),
        customer_id uuid NOT NULL REFERENCES customer (id),
        quote text NOT NULL,
        importance text NOT NULL CHECK (importance IN ('NICE_TO_HAVE','IMPORTANT','BLOCKER')),
        linked_by_id uuid NOT NULL REFERENCES app_user (id),
        linked_at timestamptz NOT NULL,
        UNIQUE (ticket_id, original_feature_request_id)
      )`);
    await db.query(`CREATE INDEX feature_ask_card ON feature_ask (feature_request_id, linked_at DESC, id DESC)`);
    await db.query(`CREATE INDEX feature_ask_card_customer ON feature_ask (feature_request_id, customer_id)`);
    await db.query(`CREATE INDEX feature_ask_original ON feature_ask (original_feature_request_id)`);
    await db.query(`CREATE INDEX feature_ask_customer ON feature_ask (customer_id)`);
    await db.query(`CREATE INDEX feature_ask_ticket ON feature_ask (ticket_id)`);
    await db.query(`CREATE INDEX feature_ask_search ON feature_ask USING gin (to_tsvector('simple', quote))`);

    await db.query(`
      CREATE TABLE feature_notice (
        feature_request_id uuid NOT NULL REFERENCES feature_request (id),
        customer_id uuid NOT NULL REFERENCES customer (id),
        kind text NOT NULL CHECK (kind IN ('SHIPPED','DECLINED')),
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        message_id bigint,
        told_at timestamptz NOT NULL,
        PRIMARY KEY (feature_request_id, kind, customer_id)
      )`);

    await db.query(`
      CREATE TABLE feature_request_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        feature_request_id uuid NOT NULL REFERENCES feature_request (id) ON DELETE CASCADE,
        kind text NOT NULL,
        actor_id uuid REFERENCES app_user (id),
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX feature_request_event_history ON feature_request_event (feature_request_id, id)`);

    await db.query(`
      CREATE TABLE feature_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('SCHEDULED','MANUAL')),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED')),
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL,
        period_label text NOT NULL,
        size integer NOT NULL,
        compiled_at timestamptz NOT NULL,
        compiled_by_id uuid REFERENCES app_user (id),
        published_at timestamptz,
        published_by_id uuid REFERENCES app_user (id),
        previous_report_id uuid REFERENCES feature_report (id),
        CONSTRAINT feature_report_published CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    // FR3: one scheduled report per period, whichever instance compiles it first.
    await db.query(`CREATE UNIQUE INDEX feature_report_one_per_period ON feature_report (period_end) WHERE kind = 'SCHEDULED'`);
    await db.query(`CREATE INDEX feature_report_newest ON feature_report (period_end DESC, compiled_at DESC, id)`);
    await db.query(`
      CREATE TABLE feature_report_entry (
        report_id uuid NOT NULL REFERENCES feature_report (id) ON DELETE CASCADE,
        rank integer NOT NULL,
        feature_request_id uuid NOT NULL REFERENCES feature_request (id),
        previous_rank integer,
        card jsonb NOT NULL,
        note text NOT NULL DEFAULT '',
        PRIMARY KEY (report_id, rank),
        UNIQUE (report_id, feature_request_id)
      )`);
    await db.query(`
      CREATE TABLE feature_report_shipped (
        report_id uuid NOT NULL REFERENCES feature_report (id) ON DELETE CASCADE,
        feature_request_id uuid NOT NULL REFERENCES feature_request (id),
        number integer NOT NULL,
        title text NOT NULL,
        customers integer NOT NULL,
        shipped_at timestamptz NOT NULL,
        PRIMARY KEY (report_id, feature_request_id)
      )`);

    await db.query(`ALTER TABLE ticket ADD COLUMN ask_count integer NOT NULL DEFAULT 0`);
    await db.query(`ALTER TABLE team_settings ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC'`);
    await db.query(`ALTER TABLE team_settings ADD COLUMN feature_report_day integer NOT NULL DEFAULT 1`);
    await db.query(`ALTER TABLE team_settings ADD COLUMN feature_report_interval_months integer NOT NULL DEFAULT 2`);
    await db.query(`ALTER TABLE team_settings ADD COLUMN feature_report_size integer NOT NULL DEFAULT 20`);
    await db.query(`ALTER TABLE outbox_mail DROP CONSTRAINT outbox_mail_kind_check`);
    await db.query(
      `ALTER TABLE outbox_mail ADD CONSTRAINT outbox_mail_kind_check CHECK (kind IN ('REPLY','FOLLOW_UP','CLOSING','BUG_FIXED','FEATURE_NEWS'))`,
    );
    await db.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await db.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
        ${NOTIFICATION_KINDS_BEFORE},'FEATURE_REPORT_READY','FEATURE_REPORT_PUBLISHED'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notification WHERE kind IN ('FEATURE_REPORT_READY','FEATURE_REPORT_PUBLISHED')`);
    await db.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await db.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${NOTIFICATION_KINDS_BEFORE}))`);
    await db.query(`UPDATE outbox_mail SET kind = 'REPLY' WHERE kind = 'FEATURE_NEWS'`);
    await db.query(`ALTER TABLE outbox_mail DROP CONSTRAINT outbox_mail_kind_check`);
    await db.query(
      `ALTER TABLE outbox_mail ADD CONSTRAINT outbox_mail_kind_check CHECK (kind IN ('REPLY','FOLLOW_UP','CLOSING','BUG_FIXED'))`,
    );
    for (const column of ['feature_report_size', 'feature_report_interval_months', 'feature_report_day', 'time_zone']) {
      await db.query(`ALTER TABLE team_settings DROP COLUMN ${column}`);
    }
    await db.query(`ALTER TABLE ticket DROP COLUMN ask_count`);
    for (const table of [
      'feature_report_shipped',
      'feature_report_entry',
      'feature_report',
      'feature_request_event',
      'feature_notice',
      'feature_ask',
      'feature_request',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP SEQUENCE feature_request_number_seq`);
  }
}
