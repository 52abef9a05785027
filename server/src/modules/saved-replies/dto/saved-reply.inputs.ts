import { LIMITS } from '@tandem/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SavedReplyCategory, SavedReplyStatus } from '../../../common/enums.js';

@InputType()
export class CreateSavedReplyInput {
  @Field(() => String)
  @MaxLength(LIMITS.savedReply.titleMax)
  title!: string;

  @Field(() => String)
  @MaxLength(LIMITS.savedReply.bodyMax)
  body!: string;

  @Field(() => SavedReplyCategory)
  category!: SavedReplyCategory;
}

/** The optional title, text and category shared by an edit and an accepted suggestion. */
@InputType()
abstract class SavedReplyChanges {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.savedReply.titleMax)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.savedReply.bodyMax)
  body?: string | null;

  @Field(() => SavedReplyCategory, { nullable: true })
  @IsOptional()
  category?: SavedReplyCategory | null;
}

@InputType()
export class UpdateSavedReplyInput extends SavedReplyChanges {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType({ description: 'Accepts a suggestion into the library, optionally with a better title, text or category.' })
export class AcceptSavedReplySuggestionInput extends SavedReplyChanges {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class SavedRepliesFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.search.textMax)
  search?: string | null;

  @Field(() => SavedReplyCategory, { nullable: true })
  @IsOptional()
  category?: SavedReplyCategory | null;

  @Field(() => SavedReplyStatus, { defaultValue: 'ACTIVE' })
  status: SavedReplyStatus = 'ACTIVE';
}
