import { describe, expect, it } from 'vitest';
import { rankChange, rankChangeLabel, rankReport, reportCsv, reportMarkdown, type ReportCard } from './report.js';
import {
  checkFeatureReportSettings,
  latestReportDue,
  latestReportPeriod,
  nextReportDue,
  reportPeriodLabel,
  type FeatureReportSchedule,
} from './report-schedule.js';

const card = (id: string, number: number, customers: number, extra: Partial<ReportCard> = {}): ReportCard => ({
  featureRequestId: id,
  number,
  title: `Request ${number}`,
  tag: 'UI',
  status: 'OPEN',
  asks: customers,
  customers,
  companies: customers,
  revenueCents: customers * 1000,
  highValueCustomers: 0,
  blockers: 0,
  trend: 0,
  ...extra,
});

describe('FR3 rank changes between two reports', () => {
  it.each([
    [3, null, 'New'],
    [2, 5, '↑ 3'],
    [4, 1, '↓ 3'],
    [2, 2, '='],
  ])('rank %s after %s: %s', (rank, previous, label) => {
    expect(rankChangeLabel(rankChange(rank, previous))).toBe(label);
  });

  it('ranks by customers, then revenue, then tickets, and compares with the previous report', () => {
    const cards = [
      card('a', 1, 5),
      card('b', 2, 9),
      card('c', 3, 5, { revenueCents: 99_000 }),
      card('d', 4, 1),
      card('e', 5, 5, { revenueCents: 5000, asks: 8 }),
    ];
    const previous = [
      { featureRequestId: 'a', rank: 1 },
      { featureRequestId: 'b', rank: 3 },
      { featureRequestId: 'c', rank: 2 },
    ];
    const ranked = rankReport(cards, 4, previous);
    expect(ranked.map((r) => [r.featureRequestId, r.rank, rankChangeLabel(r.change)])).toEqual([
      ['b', 1, '↑ 2'],
      ['c', 2, '='],
      ['e', 3, 'New'],
      ['a', 4, '↓ 3'],
    ]);
  });

  it('a card merged since the previous report carries the better rank of the cards it joined', () => {
    const ranked = rankReport(
      [card('survivor', 1, 10)],
      20,
      [
        { featureRequestId: 'survivor', rank: 4 },
        { featureRequestId: 'merged', rank: 2 },
      ],
      new Map([['merged', 'survivor']]),
    );
    expect(ranked[0]).toMatchObject({ previousRank: 2, change: { kind: 'UP', by: 1 } });
  });
});

describe('FR3 exports', () => {
  const report = {
    title: 'Feature requests for engineering',
    periodLabel: '1 Oct – 30 Nov 2026',
    compiledAt: new Date('2026-12-01T00:00:00Z'),
    publishedAt: null,
    cards: rankReport(
      [card('a', 7, 3, { title: 'Dark | mode, "please"', status: 'PLANNED' }), card('b', 8, 1, { title: '=cmd()' })],
      20,
      [],
    ).map((c, i) => (i === 0 ? { ...c, note: 'Planned for Q3' } : c)),
    shipped: [
      { number: 2, title: 'CSV export', customers: 4, shippedAt: new Date('2026-11-12T10:00:00Z') },
      { number: 3, title: 'Two\n# lines', customers: 1, shippedAt: new Date('2026-11-13T10:00:00Z') },
    ],
  };

  it('Markdown: a table engineering can paste, with the shipped list', () => {
    const md = reportMarkdown(report);
    expect(md).toContain('| 1 | New | FR-7 Dark \\| mode, "please" | UI | Planned | 3 | 3 | $30 | 0 | Planned for Q3 |');
    expect(md).toContain('- FR-2 CSV export: shipped 2026-11-12, 4 customers told');
    // A title cannot start a heading of its own.
    expect(md).toContain('- FR-3 Two # lines: shipped 2026-11-13, 1 customer told');
    expect(md).toContain('· draft');
  });

  it('CSV: quoted where needed, formulas defused', () => {
    const lines = reportCsv(report).split('\r\n');
    expect(lines[0]).toBe(
      'rank,previous_rank,change,reference,title,tag,status,customers,companies,tickets,revenue_per_month,high_value_customers,blockers,trend_30_days,note',
    );
    expect(lines[1]).toBe('1,,NEW,FR-7,"Dark | mode, ""please""",UI,Planned,3,3,3,30.00,0,0,0,Planned for Q3');
    expect(lines[2]).toContain(",'=cmd(),");
  });
});

