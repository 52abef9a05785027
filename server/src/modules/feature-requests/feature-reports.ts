import {
  checkChangeFeatureReport,
  checkReportNote,
  featureReference,
  LIMITS,
  OPEN_FEATURE_STATUSES,
  rankChange,
  rankChangeLabel,
  rankReport,
  reportCsv,
  reportMarkdown,
  reportPeriodLabel,
  type RankedReportCard,
  type ReportCard,
  type ReportDocument,
  type ReportPeriod,
} from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import { DomainError, ensure } from '../../common/domain-error.js';
import type { Viewer } from '../../common/viewer.js';
import { isUuid } from '../../db/errors.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { SettingsService } from '../settings/settings.service.js';
import { type FeatureReport, toFeatureReport } from './feature-request.entity.js';
import type { FeatureReportEntry, FeatureReportShipped } from './feature-request.types.js';
import type { FeatureStore } from './feature-store.js';

export const REPORT_TITLE = 'Feature requests for engineering';

/** The report's page in the client, where notifications about it lead. */
export function reportPath(reportId: string): string {
  return `/feature-requests/reports/${reportId}`;
}

/** What a compiled report keeps of a card (frozen: later changes of the card do not touch it). */
function snapshot(row: Record<string, unknown>): ReportCard {
  return {
    featureRequestId: row.id as string,
    number: Number(row.number),
    title: row.title as string,
    tag: row.tag as ReportCard['tag'],
    status: row.status as ReportCard['status'],
    asks: Number(row.ask_count),
    customers: Number(row.customer_count),
    companies: Number(row.company_count),
    revenueCents: Number(row.revenue_cents),
    highValueCustomers: Number(row.high_value_count),
    blockers: Number(row.blocker_count),
    trend: Number(row.trend),
  };
}

function toEntry(reportId: string, row: Record<string, unknown>): FeatureReportEntry {
  const card = row.card as ReportCard;
  const rank = Number(row.rank);
  const previousRank = row.previous_rank === null ? null : Number(row.previous_rank);
  const change = rankChange(rank, previousRank);
  return {
    ...card,
    reportId,
    rank,
    previousRank,
    change: { kind: change.kind, by: 'by' in change ? change.by : 0, label: rankChangeLabel(change) },
    reference: featureReference(card.number),
    note: row.note as string,
  };
}

/**
 * FR3: the report for engineering: compiled (by the schedule, or now), annotated, published and
 * then frozen; exported as Markdown and CSV.
 */
