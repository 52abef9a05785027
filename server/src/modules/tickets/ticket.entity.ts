import type { TicketFacts } from '@tandem/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ROW_COLUMN } from '../../common/complexity.js';
import { TicketGroup, TicketStatus, TicketType } from '../../common/enums.js';

@ObjectType('Ticket')
@Entity('ticket')
export class Ticket {
  @Field(() => ID, ROW_COLUMN)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Human-friendly number, e.g. 1042.' })
  @Column({ type: 'integer', insert: false, update: false })
  number!: number;

  @Field(() => String, ROW_COLUMN)
  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Field(() => TicketStatus, ROW_COLUMN)
  @Column({ type: 'text' })
  status!: TicketStatus;

  @Field(() => TicketGroup, ROW_COLUMN)
  @Column({ name: 'ticket_group', type: 'text' })
  group!: TicketGroup;

  @Field(() => TicketType, { ...ROW_COLUMN, nullable: true, description: 'Null until someone determines it (C1).' })
  @Column({ type: 'text', nullable: true })
  type!: TicketType | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'assigned_by_id', type: 'uuid', nullable: true })
  assignedById!: string | null;

  @Field(() => Boolean, { ...ROW_COLUMN, description: 'R4: a manager assigned it; the assignee’s top priority.' })
  @Column({ name: 'is_manager_assigned', type: 'boolean' })
  isManagerAssigned!: boolean;

  @Field(() => Boolean, ROW_COLUMN)
  @Column({ name: 'is_complex', type: 'boolean' })
  isComplex!: boolean;

  @Field(() => Boolean, ROW_COLUMN)
  @Column({ name: 'is_frustrated', type: 'boolean' })
  isFrustrated!: boolean;

  /** W8: when a customer message last looked frustrated, until an agent confirms or dismisses it. */
  @Column({ name: 'frustration_suggested_at', type: 'timestamptz', nullable: true })
  frustrationSuggestedAt!: Date | null;

  /** The words of that message that triggered the suggestion, as the customer wrote them. */
  @Column({ name: 'frustration_triggers', type: 'text', array: true })
  frustrationTriggers!: string[];

  @Column({ name: 'frustration_signals', type: 'text', array: true })
  frustrationSignals!: string[];

  @Field(() => Date, { ...ROW_COLUMN, description: 'R5: when the first response is due (goal from the plan).' })
  @Column({ name: 'first_response_due_at', type: 'timestamptz' })
  firstResponseDueAt!: Date;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true, description: 'When the customer is owed an answer; null while we wait on them.' })
  @Column({ name: 'response_due_at', type: 'timestamptz', nullable: true })
  responseDueAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'last_customer_message_at', type: 'timestamptz', nullable: true })
  lastCustomerMessageAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'last_reply_at', type: 'timestamptz', nullable: true })
  lastReplyAt!: Date | null;

  /** F2: follow-ups sent since the customer last wrote. */
  @Column({ name: 'follow_ups_sent', type: 'integer' })
  followUpsSent!: number;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true, description: 'F1/F3: when a follow-up is (or was) due; null when none is running.' })
  @Column({ name: 'follow_up_due_at', type: 'timestamptz', nullable: true })
  followUpDueAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true, description: 'W10/F4: when the ticket closes if the customer stays silent.' })
  @Column({ name: 'auto_close_at', type: 'timestamptz', nullable: true })
  autoCloseAt!: Date | null;

  /** The ticket's reply address is support+<mailRef>@…: answers thread even without mail headers. */
  @Column({ name: 'mail_ref', type: 'text' })
  mailRef!: string;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Field(() => Date, ROW_COLUMN)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, ROW_COLUMN)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int, { ...ROW_COLUMN, description: 'C4/FR1: the feature requests this ticket asks for.' })
  @Column({ name: 'ask_count', type: 'integer', insert: false })
  askCount!: number;

  @Field(() => Int, ROW_COLUMN)
  @Column({ type: 'integer' })
  version!: number;
}

/** The ticket as the shared workflow rules see it. */
/** `bugId`: the bug it is linked to (C3); left out, the ticket counts as not escalated (closing a bug is refused). */
export function ticketFacts(ticket: Ticket, assigneeName: string | null = null, bugId: string | null = null): TicketFacts {
  return {
    status: ticket.status,
    group: ticket.group,
    type: ticket.type,
    assigneeId: ticket.assigneeId,
    assigneeName,
    isManagerAssigned: ticket.isManagerAssigned,
    isFrustrated: ticket.isFrustrated,
    firstResponseDueAt: ticket.firstResponseDueAt,
    firstResponseAt: ticket.firstResponseAt,
    responseDueAt: ticket.responseDueAt,
    bugId,
    askCount: ticket.askCount,
  };
}
