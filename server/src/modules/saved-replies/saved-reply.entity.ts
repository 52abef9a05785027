import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SavedReplyCategory, SavedReplyStatus } from '../../common/enums.js';

@ObjectType('SavedReply', { description: 'S1: an answer to a frequent question, with placeholders.' })
@Entity('saved_reply')
export class SavedReply {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'With placeholders such as {{customer.firstName}}.' })
  @Column({ type: 'text' })
  body!: string;

  @Field(() => SavedReplyCategory)
  @Column({ type: 'text' })
  category!: SavedReplyCategory;

  @Field(() => SavedReplyStatus)
  @Column({ type: 'text' })
  status!: SavedReplyStatus;

  @Field(() => Int, { description: 'S2: how many replies used it.' })
  @Column({ name: 'usage_count', type: 'integer' })
  usageCount!: number;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ name: 'suggested_by_id', type: 'uuid', nullable: true })
  suggestedById!: string | null;

  @Column({ name: 'source_draft_id', type: 'uuid', nullable: true })
  sourceDraftId!: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
}