describe('FR3 schedule (DST-safe, month ends)', () => {
  const every2 = (timeZone: string, dayOfMonth = 1): FeatureReportSchedule => ({ dayOfMonth, intervalMonths: 2, timeZone });

  it.each([
    [
      'Berlin in winter: midnight is 23:00 UTC',
      every2('Europe/Berlin'),
      '2026-12-15T00:00:00Z',
      '2026-10-31T23:00:00.000Z',
      '2026-12-31T23:00:00.000Z',
    ],
    [
      'Berlin across the spring change',
      every2('Europe/Berlin'),
      '2027-04-10T00:00:00Z',
      '2027-02-28T23:00:00.000Z',
      '2027-04-30T22:00:00.000Z',
    ],
    [
      'Los Angeles across the autumn change',
      every2('America/Los_Angeles'),
      '2026-11-20T00:00:00Z',
      '2026-11-01T07:00:00.000Z',
      '2027-01-01T08:00:00.000Z',
    ],
    ['Kolkata has no clock change', every2('Asia/Kolkata'), '2026-07-01T00:00:00Z', '2026-06-30T18:30:00.000Z', '2026-08-31T18:30:00.000Z'],
    [
      'the 31st in a 30-day month is its last day',
      every2('UTC', 31),
      '2026-12-01T00:00:00Z',
      '2026-11-30T00:00:00.000Z',
      '2027-01-31T00:00:00.000Z',
    ],
    [
      'the 30th in February is its last day',
      { dayOfMonth: 30, intervalMonths: 1, timeZone: 'UTC' },
      '2027-03-01T00:00:00Z',
      '2027-02-28T00:00:00.000Z',
      '2027-03-30T00:00:00.000Z',
    ],
    [
      'on the due moment itself, that date is the latest',
      every2('UTC'),
      '2026-11-01T00:00:00Z',
      '2026-11-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
    ],
    [
      'Santiago skips midnight in spring: the first moment after it',
      { dayOfMonth: 6, intervalMonths: 1, timeZone: 'America/Santiago' },
      '2026-09-10T00:00:00Z',
      '2026-09-06T04:00:00.000Z',
      '2026-10-06T03:00:00.000Z',
    ],
  ])('%s', (_, schedule, now, latest, next) => {
    expect(latestReportDue(new Date(now), schedule).toISOString()).toBe(latest);
    expect(nextReportDue(new Date(now), schedule).toISOString()).toBe(next);
  });

  it('a period runs from the due date before to the due date, and is named in the team’s days', () => {
    const period = latestReportPeriod(new Date('2026-12-15T00:00:00Z'), every2('Europe/Berlin'));
    expect(period.start.toISOString()).toBe('2026-08-31T22:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(reportPeriodLabel(period, 'Europe/Berlin')).toBe('1 Sept – 31 Oct 2026');
    const yearEnd = latestReportPeriod(new Date('2027-01-05T00:00:00Z'), every2('UTC'));
    expect(reportPeriodLabel(yearEnd, 'UTC')).toBe('1 Nov – 31 Dec 2026');
  });

  it.each([
    [{ dayOfMonth: 1, intervalMonths: 2, size: 20 }, true],
    [{ dayOfMonth: 0, intervalMonths: 2, size: 20 }, false],
    [{ dayOfMonth: 1, intervalMonths: 13, size: 20 }, false],
    [{ dayOfMonth: 1, intervalMonths: 2, size: 2 }, false],
  ])('settings %o are valid: %s', (settings, ok) => {
    expect(checkFeatureReportSettings(settings).ok).toBe(ok);
  });
});
