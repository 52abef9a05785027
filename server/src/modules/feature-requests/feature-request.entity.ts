import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AskImportance, FeatureReportStatus, FeatureStatus, FeatureTag } from '../../common/enums.js';
import { ROW_COLUMN } from '../../common/complexity.js';

const bigintNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

@ObjectType('FeatureRequest', { description: 'FR1: one card per request, with what is behind it (FR2).' })
@Entity('feature_request')
export class FeatureRequest {
  @Field(() => ID, ROW_COLUMN)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Shown as FR-12.' })
  @Column({ type: 'integer', insert: false })
  number!: number;

  @Field(() => String, ROW_COLUMN)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, ROW_COLUMN)
  @Column({ type: 'text' })
  description!: string;

  @Field(() => FeatureTag, ROW_COLUMN)
  @Column({ type: 'text' })
  tag!: FeatureTag;

  @Field(() => FeatureStatus, ROW_COLUMN)
  @Column({ type: 'text' })
  status!: FeatureStatus;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Tickets that asked.' })
  @Column({ name: 'ask_count', type: 'integer' })
  askCount!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Distinct customers who asked.' })
  @Column({ name: 'customer_count', type: 'integer' })
  customerCount!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Distinct companies (a customer without one counts as their own).' })
  @Column({ name: 'company_count', type: 'integer' })
  companyCount!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Monthly revenue behind it in cents: each customer once.' })
  @Column({ name: 'revenue_cents', type: 'bigint', transformer: bigintNumber })
  revenueCents!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'High-value customers (F2) who asked.' })
  @Column({ name: 'high_value_count', type: 'integer' })
  highValueCount!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Customers for whom it is a blocker.' })
  @Column({ name: 'blocker_count', type: 'integer' })
  blockerCount!: number;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'last_asked_at', type: 'timestamptz', nullable: true })
  lastAskedAt!: Date | null;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Tickets that asked in the last 30 days.' })
  @Column({ name: 'recent_asks', type: 'integer' })
  recentAsks!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Tickets that asked in the 30 days before those.' })
  @Column({ name: 'previous_asks', type: 'integer' })
  previousAsks!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'recentAsks - previousAsks.' })
  @Column({ type: 'integer' })
  trend!: number;

  @Column({ name: 'tally_at', type: 'timestamptz', nullable: true })
  tallyAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  announcement!: 'SHIPPED' | 'DECLINED' | null;

  @Field(() => String, { ...ROW_COLUMN, nullable: true, description: 'FR4: the message the customers were sent.' })
  @Column({ name: 'announcement_message', type: 'text', nullable: true })
  announcementMessage!: string | null;

  @Column({ name: 'announced_by_id', type: 'uuid', nullable: true })
  announcedById!: string | null;

  @Column({ name: 'announcement_total', type: 'integer' })
  announcementTotal!: number;

  @Column({ name: 'announcement_pending', type: 'boolean' })
  announcementPending!: boolean;

  /** When the latest announcement started: asks linked later are not told by it. */
  @Column({ name: 'announced_at', type: 'timestamptz', nullable: true })
  announcedAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'shipped_at', type: 'timestamptz', nullable: true })
  shippedAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt!: Date | null;

  @Field(() => Date, ROW_COLUMN)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, ROW_COLUMN)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int, {
    ...ROW_COLUMN,
    description: 'Send it back with a change: a change made meanwhile is refused (FEATURE_REQUEST_CHANGED).',
  })
  @Column({ type: 'integer' })
  version!: number;
}

@ObjectType('FeatureAsk', { description: 'One ticket’s ask for one card: the customer’s words and how much they need it.' })
export class FeatureAsk {
  @Field(() => ID, ROW_COLUMN)
  id!: string;

  ticketId!: string;
  featureRequestId!: string;
  /** The card it was linked to (another one when that card was merged into this one). */
  originalFeatureRequestId!: string;
  customerId!: string;

  @Field(() => String, ROW_COLUMN)
  quote!: string;

  @Field(() => AskImportance, ROW_COLUMN)
  importance!: AskImportance;

  linkedById!: string;

  @Field(() => Date, ROW_COLUMN)
  linkedAt!: Date;
}

/** An ask as `to_jsonb` or the driver gave it. */
export function toFeatureAsk(row: Record<string, unknown>): FeatureAsk {
  return Object.assign(new FeatureAsk(), {
    id: String(row.id),
    ticketId: row.ticket_id as string,
    featureRequestId: row.feature_request_id as string,
    originalFeatureRequestId: row.original_feature_request_id as string,
    customerId: row.customer_id as string,
    quote: row.quote as string,
    importance: row.importance as AskImportance,
    linkedById: row.linked_by_id as string,
    linkedAt: new Date(row.linked_at as string),
  });
}

@ObjectType('FeatureReport', { description: 'FR3: a dated, frozen snapshot of the top requests for engineering.' })
export class FeatureReport {
  @Field(() => ID, ROW_COLUMN)
  id!: string;

  @Field(() => String, { ...ROW_COLUMN, description: 'SCHEDULED (every period) or MANUAL (compiled now).' })
  kind!: 'SCHEDULED' | 'MANUAL';

  @Field(() => FeatureReportStatus, ROW_COLUMN)
  status!: FeatureReportStatus;

  @Field(() => Date, ROW_COLUMN)
  periodStart!: Date;

  @Field(() => Date, ROW_COLUMN)
  periodEnd!: Date;

  @Field(() => String, { ...ROW_COLUMN, description: '"1 Oct – 30 Nov 2026", in the team’s time zone.' })
  periodLabel!: string;

  @Field(() => Int, ROW_COLUMN)
  size!: number;

  @Field(() => Date, ROW_COLUMN)
  compiledAt!: Date;

  compiledById!: string | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  publishedAt!: Date | null;

  publishedById!: string | null;
  previousReportId!: string | null;
}

export function toFeatureReport(row: Record<string, unknown>): FeatureReport {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return Object.assign(new FeatureReport(), {
    id: row.id as string,
    kind: row.kind as 'SCHEDULED' | 'MANUAL',
    status: row.status as FeatureReportStatus,
    periodStart: date(row.period_start)!,
    periodEnd: date(row.period_end)!,
    periodLabel: row.period_label as string,
    size: Number(row.size),
    compiledAt: date(row.compiled_at)!,
    compiledById: (row.compiled_by_id as string | null) ?? null,
    publishedAt: date(row.published_at),
    publishedById: (row.published_by_id as string | null) ?? null,
    previousReportId: (row.previous_report_id as string | null) ?? null,
  });
}
