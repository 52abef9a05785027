import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTeam1795305600000 implements MigrationInterface {
  name = 'CreateTeam1795305600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_meta (
        key text PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (
          cardinality(roles) > 0 AND roles <@ ARRAY['ADMIN','MANAGER','AGENT','ENGINEER','PRODUCT']::text[]
        ),
        time_zone text NOT NULL DEFAULT 'UTC',
        working_hours jsonb NOT NULL DEFAULT '{"start":"09:00","end":"17:00","days":[1,2,3,4,5]}',
        is_active boolean NOT NULL DEFAULT true,
        trainer_id uuid REFERENCES app_user (id),
        can_train boolean NOT NULL DEFAULT false,
        graduated_at timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deactivated_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT app_user_not_own_trainer CHECK (trainer_id IS NULL OR trainer_id <> id)
      )`);
    await db.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);
    // Keyset pagination of the team list: ORDER BY lower(name), id.
    await db.query(`CREATE INDEX app_user_name_order ON app_user (lower(name), id)`);
    await db.query(`CREATE INDEX app_user_trainer ON app_user (trainer_id) WHERE trainer_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE user_session (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      )`);
    await db.query(`CREATE INDEX user_session_user ON user_session (user_id)`);
    await db.query(`CREATE INDEX user_session_expires ON user_session (expires_at)`);

    await db.query(`
      CREATE TABLE login_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        succeeded boolean NOT NULL,
        ip text,
        attempted_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX login_attempt_email_time ON login_attempt (email, attempted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_attempt`);
    await db.query(`DROP TABLE user_session`);
    await db.query(`DROP TABLE app_user`);
    await db.query(`DROP TABLE app_meta`);
  }
}
