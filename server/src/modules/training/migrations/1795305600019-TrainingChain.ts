import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The training chain (T4): one row per link, who trained whom and when.
 * - A link opens when a person gets a trainer and closes when they graduate (graduated_at, who
 *   signed them off and their note) or get another trainer (ended_at only). One open link per
 *   trainee (a partial unique index); `app_user.trainer_id` stays the current trainer, the rules'
 *   fact, kept beside the open link in the same transaction.
 * - Backfilled from today's trainers: each current trainee's link starts when they joined (the
 *   earliest they can have had one). Who trained people who graduated before is not known.
 * - A trainee's drafts by author and date, for their training record.
 */
export class TrainingChain1795305600019 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE training_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trainee_id uuid NOT NULL REFERENCES app_user (id),
        trainer_id uuid NOT NULL REFERENCES app_user (id),
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        graduated_at timestamptz,
        graduated_by_id uuid REFERENCES app_user (id),
        note text CHECK (length(note) BETWEEN 1 AND 280),
        CONSTRAINT training_link_not_own_trainer CHECK (trainee_id <> trainer_id),
        CONSTRAINT training_link_ends_after_start CHECK (ended_at IS NULL OR ended_at >= started_at),
        CONSTRAINT training_link_graduation_ends_it CHECK (graduated_at IS NULL OR graduated_at = ended_at),
        CONSTRAINT training_link_graduated_by CHECK ((graduated_by_id IS NULL AND note IS NULL) OR graduated_at IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX training_link_one_open ON training_link (trainee_id) WHERE ended_at IS NULL`);
    await db.query(`CREATE INDEX training_link_trainee ON training_link (trainee_id, started_at)`);
    await db.query(`CREATE INDEX training_link_trainer ON training_link (trainer_id, started_at)`);
    await db.query(`CREATE INDEX ticket_draft_trainee_author ON ticket_draft (author_id, created_at) WHERE reason = 'TRAINEE'`);
    await db.query(`
      INSERT INTO training_link (trainee_id, trainer_id, started_at)
      SELECT id, trainer_id, created_at FROM app_user WHERE trainer_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ticket_draft_trainee_author`);
    await db.query(`DROP TABLE training_link`);
  }
}
