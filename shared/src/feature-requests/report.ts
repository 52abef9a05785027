import { featureReference, featureStatusLabel, featureTagLabel, type FeatureStatus, type FeatureTag } from './enums.js';

/** A card's line in a report, as it stood when the report was compiled (FR3). */
export interface ReportCard {
  featureRequestId: string;
  number: number;
  title: string;
  tag: FeatureTag;
  status: FeatureStatus;
  asks: number;
  customers: number;
  companies: number;
  revenueCents: number;
  highValueCustomers: number;
  blockers: number;
  trend: number;
}

/** How a card moved since the previous published report. */
export type RankChange = { kind: 'NEW' } | { kind: 'UP'; by: number } | { kind: 'DOWN'; by: number } | { kind: 'SAME' };

export interface RankedReportCard extends ReportCard {
  rank: number;
  previousRank: number | null;
  change: RankChange;
  /** Product's note ("planned for Q3"). */
  note: string;
}

/**
 * FR3: the report's order: the most customers first (what most of them want), then the revenue
 * behind it, then tickets, then the oldest card.
 */
export function compareForReport(a: ReportCard, b: ReportCard): number {
  return b.customers - a.customers || b.revenueCents - a.revenueCents || b.asks - a.asks || a.number - b.number;
}

export function rankChange(rank: number, previousRank: number | null): RankChange {
  if (previousRank === null) return { kind: 'NEW' };
  if (rank < previousRank) return { kind: 'UP', by: previousRank - rank };
  if (rank > previousRank) return { kind: 'DOWN', by: rank - previousRank };
  return { kind: 'SAME' };
}

/** "New", "↑ 3", "↓ 1", "=". */
export function rankChangeLabel(change: RankChange): string {
  switch (change.kind) {
    case 'NEW':
      return 'New';
    case 'UP':
      return `↑ ${change.by}`;
    case 'DOWN':
      return `↓ ${change.by}`;
    case 'SAME':
      return '=';
  }
}

/**
 * FR3: the top `size` cards ranked, each with its rank in the previous report (by card; a card
 * merged since counts under the card it was merged into, `mergedInto`) and the change.
 */
export function rankReport(
  cards: readonly ReportCard[],
  size: number,
  previous: readonly { featureRequestId: string; rank: number }[],
  mergedInto: ReadonlyMap<string, string> = new Map(),
): RankedReportCard[] {
  const before = new Map<string, number>();
  for (const entry of previous) {
    const id = mergedInto.get(entry.featureRequestId) ?? entry.featureRequestId;
    const known = before.get(id);
    if (known === undefined || entry.rank < known) before.set(id, entry.rank);
  }
  return [...cards]
    .sort(compareForReport)
    .slice(0, size)
    .map((card, i) => {
      const rank = i + 1;
      const previousRank = before.get(card.featureRequestId) ?? null;
      return { ...card, rank, previousRank, change: rankChange(rank, previousRank), note: '' };
    });
}

/** A report as its exports read it. */
export interface ReportDocument {
  title: string;
  periodLabel: string;
  compiledAt: Date;
  publishedAt: Date | null;
  cards: readonly RankedReportCard[];
  shipped: readonly { number: number; title: string; customers: number; shippedAt: Date }[];
}

const money = (cents: number) => `$${(cents / 100).toLocaleString('en', { maximumFractionDigits: 0 })}`;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** FR3: the report as Markdown, for engineering's wiki or chat. */
export function reportMarkdown(report: ReportDocument): string {
  const lines = [
    `# ${report.title}`,
    '',
    `${report.periodLabel} · compiled ${isoDay(report.compiledAt)}${report.publishedAt ? ` · published ${isoDay(report.publishedAt)}` : ' · draft'}`,
    '',
    '| Rank | Change | Request | Tag | Status | Customers | Tickets | Revenue / month | Blockers | Note |',
    '|---:|---|---|---|---|---:|---:|---:|---:|---|',
    ...report.cards.map(
      (c) =>
        `| ${c.rank} | ${rankChangeLabel(c.change)} | ${featureReference(c.number)} ${cell(c.title)} | ${featureTagLabel[c.tag]} | ${featureStatusLabel[c.status]} | ${c.customers} | ${c.asks} | ${money(c.revenueCents)} | ${c.blockers} | ${cell(c.note)} |`,
    ),
  ];
  if (report.cards.length === 0) lines.push('', 'No open request was asked for.');
  lines.push('', '## Shipped since the last report', '');
  if (report.shipped.length === 0) lines.push('Nothing shipped since the last report.');
  for (const s of report.shipped) {
    lines.push(
      `- ${featureReference(s.number)} ${cell(s.title)}: shipped ${isoDay(s.shippedAt)}, ${s.customers} customer${s.customers === 1 ? '' : 's'} told`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A CSV field, quoted when it must be (RFC 4180); a leading =, +, - or @ is defused for spreadsheets. */
function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** FR3: the report as CSV, one card per row. */
export function reportCsv(report: ReportDocument): string {
  const header = [
    'rank',
    'previous_rank',
    'change',
    'reference',
    'title',
    'tag',
    'status',
    'customers',
    'companies',
    'tickets',
    'revenue_per_month',
    'high_value_customers',
    'blockers',
    'trend_30_days',
    'note',
  ];
  const rows = report.cards.map((c) => [
    c.rank,
    c.previousRank ?? '',
    c.change.kind === 'UP' || c.change.kind === 'DOWN' ? `${c.change.kind} ${c.change.by}` : c.change.kind,
    featureReference(c.number),
    c.title,
    featureTagLabel[c.tag],
    featureStatusLabel[c.status],
    c.customers,
    c.companies,
    c.asks,
    (c.revenueCents / 100).toFixed(2),
    c.highValueCustomers,
    c.blockers,
    c.trend,
    c.note,
  ]);
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
