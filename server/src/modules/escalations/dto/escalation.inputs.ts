import { LIMITS } from '@tandem/shared';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BugSeverity, BugStatus } from '../../../common/enums.js';

// Required fields are nullable here on purpose: an empty escalation reaches the E1 rule, which names
// every missing field at once (ESCALATION_INCOMPLETE), instead of a GraphQL validation error.
@InputType({ description: 'E1: what engineering needs. Every field but url is required.' })
export class EscalateTicketInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.bug.titleMax)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.bug.textMax)
  stepsToReproduce?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.bug.textMax)
  expectedResult?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.bug.textMax)
  actualResult?: string | null;

  @Field(() => String, { nullable: true, description: 'Browser, operating system, app version.' })
  @IsOptional()
  @MaxLength(LIMITS.bug.environmentMax)
  environment?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.bug.urlMax)
  url?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(LIMITS.bug.usersAffectedMax)
  usersAffected?: number | null;

  @Field(() => BugSeverity, { nullable: true })
  @IsOptional()
  severity?: BugSeverity | null;
}

@InputType()
export class LinkTicketToBugInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => ID)
  bugId!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many of the customer’s users it affects.' })
  @Min(1)
  @Max(LIMITS.bug.usersAffectedMax)
  usersAffected: number = 1;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'E3: the bug is fixed already: send this ticket the fix message now (offered, never automatic).',
  })
  tellFixed: boolean = false;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateBugInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you saw (BUG_CHANGED when someone changed it since).' })
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.bug.titleMax)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.bug.textMax)
  stepsToReproduce?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.bug.textMax)
  expectedResult?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.bug.textMax)
  actualResult?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.bug.environmentMax)
  environment?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty text removes it.' })
  @IsOptional()
  @MaxLength(LIMITS.bug.urlMax)
  url?: string | null;

  @Field(() => BugSeverity, { nullable: true })
  @IsOptional()
  severity?: BugSeverity | null;

  @Field(() => String, { nullable: true, description: 'The tracker issue (GitHub, Jira, Linear); empty text removes it.' })
  @IsOptional()
  @MaxLength(LIMITS.bug.urlMax)
  trackerUrl?: string | null;
}

@InputType()
export class SetBugStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => BugStatus)
  status!: BugStatus;

  @Field(() => String, { nullable: true, description: 'NEEDS_INFO: the question for the customers (required).' })
  @IsOptional()
  @MaxLength(LIMITS.bug.questionMax)
  question?: string | null;
}

@InputType()
export class MarkBugFixedInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The reply each linked ticket gets; placeholders are filled per ticket; ends with a question (W7).' })
  @MaxLength(LIMITS.ticket.bodyMax)
  message!: string;

  @Field(() => ID, { nullable: true, description: 'The saved reply the message started from (S2).' })
  @IsOptional()
  savedReplyId?: string | null;
}

@InputType({ description: 'Queue filters; without a status, every bug engineering still works on.' })
export class BugsFilter {
  @Field(() => [BugStatus], { nullable: true })
  @IsOptional()
  status?: BugStatus[] | null;

  @Field(() => BugSeverity, { nullable: true })
  @IsOptional()
  severity?: BugSeverity | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  engineerId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only bugs assigned to you.' })
  mine: boolean = false;

  @Field(() => String, { nullable: true, description: 'Words of the title, steps or actual result, or a number (BUG-12, 12).' })
  @IsOptional()
  @MaxLength(LIMITS.search.textMax)
  search?: string | null;
}
