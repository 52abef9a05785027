import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class TonePhraseInput {
  @Field(() => String)
  @MaxLength(200)
  avoid!: string;

  @Field(() => String)
  @MaxLength(500)
  suggestion!: string;
}

/** Fields left out stay as they are; `teamChatWebhookUrl: null` turns the chat message off. */
@InputType()
export class UpdateTeamSettingsInput {
  @Field(() => Int)
  version!: number;

  @Field(() => Int, { nullable: true })
  firstResponseMinutesPremium?: number | null;

  @Field(() => Int, { nullable: true })
  firstResponseMinutesFree?: number | null;

  @Field(() => Int, { nullable: true })
  highValueRevenueCents?: number | null;

  @Field(() => Boolean, { nullable: true })
  reviewNovelReplies?: boolean | null;

  @Field(() => [TonePhraseInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  toneGuide?: TonePhraseInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  teamChatWebhookUrl?: string | null;
}
