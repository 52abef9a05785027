import type { TonePhrase, WorkflowSettings } from '@tandem/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Roles } from '../../common/auth.js';
import { Role } from '../../common/enums.js';

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
export class TeamSettings implements WorkflowSettings {
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
  @Roles(Role.MANAGER, Role.ADMIN)
  @Column({ name: 'team_chat_webhook_url', type: 'text', nullable: true })
  teamChatWebhookUrl!: string | null;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
}
