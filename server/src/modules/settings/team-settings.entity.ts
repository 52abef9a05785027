import { TEAM_SETTINGS_ROLES, type FollowUpMode, type TimerSettings, type TonePhrase, type WorkflowSettings } from '@tandem/shared';
import { FollowUpModeEnum } from '../../common/enums.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Roles } from '../../common/auth.js';

@ObjectType('TonePhrase', { description: 'V1: a phrase to avoid and what to say instead.' })
export class TonePhraseType implements TonePhrase {
  @Field(() => String)
  avoid!: string;

  @Field(() => String)
  suggestion!: string;
}

const bigintNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

@ObjectType('TeamSettings')
@Entity('team_settings')
export class TeamSettings implements WorkflowSettings, TimerSettings {
  @PrimaryColumn({ type: 'boolean' })
  id!: boolean;

  @Field(() => Int, { description: 'R5: first-response goal for premium customers, in minutes.' })
  @Column({ name: 'first_response_minutes_premium', type: 'integer' })
  firstResponseMinutesPremium!: number;

  @Field(() => Int, { description: 'R5: first-response goal for free customers, in minutes.' })
  @Column({ name: 'first_response_minutes_free', type: 'integer' })
  firstResponseMinutesFree!: number;

  @Field(() => Int, { description: 'F2: monthly revenue (cents) from which a customer is high value.' })
  @Column({ name: 'high_value_revenue_cents', type: 'bigint', transformer: bigintNumber })
  highValueRevenueCents!: number;

  @Field(() => Boolean, { description: 'W6: trained agents’ replies without a saved reply go to review.' })
  @Column({ name: 'review_novel_replies', type: 'boolean' })
  reviewNovelReplies!: boolean;

  @Field(() => [TonePhraseType])
  @Column({ name: 'tone_guide', type: 'jsonb' })
  toneGuide!: TonePhrase[];

  @Field(() => String, { nullable: true, description: 'Slack-compatible incoming webhook (W8). Managers and admins only.' })
  @Roles(...TEAM_SETTINGS_ROLES)
  @Column({ name: 'team_chat_webhook_url', type: 'text', nullable: true })
  teamChatWebhookUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'E2: engineering’s chat webhook; each new bug is posted there. Managers and admins only.',
  })
  @Roles(...TEAM_SETTINGS_ROLES)
  @Column({ name: 'engineering_chat_webhook_url', type: 'text', nullable: true })
  engineeringChatWebhookUrl!: string | null;

  @Field(() => Int, { description: 'F1: follow up when the customer has not answered this many minutes after the last reply.' })
  @Column({ name: 'follow_up_after_minutes', type: 'integer' })
  followUpAfterMinutes!: number;

  @Field(() => Int, { description: 'W9/F3: on a complex ticket, follow up this many minutes after the customer saw the reply.' })
  @Column({ name: 'complex_seen_follow_up_minutes', type: 'integer' })
  complexSeenFollowUpMinutes!: number;

  @Field(() => Int, { description: 'W10/F4: close a ticket the customer has not answered this many minutes after the last reply.' })
  @Column({ name: 'auto_close_after_minutes', type: 'integer' })
  autoCloseAfterMinutes!: number;

  @Field(() => Int, { description: 'F2: follow-ups per silence.' })
  @Column({ name: 'max_follow_ups', type: 'integer' })
  maxFollowUps!: number;

  @Field(() => Int, { description: 'F2: follow-ups per silence for high-value customers.' })
  @Column({ name: 'max_follow_ups_high_value', type: 'integer' })
  maxFollowUpsHighValue!: number;

  @Field(() => Int, { description: 'R5: warn when this percentage of the time to the first-response goal has passed.' })
  @Column({ name: 'goal_warning_percent', type: 'integer' })
  goalWarningPercent!: number;

  @Field(() => FollowUpModeEnum, { description: 'F1: remind the assignee, or send the follow-up saved reply by itself.' })
  @Column({ name: 'follow_up_mode', type: 'text' })
  followUpMode!: FollowUpMode;

  @Field(() => ID, { nullable: true, description: 'F1: the saved reply a follow-up sends.' })
  @Column({ name: 'follow_up_saved_reply_id', type: 'uuid', nullable: true })
  followUpSavedReplyId!: string | null;

  @Field(() => String, { nullable: true, description: 'W10/F4: mailed when a ticket closes for silence; none when empty.' })
  @Column({ name: 'closing_message', type: 'text', nullable: true })
  closingMessage!: string | null;

  @Field(() => String, { description: 'The team’s time zone (IANA name): schedules such as the FR3 report count in it.' })
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Field(() => Int, { description: 'FR3: the day of the month the feature-request report is compiled (31: the last day).' })
  @Column({ name: 'feature_report_day', type: 'integer' })
  featureReportDay!: number;

  @Field(() => Int, { description: 'FR3: months between two reports, counted from January.' })
  @Column({ name: 'feature_report_interval_months', type: 'integer' })
  featureReportIntervalMonths!: number;

  @Field(() => Int, { description: 'FR3: how many requests a report lists.' })
  @Column({ name: 'feature_report_size', type: 'integer' })
  featureReportSize!: number;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
}
