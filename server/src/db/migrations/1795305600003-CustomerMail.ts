import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customers by e-mail and private link: inbound messages keep their Message-ID (threading and
 * de-duplication) and attachments; outgoing mail goes through an outbox written in the same
 * transaction as the reply; each mail carries a private link (hashed token) to its one ticket.
 */
export class CustomerMail1795305600003 implements MigrationInterface {
  name = 'CustomerMail1795305600003';

  async up(db: QueryRunner): Promise<void> {
    // The ticket's own reply address: support+<mail_ref>@… (threading that survives lost headers).
    await db.query(`ALTER TABLE ticket ADD COLUMN mail_ref text`);
    await db.query(`UPDATE ticket SET mail_ref = replace(gen_random_uuid()::text, '-', '')`);
    await db.query(`ALTER TABLE ticket ALTER COLUMN mail_ref SET NOT NULL`);
    await db.query(`ALTER TABLE ticket ALTER COLUMN mail_ref SET DEFAULT replace(gen_random_uuid()::text, '-', '')`);
    await db.query(`CREATE UNIQUE INDEX ticket_mail_ref ON ticket (mail_ref)`);

    await db.query(`ALTER TABLE ticket_message ADD COLUMN channel text CHECK (channel IN ('EMAIL','WEB_FORM','LINK'))`);
    await db.query(`UPDATE ticket_message SET channel = 'WEB_FORM' WHERE kind = 'CUSTOMER'`);
    await db.query(`ALTER TABLE ticket_message ADD COLUMN email_message_id text`);
    await db.query(`CREATE UNIQUE INDEX ticket_message_email_id ON ticket_message (email_message_id) WHERE email_message_id IS NOT NULL`);
    // Quoted history and signature of an inbound mail: kept, shown collapsed.
    await db.query(`ALTER TABLE ticket_message ADD COLUMN quoted_text text`);
    // W9/F3: when the customer saw this reply (private link or the mail's tracking image).
    await db.query(`ALTER TABLE ticket_message ADD COLUMN seen_at timestamptz`);

    await db.query(`
      CREATE TABLE message_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id bigint NOT NULL REFERENCES ticket_message (id) ON DELETE CASCADE,
        filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes >= 0),
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX message_attachment_message ON message_attachment (message_id)`);

    await db.query(`
      CREATE TABLE outbox_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        message_id bigint REFERENCES ticket_message (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('REPLY','FOLLOW_UP','CLOSING')),
        to_address text NOT NULL,
        to_name text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        message_id_header text NOT NULL UNIQUE,
        in_reply_to text,
        reference_ids text[] NOT NULL DEFAULT '{}',
        -- PENDING: due at next_attempt_at; SENDING: leased by a worker until next_attempt_at;
        -- FAILED: the SMTP server refused it for good (5xx): an admin retries it.
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENDING','SENT','FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX outbox_mail_due ON outbox_mail (next_attempt_at) WHERE status IN ('PENDING','SENDING')`);
    await db.query(`CREATE INDEX outbox_mail_ticket ON outbox_mail (ticket_id, created_at)`);
    await db.query(`CREATE INDEX outbox_mail_list ON outbox_mail (created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE ticket_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        -- The reply whose mail carried the link (its tracking image marks that reply seen).
        message_id bigint REFERENCES ticket_message (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX ticket_link_ticket ON ticket_link (ticket_id) WHERE revoked_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ticket_link`);
    await db.query(`DROP TABLE outbox_mail`);
    await db.query(`DROP TABLE message_attachment`);
    await db.query(`ALTER TABLE ticket_message DROP COLUMN seen_at`);
    await db.query(`ALTER TABLE ticket_message DROP COLUMN quoted_text`);
    await db.query(`DROP INDEX ticket_message_email_id`);
    await db.query(`ALTER TABLE ticket_message DROP COLUMN email_message_id`);
    await db.query(`ALTER TABLE ticket_message DROP COLUMN channel`);
    await db.query(`DROP INDEX ticket_mail_ref`);
    await db.query(`ALTER TABLE ticket DROP COLUMN mail_ref`);
  }
}