export class FeatureReports {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly cards: FeatureStore,
    private readonly settings: SettingsService,
    private readonly notifications: NotificationService,
  ) {}

  async get(id: string, manager: EntityManager = this.db.manager): Promise<FeatureReport> {
    const [row] = isUuid(id) ? await manager.query(`SELECT * FROM feature_report WHERE id = $1`, [id]) : [];
    if (!row) throw new DomainError('NOT_FOUND', 'There is no such report.');
    return toFeatureReport(row);
  }

  /** Newest period first. */
  async list(first: number, after: string | null | undefined): Promise<ConnectionShape<FeatureReport>> {
    const params: unknown[] = [first + 1];
    let keyset = '';
    if (after) {
      const [end, compiled, id] = decodeCursor(after, ['timestamp', 'timestamp', 'uuid']);
      params.push(end, compiled, id);
      keyset = `WHERE (period_end, compiled_at, id) < ($2::timestamptz, $3::timestamptz, $4::uuid)`;
    }
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT *, to_char(period_end AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS end_text,
              to_char(compiled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS compiled_text
         FROM feature_report ${keyset} ORDER BY period_end DESC, compiled_at DESC, id DESC LIMIT $1`,
      params,
    );
    const keys = new Map(rows.map((r) => [r.id as string, [r.end_text as string, r.compiled_text as string, r.id as string]]));
    return toConnection(rows.map(toFeatureReport), first, (r) => keys.get(r.id)!);
  }

  async entries(reportId: string): Promise<FeatureReportEntry[]> {
    const rows: Record<string, unknown>[] = await this.db.query(`SELECT * FROM feature_report_entry WHERE report_id = $1 ORDER BY rank`, [
      reportId,
    ]);
    return rows.map((row) => toEntry(reportId, row));
  }

  async shipped(reportId: string): Promise<FeatureReportShipped[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT * FROM feature_report_shipped WHERE report_id = $1 ORDER BY shipped_at, number`,
      [reportId],
    );
    return rows.map((r) => ({
      featureRequestId: r.feature_request_id as string,
      number: Number(r.number),
      reference: featureReference(Number(r.number)),
      title: r.title as string,
      customers: Number(r.customers),
      shippedAt: r.shipped_at as Date,
    }));
  }

  /** The report as its exports read it. */
  async document(report: FeatureReport): Promise<ReportDocument> {
    const [entries, shipped] = await Promise.all([this.entries(report.id), this.shipped(report.id)]);
    return {
      title: REPORT_TITLE,
      periodLabel: report.periodLabel,
      compiledAt: report.compiledAt,
      publishedAt: report.publishedAt,
      cards: entries.map((e): RankedReportCard => ({ ...e, change: rankChange(e.rank, e.previousRank) })),
      shipped,
    };
  }

  async markdown(report: FeatureReport): Promise<string> {
    return reportMarkdown(await this.document(report));
  }

  async csv(report: FeatureReport): Promise<string> {
    return reportCsv(await this.document(report));
  }

  /** "Compile now": a report of the requests as they stand, from the latest published report to now. */
  async compileNow(viewer: Viewer): Promise<FeatureReport> {
    ensure(checkChangeFeatureReport(viewer, null));
    return this.db.transaction(async (tx) => {
      // One compile at a time, the schedule's included.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('tandem:feature-report', 0))`);
      const [previous] = await tx.query(
        `SELECT period_end FROM feature_report WHERE status = 'PUBLISHED' ORDER BY period_end DESC LIMIT 1`,
      );
      const end = this.clock.now();
      const start = previous ? new Date(previous.period_end) : new Date(end.getTime() - 60 * 24 * 3600_000);
      return this.compile(tx, 'MANUAL', { start, end }, viewer.id);
    });
  }

  /**
   * Compiles a report in the caller's transaction: the top cards by customers, revenue and tickets
   * (the shared `rankReport`), each compared with the latest published report, and what shipped
   * since it.
   */
  async compile(
    tx: EntityManager,
    kind: 'SCHEDULED' | 'MANUAL',
    period: ReportPeriod,
    compiledById: string | null,
  ): Promise<FeatureReport> {
    const settings = await this.settings.get(tx);
    const size = Math.min(Math.max(settings.featureReportSize, LIMITS.feature.reportSizeMin), LIMITS.feature.reportSizeMax);
    const now = this.clock.now();
    // The counts are always current, so the ranking needs no recount; only the 30-day trends move
    // with time: recounted as of now for the cards the report shows, and no others (recounting every
    // card locked them all for seconds, keeping agents from linking asks meanwhile).
    const chosen: { id: string }[] = await tx.query(
      `SELECT id FROM feature_request WHERE status = ANY($1::text[]) AND ask_count > 0
        ORDER BY customer_count DESC, revenue_cents DESC, ask_count DESC, number LIMIT $2`,
      [OPEN_FEATURE_STATUSES, size],
    );
    await this.cards.lock(tx, ...chosen.map((r) => r.id));
    await this.cards.refreshTally(
      tx,
      chosen.map((r) => r.id),
    );
    const [previous] = await tx.query(
      `SELECT id, published_at FROM feature_report WHERE status = 'PUBLISHED' ORDER BY period_end DESC, published_at DESC LIMIT 1`,
    );
    const previousEntries: { feature_request_id: string; rank: number; merged_into_id: string | null }[] = previous
      ? await tx.query(
          `SELECT e.feature_request_id, e.rank, f.merged_into_id FROM feature_report_entry e JOIN feature_request f ON f.id = e.feature_request_id
            WHERE e.report_id = $1`,
          [previous.id],
        )
      : [];
    const cards: Record<string, unknown>[] = await tx.query(
      `SELECT * FROM feature_request WHERE status = ANY($1::text[]) AND ask_count > 0
        ORDER BY customer_count DESC, revenue_cents DESC, ask_count DESC, number LIMIT $2`,
      [OPEN_FEATURE_STATUSES, size],
    );
    const ranked = rankReport(
      cards.map(snapshot),
      size,
      previousEntries.map((e) => ({ featureRequestId: e.feature_request_id, rank: e.rank })),
      new Map(previousEntries.flatMap((e) => (e.merged_into_id ? [[e.feature_request_id, e.merged_into_id] as const] : []))),
    );
    const [row] = await tx.query(
      `INSERT INTO feature_report (kind, period_start, period_end, period_label, size, compiled_at, compiled_by_id, previous_report_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [kind, period.start, period.end, reportPeriodLabel(period, settings.timeZone), size, now, compiledById, previous?.id ?? null],
    );
    const report = toFeatureReport(row);
    if (ranked.length > 0) {
      await tx.query(
        `INSERT INTO feature_report_entry (report_id, rank, feature_request_id, previous_rank, card)
         SELECT $1, rank, id, previous, card FROM unnest($2::int[], $3::uuid[], $4::int[], $5::jsonb[]) AS e(rank, id, previous, card)`,
        [
          report.id,
          ranked.map((c) => c.rank),
          ranked.map((c) => c.featureRequestId),
          ranked.map((c) => c.previousRank),
          ranked.map(({ rank: _r, previousRank: _p, change: _c, note: _n, ...card }) => JSON.stringify(card)),
        ],
      );
    }
    await tx.query(
      `INSERT INTO feature_report_shipped (report_id, feature_request_id, number, title, customers, shipped_at)
       SELECT $1, f.id, f.number, f.title,
              (SELECT count(*) FROM feature_notice n WHERE n.feature_request_id = f.id AND n.kind = 'SHIPPED'), f.shipped_at
         FROM feature_request f
        WHERE f.status = 'SHIPPED' AND f.shipped_at <= $2
          AND f.shipped_at > coalesce((SELECT compiled_at FROM feature_report WHERE id = $3), $4)`,
      [report.id, now, previous?.id ?? null, period.start],
    );
    return report;
  }

  /** Product's note beside a card of a draft report. */
  async setNote(viewer: Viewer, reportId: string, featureRequestId: string, note: string): Promise<FeatureReportEntry> {
    return this.db.transaction(async (tx) => {
      const report = await this.lock(tx, reportId);
      ensure(checkChangeFeatureReport(viewer, report));
      ensure(checkReportNote(note));
      const [rows] = await tx.query(
        `UPDATE feature_report_entry SET note = $3 WHERE report_id = $1 AND feature_request_id = $2 RETURNING *`,
        [report.id, isUuid(featureRequestId) ? featureRequestId : null, note.trim()],
      );
      if (!rows?.[0]) throw new DomainError('NOT_FOUND', 'That request is not in this report.');
      return toEntry(report.id, rows[0]);
    });
  }

  /** Publishing freezes the report and tells engineering and product. */
  async publish(viewer: Viewer, reportId: string): Promise<FeatureReport> {
    return this.db.transaction(async (tx) => {
      const report = await this.lock(tx, reportId);
      if (report.status === 'PUBLISHED' && report.publishedById === viewer.id) return report;
      ensure(checkChangeFeatureReport(viewer, report));
      await tx.query(`UPDATE feature_report SET status = 'PUBLISHED', published_at = $2, published_by_id = $3 WHERE id = $1`, [
        report.id,
        this.clock.now(),
        viewer.id,
      ]);
      const recipients: { id: string }[] = await tx.query(
        `SELECT id FROM app_user WHERE is_active AND ('ENGINEER' = ANY(roles) OR 'PRODUCT' = ANY(roles))`,
      );
      await this.notifications.notify(
        tx,
        recipients.map((r) => r.id),
        {
          kind: 'FEATURE_REPORT_PUBLISHED',
          ticketId: null,
          actorId: viewer.id,
          body: `${viewer.name} published the feature-request report for ${report.periodLabel}`,
          path: reportPath(report.id),
        },
      );
      return this.get(report.id, tx);
    });
  }

  /** FR3: a scheduled report is ready for product to review (and publish). */
  async tellProduct(tx: EntityManager, report: FeatureReport): Promise<void> {
    const recipients: { id: string }[] = await tx.query(`SELECT id FROM app_user WHERE is_active AND 'PRODUCT' = ANY(roles)`);
    await this.notifications.notify(
      tx,
      recipients.map((r) => r.id),
      {
        kind: 'FEATURE_REPORT_READY',
        ticketId: null,
        actorId: null,
        body: `The feature-request report for ${report.periodLabel} is compiled: review it, add notes, publish it`,
        path: reportPath(report.id),
      },
    );
  }

  private async lock(tx: EntityManager, id: string): Promise<FeatureReport> {
    const [row] = isUuid(id) ? await tx.query(`SELECT * FROM feature_report WHERE id = $1 FOR UPDATE`, [id]) : [];
    if (!row) throw new DomainError('NOT_FOUND', 'There is no such report.');
    return toFeatureReport(row);
  }
}
