import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MessageKind = 'CUSTOMER' | 'REPLY' | 'NOTE' | 'EVENT';

/** One row of a ticket's timeline (customer messages, replies, notes, events); the audit trail. */
@Entity('ticket_message')
export class TicketMessage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'text' })
  kind!: MessageKind;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  event!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  @Column({ name: 'approved_by_id', type: 'uuid', nullable: true })
  approvedById!: string | null;

  @Column({ name: 'draft_id', type: 'uuid', nullable: true })
  draftId!: string | null;

  @Column({ name: 'saved_reply_id', type: 'uuid', nullable: true })
  savedReplyId!: string | null;

  @Column({ type: 'uuid', array: true })
  mentions!: string[];

  /** How a customer message arrived. */
  @Column({ type: 'text', nullable: true })
  channel!: 'EMAIL' | 'WEB_FORM' | 'LINK' | null;

  /** The customer's browser (web form, private link) or mail program, where known: E1 pre-fills "where it happens". */
  @Column({ type: 'text', nullable: true })
  client!: string | null;

  @Column({ name: 'email_message_id', type: 'text', nullable: true })
  emailMessageId!: string | null;

  /** Quoted history and signature of an inbound mail, shown collapsed. */
  @Column({ name: 'quoted_text', type: 'text', nullable: true })
  quotedText!: string | null;

  /** W9: when the customer saw this reply. */
  @Column({ name: 'seen_at', type: 'timestamptz', nullable: true })
  seenAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
