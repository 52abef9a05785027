import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BugSeverity, BugStatus } from '../../common/enums.js';
import { ROW_COLUMN } from '../../common/complexity.js';

const bigintNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

@ObjectType('Bug', { description: 'A bug escalated to engineering (E1), with the tickets that hit it (E3).' })
@Entity('bug')
export class Bug {
  @Field(() => ID, ROW_COLUMN)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Shown as BUG-12.' })
  @Column({ type: 'integer', insert: false })
  number!: number;

  @Field(() => String, ROW_COLUMN)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, ROW_COLUMN)
  @Column({ name: 'steps_to_reproduce', type: 'text' })
  stepsToReproduce!: string;

  @Field(() => String, ROW_COLUMN)
  @Column({ name: 'expected_result', type: 'text' })
  expectedResult!: string;

  @Field(() => String, ROW_COLUMN)
  @Column({ name: 'actual_result', type: 'text' })
  actualResult!: string;

  @Field(() => String, { ...ROW_COLUMN, description: 'Browser, operating system, app version.' })
  @Column({ type: 'text' })
  environment!: string;

  @Field(() => String, { ...ROW_COLUMN, nullable: true, description: 'Where in the app it happens.' })
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Field(() => BugSeverity, ROW_COLUMN)
  @Column({ type: 'text' })
  severity!: BugSeverity;

  @Field(() => BugStatus, ROW_COLUMN)
  @Column({ type: 'text' })
  status!: BugStatus;

  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true })
  duplicateOfId!: string | null;

  @Column({ name: 'engineer_id', type: 'uuid', nullable: true })
  engineerId!: string | null;

  @Field(() => String, { ...ROW_COLUMN, nullable: true, description: "The team's GitHub, Jira or Linear issue." })
  @Column({ name: 'tracker_url', type: 'text', nullable: true })
  trackerUrl!: string | null;

  @Column({ name: 'escalated_by_id', type: 'uuid' })
  escalatedById!: string;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'in_progress_at', type: 'timestamptz', nullable: true })
  inProgressAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'needs_info_at', type: 'timestamptz', nullable: true })
  needsInfoAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'fixed_at', type: 'timestamptz', nullable: true })
  fixedAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'wont_fix_at', type: 'timestamptz', nullable: true })
  wontFixAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'duplicate_at', type: 'timestamptz', nullable: true })
  duplicateAt!: Date | null;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Linked tickets.' })
  @Column({ name: 'ticket_count', type: 'integer' })
  ticketCount!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Distinct customers among the linked tickets.' })
  @Column({ name: 'customer_count', type: 'integer' })
  customerCount!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Users affected, counted once per customer (their largest report).' })
  @Column({ name: 'users_affected', type: 'integer' })
  usersAffected!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Monthly revenue behind the bug in cents: each customer counted once.' })
  @Column({ name: 'revenue_cents', type: 'bigint', transformer: bigintNumber })
  revenueCents!: number;

  @Field(() => Int, { ...ROW_COLUMN, description: 'High-value customers (F2) among them.' })
  @Column({ name: 'high_value_count', type: 'integer' })
  highValueCount!: number;

  @Field(() => String, { ...ROW_COLUMN, nullable: true, description: 'E3: the message the customers were sent.' })
  @Column({ name: 'fix_message', type: 'text', nullable: true })
  fixMessage!: string | null;

  @Column({ name: 'fixed_by_id', type: 'uuid', nullable: true })
  fixedById!: string | null;

  @Column({ name: 'fix_total', type: 'integer' })
  fixTotal!: number;

  @Column({ name: 'fix_pending', type: 'boolean' })
  fixPending!: boolean;

  @Field(() => Date, ROW_COLUMN)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, ROW_COLUMN)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Send it back with a change: a change made meanwhile is refused (BUG_CHANGED).' })
  @Column({ type: 'integer' })
  version!: number;
}

/** A ticket's link to its bug. */
export interface BugLink {
  ticketId: string;
  bugId: string;
  customerId: string;
  usersAffected: number;
  linkedById: string;
  linkedAt: Date;
  fixAnnouncedAt: Date | null;
}

/** A link as `to_jsonb` or the driver gave it. */
export function toBugLink(row: Record<string, unknown>): BugLink {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return {
    ticketId: row.ticket_id as string,
    bugId: row.bug_id as string,
    customerId: row.customer_id as string,
    usersAffected: Number(row.users_affected),
    linkedById: row.linked_by_id as string,
    linkedAt: date(row.linked_at)!,
    fixAnnouncedAt: date(row.fix_announced_at),
  };
}
