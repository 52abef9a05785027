import { TicketEventKind } from '@tandem/shared';
import { Field, ID, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { MessageChannel } from '../../common/enums.js';

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

  @Field(() => String, { description: 'The new text (for a mail: without the quoted history and signature).' })
  body!: string;

  @Field(() => MessageChannel, { nullable: true })
  channel!: MessageChannel | null;

  @Field(() => String, { nullable: true, description: 'The whole mail as written, quoted history included; shown collapsed.' })
  quotedText!: string | null;

  customerId!: string;
}

@ObjectType('Reply', { implements: TimelineEntry, description: 'Sent to the customer.' })
export class ReplyEntry implements TimelineEntry {
  id!: string;
  createdAt!: Date;

  @Field(() => String)
  body!: string;

  @Field(() => Date, { nullable: true, description: 'W9: when the customer saw it (private link or the mail).' })
  seenAt!: Date | null;

  /** Null: Tandem sent it by itself (an automatic follow-up or closing note). */
  authorId!: string | null;
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
