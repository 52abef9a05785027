import { DEFAULT_TEAM_SETTINGS, DEFAULT_TIMER_SETTINGS, DEFAULT_WORKFLOW_SETTINGS } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource, migrate } from '../../server/src/db/data-source.js';
import { createLogger } from '../../server/src/logger.js';
import { createTestDatabase } from '../support/test-server.js';

/** team_settings columns, as the shared defaults name them. */
const COLUMNS: Record<string, keyof typeof DEFAULT_TEAM_SETTINGS> = {
  first_response_minutes_premium: 'firstResponseMinutesPremium',
  first_response_minutes_free: 'firstResponseMinutesFree',
  high_value_revenue_cents: 'highValueRevenueCents',
  review_novel_replies: 'reviewNovelReplies',
  tone_guide: 'toneGuide',
  team_chat_webhook_url: 'teamChatWebhookUrl',
  engineering_chat_webhook_url: 'engineeringChatWebhookUrl',
  follow_up_after_minutes: 'followUpAfterMinutes',
  complex_seen_follow_up_minutes: 'complexSeenFollowUpMinutes',
  auto_close_after_minutes: 'autoCloseAfterMinutes',
  max_follow_ups: 'maxFollowUps',
  max_follow_ups_high_value: 'maxFollowUpsHighValue',
  goal_warning_percent: 'goalWarningPercent',
  follow_up_mode: 'followUpMode',
  closing_message: 'closingMessage',
  time_zone: 'timeZone',
  feature_report_day: 'featureReportDay',
  feature_report_interval_months: 'featureReportIntervalMonths',
  feature_report_size: 'featureReportSize',
};
/** Bookkeeping columns, no setting. */
const NOT_SETTINGS = ['id', 'updated_at', 'version', 'follow_up_saved_reply_id'];

/** A row of team_settings as the shared defaults spell it (bigint arrives as a string). */
function asSettings(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(COLUMNS).map(([column, key]) => [key, column === 'high_value_revenue_cents' ? Number(row[column]) : row[column]]),
  );
}

/**
 * The defaults live once in shared/src/settings/defaults.ts; the migrations (which never change)
 * hold the same numbers as column defaults. A freshly migrated database must agree with them.
 */
describe('the team-settings defaults of a fresh install', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    db = createDataSource(database.url, { dbPoolSize: 2, statementTimeoutMs: 30_000 });
    await db.initialize();
    await migrate(db, createLogger('silent'));
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('[admin] installs Tandem and opens the team settings: they hold the shared defaults the rules and the form use', async () => {
    const [row] = await db.query(`SELECT * FROM team_settings`);
    expect(asSettings(row)).toEqual({ ...DEFAULT_TEAM_SETTINGS });
  });

  it('[admin] the column defaults of team_settings equal the shared defaults (a row inserted with DEFAULT VALUES)', async () => {
    const row = await db
      .transaction(async (tx) => {
        await tx.query(`DELETE FROM team_settings`);
        const [inserted] = await tx.query(`INSERT INTO team_settings DEFAULT VALUES RETURNING *`);
        // Leave the install's row as it was.
        throw Object.assign(new Error('rollback'), { inserted });
      })
      .catch((error: { inserted?: Record<string, unknown> }) => error.inserted);
    expect(row).toBeDefined();
    // The closing mail is written by the migration, not a column default: a row inserted later has none.
    expect(asSettings(row!)).toEqual({ ...DEFAULT_TEAM_SETTINGS, closingMessage: null });
  });

  it('[admin] every setting with a column default has a shared default, and the rules read the same numbers', async () => {
    const columns: { column_name: string; column_default: string | null }[] = await db.query(
      `SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'team_settings'`,
    );
    const settings = columns.map((c) => c.column_name).filter((name) => !NOT_SETTINGS.includes(name));
    expect(settings.sort()).toEqual(Object.keys(COLUMNS).sort());
    expect(
      Object.keys(COLUMNS)
        .map((column) => COLUMNS[column])
        .sort(),
    ).toEqual(Object.keys(DEFAULT_TEAM_SETTINGS).sort());
    expect(DEFAULT_WORKFLOW_SETTINGS).toEqual({
      firstResponseMinutesPremium: DEFAULT_TEAM_SETTINGS.firstResponseMinutesPremium,
      firstResponseMinutesFree: DEFAULT_TEAM_SETTINGS.firstResponseMinutesFree,
      highValueRevenueCents: DEFAULT_TEAM_SETTINGS.highValueRevenueCents,
      reviewNovelReplies: DEFAULT_TEAM_SETTINGS.reviewNovelReplies,
    });
    for (const [key, value] of Object.entries(DEFAULT_TIMER_SETTINGS)) {
      expect(value).toBe(DEFAULT_TEAM_SETTINGS[key as keyof typeof DEFAULT_TEAM_SETTINGS]);
    }
  });
});
