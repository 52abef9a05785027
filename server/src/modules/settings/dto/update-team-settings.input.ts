import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { LIMITS, type FollowUpMode } from '@tandem/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FollowUpModeEnum } from '../../../common/enums.js';

@InputType()
export class TonePhraseInput {
  @Field(() => String)
  @MaxLength(LIMITS.settings.avoidMax)
  avoid!: string;

  @Field(() => String)
  @MaxLength(LIMITS.settings.suggestionMax)
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
  @MaxLength(LIMITS.settings.webhookUrlMax)
  teamChatWebhookUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'E2: null turns the engineering chat message off.' })
  @IsOptional()
  @MaxLength(LIMITS.settings.webhookUrlMax)
  engineeringChatWebhookUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone, such as Europe/Berlin.' })
  @IsOptional()
  @MaxLength(LIMITS.user.timeZoneMax)
  timeZone?: string | null;

  @Field(() => Int, { nullable: true, description: 'FR3: 1 to 31 (31: the last day of the month).' })
  featureReportDay?: number | null;

  @Field(() => Int, { nullable: true })
  featureReportIntervalMonths?: number | null;

  @Field(() => Int, { nullable: true })
  featureReportSize?: number | null;

  @Field(() => Int, { nullable: true })
  followUpAfterMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  complexSeenFollowUpMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  autoCloseAfterMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  maxFollowUps?: number | null;

  @Field(() => Int, { nullable: true })
  maxFollowUpsHighValue?: number | null;

  @Field(() => Int, { nullable: true })
  goalWarningPercent?: number | null;

  @Field(() => FollowUpModeEnum, { nullable: true })
  followUpMode?: FollowUpMode | null;

  @Field(() => ID, { nullable: true, description: 'The saved reply follow-ups send; null: none (follow-ups then only remind).' })
  followUpSavedReplyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty: no closing mail.' })
  @IsOptional()
  @MaxLength(LIMITS.followUps.closingMessageMax)
  closingMessage?: string | null;
}
