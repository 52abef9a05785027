import { LIMITS } from '@tandem/shared';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TicketGroup, TicketStatus } from '../../../common/enums.js';

@InputType({ description: 'Queue filters; without a status, closed tickets are left out unless includeClosed.' })
export class TicketsFilter {
  @Field(() => TicketStatus, { nullable: true })
  @IsOptional()
  status?: TicketStatus | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Closed tickets too (a search across all tickets).' })
  includeClosed: boolean = false;

  @Field(() => [ID], { nullable: true, description: 'Only these tickets: a live update refreshes just the rows that changed.' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.page.sizeMax)
  ids?: string[] | null;

  @Field(() => TicketGroup, { nullable: true })
  @IsOptional()
  group?: TicketGroup | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  assigneeId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only tickets assigned to you.' })
  mine: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Only tickets nobody has claimed (W1).' })
  unassigned: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Only tickets with a draft waiting for review.' })
  needsReview: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'F1: only tickets whose follow-up is due.' })
  followUpDue: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  frustrated: boolean = false;

  @Field(() => String, { nullable: true, description: 'Words of the subject or messages, customer name or e-mail, or a ticket number.' })
  @IsOptional()
  @MaxLength(LIMITS.search.textMax)
  search?: string | null;
}

@InputType()
export class ReplyToTicketInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => String)
  @MaxLength(LIMITS.ticket.bodyMax)
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The saved reply this answer started from (W3, S2).' })
  @IsOptional()
  savedReplyId?: string | null;

  @Field(() => ID, { description: 'The newest message you have read (Ticket.latestMessageId); newer ones refuse the reply.' })
  seenMessageId!: string;
}

@InputType()
export class AddNoteInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => String)
  @MaxLength(LIMITS.ticket.bodyMax)
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'People @mentioned in the note; they are notified.' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.note.mentionsMax)
  mentionIds?: string[] | null;
}

@InputType({ description: 'The public web form.' })
export class SubmitTicketInput {
  @Field(() => String)
  @MaxLength(LIMITS.ticket.nameMax)
  name!: string;

  @Field(() => String)
  @MaxLength(LIMITS.mail.addressMax)
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.ticket.nameMax)
  company?: string | null;

  @Field(() => String)
  @MaxLength(LIMITS.ticket.subjectMax)
  subject!: string;

  @Field(() => String)
  @MaxLength(LIMITS.ticket.bodyMax)
  message!: string;
}
