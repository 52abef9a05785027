import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from '../../common/enums.js';

@ObjectType('Notification')
@Entity('notification')
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'ticket_id', type: 'uuid', nullable: true })
  ticketId!: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it leads in the app when that is not its ticket (a bug’s page).' })
  @Column({ type: 'text', nullable: true })
  path!: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  body!: string;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the thing it points to was done (a draft reviewed, a mention seen, a follow-up sent); done ones leave the bell.',
  })
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;
}
