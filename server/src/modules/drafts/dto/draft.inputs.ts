import { LIMITS } from '@tandem/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class SubmitDraftInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => String)
  @MaxLength(LIMITS.draft.bodyMax)
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The saved reply the draft started from.' })
  @IsOptional()
  savedReplyId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'T3: propose this answer as a new saved reply.' })
  suggestAsSavedReply: boolean = false;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.draft.suggestedTitleMax)
  suggestedTitle?: string | null;

  @Field(() => ID, { description: 'The newest message you have read.' })
  seenMessageId!: string;
}

@InputType()
export class ApproveDraftInput {
  @Field(() => ID)
  draftId!: string;

  @Field(() => String, { nullable: true, description: 'The reply as edited by the reviewer; omitted: sent as written.' })
  @IsOptional()
  @MaxLength(LIMITS.draft.bodyMax)
  body?: string | null;

  @Field(() => ID, { description: 'The newest message the reviewer has read.' })
  seenMessageId!: string;
}

@InputType()
export class RequestDraftChangesInput {
  @Field(() => ID)
  draftId!: string;

  @Field(() => String, { description: 'What to change; required (T2).' })
  @MaxLength(LIMITS.draft.feedbackMax)
  feedback!: string;
}
