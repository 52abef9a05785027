import { latestReportDue, reportPeriodEndingAt, type FeatureReportSchedule } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../clock.js';
import type { Logger } from '../../../logger.js';
import type { SettingsService } from '../../settings/settings.service.js';
import type { FeatureReports } from '../feature-reports.js';
import type { FeatureStore } from '../feature-store.js';
import { PollingLoop } from '../../../jobs/polling-loop.js';

const TICK_MS = 60_000;
/** Trends (asks in the last 30 days against the 30 before) move with time: recounted hourly. */
const TREND_REFRESH_MS = 60 * 60_000;
const TREND_BATCH = 200;

/**
 * FR3 on time, with any number of instances and after downtime: every minute each instance asks
 * whether the latest due date of the schedule has its report; the first to find it missing
 * compiles it (under an advisory lock, and a unique index per period), dated for its period, even
 * when the date passed while Tandem was down. A schedule never reports on a time before the first
 * request existed. The same round keeps the cards' 30-day trends current.
 */
export class FeatureScheduler {
  private readonly loop = new PollingLoop(
    async () => {
      await this.compileRound();
      await this.trendsRound();
      return TICK_MS;
    },
    (error) => this.log.error({ err: error }, 'the feature-request schedule failed; it tries again in a minute'),
    TICK_MS,
  );

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly reports: FeatureReports,
    private readonly cards: FeatureStore,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Compiles the scheduled report of the latest due date if nobody has; returns whether this call did. */
  compileDueReport(): Promise<boolean> {
    return this.loop.exclusive(() => this.compileRound());
  }

  /**
   * Recounts the cards whose 30-day trend may have moved since their last count, a batch at a time.
   * A card another instance (or a link) is recounting is waited for, then seen fresh and left out.
   */
  refreshTrends(): Promise<void> {
    return this.loop.exclusive(() => this.trendsRound());
  }

  private async compileRound(): Promise<boolean> {
    const settings = await this.settings.get();
    const schedule: FeatureReportSchedule = {
      dayOfMonth: settings.featureReportDay,
      intervalMonths: settings.featureReportIntervalMonths,
      timeZone: settings.timeZone,
    };
    const due = latestReportDue(this.clock.now(), schedule);
    const period = reportPeriodEndingAt(due, schedule);
    // A scheduled report that ends inside this period covers it already: the team's time zone or
    // schedule changed since (moving the due moment), and one report per period is the rule.
    const covered = `SELECT 1 FROM feature_report WHERE kind = 'SCHEDULED' AND period_end > $1`;
    const [state] = await this.db.query(
      `SELECT EXISTS (${covered}) AS compiled, (SELECT min(created_at) FROM feature_request) AS first_card`,
      [period.start],
    );
    if (state.compiled || !state.first_card || new Date(state.first_card) >= due) return false;
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('tandem:feature-report', 0))`);
      const [done] = await tx.query(covered, [period.start]);
      if (done) return false;
      const report = await this.reports.compile(tx, 'SCHEDULED', period, null);
      await this.reports.tellProduct(tx, report);
      this.log.info({ reportId: report.id, period: report.periodLabel }, 'compiled the scheduled feature-request report');
      return true;
    });
  }

  private async trendsRound(): Promise<void> {
    const staleBefore = new Date(this.clock.now().getTime() - TREND_REFRESH_MS);
    for (;;) {
      if (this.loop.isStopped) return;
      const refreshed = await this.db.transaction(async (tx) => {
        const rows: { id: string }[] = await tx.query(
          `SELECT id FROM feature_request
            WHERE (last_asked_at > $3::timestamptz - interval '1440 hours' OR recent_asks > 0 OR previous_asks > 0)
              AND (tally_at IS NULL OR tally_at < $1)
            ORDER BY id LIMIT $2 FOR UPDATE`,
          [staleBefore, TREND_BATCH, this.clock.now()],
        );
        // Not published live: a trend that moved with the calendar is no news for open pages.
        await this.cards.refreshTally(
          tx,
          rows.map((r) => r.id),
        );
        return rows.length;
      });
      if (refreshed < TREND_BATCH) return;
    }
  }
}
