import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTickets1795305600001 implements MigrationInterface {
  name = 'CreateTickets1795305600001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE customer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        company text,
        plan text NOT NULL DEFAULT 'FREE' CHECK (plan IN ('FREE','PREMIUM')),
        monthly_revenue_cents bigint NOT NULL DEFAULT 0 CHECK (monthly_revenue_cents >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX customer_email_key ON customer (email)`);

    await db.query(`CREATE SEQUENCE ticket_number_seq START WITH 1001`);
    await db.query(`
      CREATE TABLE ticket (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL DEFAULT nextval('ticket_number_seq') UNIQUE,
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
        customer_id uuid NOT NULL REFERENCES customer (id),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','PENDING','CLOSED')),
        ticket_group text NOT NULL DEFAULT 'UNASSIGNED'
          CHECK (ticket_group IN ('UNASSIGNED','MARKETING','DEVELOPMENT','SALES')),
        type text CHECK (type IN ('QUESTION','BUG','FEATURE_REQUEST','MARKETING','SALES','OTHER')),
        assignee_id uuid REFERENCES app_user (id),
        assigned_by_id uuid REFERENCES app_user (id),
        is_manager_assigned boolean NOT NULL DEFAULT false,
        is_complex boolean NOT NULL DEFAULT false,
        is_frustrated boolean NOT NULL DEFAULT false,
        first_response_due_at timestamptz NOT NULL,
        first_response_at timestamptz,
        last_customer_message_at timestamptz,
        last_reply_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`ALTER SEQUENCE ticket_number_seq OWNED BY ticket.number`);
    await db.query(`CREATE INDEX ticket_customer ON ticket (customer_id)`);

    await db.query(`
      CREATE TABLE ticket_message (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CUSTOMER','REPLY','NOTE')),
        author_id uuid REFERENCES app_user (id),
        customer_id uuid REFERENCES customer (id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ticket_message_author CHECK (
          (kind = 'CUSTOMER' AND customer_id IS NOT NULL AND author_id IS NULL)
          OR (kind <> 'CUSTOMER' AND author_id IS NOT NULL AND customer_id IS NULL)
        )
      )`);
    // The timeline of a ticket, oldest first.
    await db.query(`CREATE INDEX ticket_message_timeline ON ticket_message (ticket_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ticket_message`);
    await db.query(`DROP TABLE ticket`);
    await db.query(`DROP TABLE customer`);
  }
}
