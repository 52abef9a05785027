import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DraftReason, DraftStatus } from '../../common/enums.js';
import { TimelineEntry } from '../tickets/timeline.types.js';

/** A reply proposed for review: by a trainee (T1) or a trained agent's novel reply (W6). */
@ObjectType('Draft', { implements: TimelineEntry })
@Entity('ticket_draft')
export class Draft implements TimelineEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body!: string;

  @Field(() => DraftReason)
  @Column({ type: 'text' })
  reason!: DraftReason;

  @Field(() => DraftStatus)
  @Column({ type: 'text' })
  status!: DraftStatus;

  /** The trainer who reviews it (T1); null: any support manager (W6). */
  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @Column({ name: 'reviewed_by_id', type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What to change (T2), from the reviewer.' })
  @Column({ type: 'text', nullable: true })
  feedback!: string | null;

  @Column({ name: 'saved_reply_id', type: 'uuid', nullable: true })
  savedReplyId!: string | null;

  @Field(() => Boolean, { description: 'T3: proposed as a new saved reply.' })
  @Column({ name: 'suggest_as_saved_reply', type: 'boolean' })
  suggestAsSavedReply!: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'suggested_title', type: 'text', nullable: true })
  suggestedTitle!: string | null;

  @Column({ name: 'seen_message_id', type: 'bigint', nullable: true })
  seenMessageId!: string | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
