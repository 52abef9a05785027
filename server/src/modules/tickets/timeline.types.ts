import { TicketEventKind } from '@tandem/shared';
import { Field, ID, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(TicketEventKind, { name: 'TicketEventKind' });

/** One entry of a ticket's timeline, oldest first: messages, replies, notes, drafts and events. */
@InterfaceType('TimelineEntry')
export abstract class TimelineEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('CustomerMessage', { implements: TimelineEntry, description: 'Written by the customer; shown as plain text.' })
export class CustomerMessageEntry implements TimelineEntry {
  id!: string;
  createdAt!: Date;

  @Field(() => String)
  body!: string;

  customerId!: string;
}

@ObjectType('Reply', { implements: TimelineEntry, description: 'Sent to the customer.' })
export class ReplyEntry implements TimelineEntry {
  id!: string;
  createdAt!: Date;

  @Field(() => String)
  body!: string;

  authorId!: string;
  approvedById!: string | null;
  savedReplyId!: string | null;
}

@ObjectType('Note', { implements: TimelineEntry, description: 'Internal; never shown to the customer.' })
export class NoteEntry implements TimelineEntry {
  id!: string;
  createdAt!: Date;

  @Field(() => String)
  body!: string;

  authorId!: string;
  mentionIds!: string[];
}

@ObjectType('TicketEvent', { implements: TimelineEntry })
export class EventEntry implements TimelineEntry {
  id!: string;
  createdAt!: Date;

  @Field(() => TicketEventKind)
  kind!: TicketEventKind;

  @Field(() => String, { description: 'What happened, in a sentence.' })
  text!: string;

  actorId!: string | null;
}
