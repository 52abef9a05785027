import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * W8: every customer message is checked for frustration as it arrives; a ticket whose message
 * looks frustrated keeps the suggestion (when, the words that triggered it, what kind of signal)
 * until an agent confirms it (flags the customer) or dismisses it.
 */
export class FrustrationSuggestions1795305600008 implements MigrationInterface {
  name = 'FrustrationSuggestions1795305600008';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE ticket
        ADD COLUMN frustration_suggested_at timestamptz,
        ADD COLUMN frustration_triggers text[] NOT NULL DEFAULT '{}',
        ADD COLUMN frustration_signals text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE ticket
        DROP COLUMN frustration_signals,
        DROP COLUMN frustration_triggers,
        DROP COLUMN frustration_suggested_at`);
  }
}
