import { DEFAULT_TONE_GUIDE, type TonePhrase } from '../tickets/tone.js';

/**
 * W10/F4: the closing mail of a new install (the migration writes it into the settings row; the
 * settings form shows it as the example).
 */
export const DEFAULT_CLOSING_MESSAGE =
  'We have not heard back from you, so we are closing this conversation for now. If you still need help, simply reply to this e-mail and it opens again. Is there anything else we can do for you?';

/**
 * Every default of the team settings, once: what a new install starts with (R5, F1-F4, W6, W9, W10,
 * V1). The migrations hold the same values as column defaults (they may never change, so
 * tests/integration/defaults-agree.test.ts checks that they agree); `DEFAULT_WORKFLOW_SETTINGS` and
 * `DEFAULT_TIMER_SETTINGS` are views of this object.
 */
export const DEFAULT_TEAM_SETTINGS = Object.freeze({
  /** R5: the first-response goal of premium customers (4 h). */
  firstResponseMinutesPremium: 4 * 60,
  /** R5: the first-response goal of free customers (24 h). */
  firstResponseMinutesFree: 24 * 60,
  /** F2: customers paying more than this per month (500.00) are high-value. */
  highValueRevenueCents: 50_000,
  /** W6: a trained agent's reply without a saved reply is sent, not reviewed. */
  reviewNovelReplies: false,
  /** F1: 48 h. */
  followUpAfterMinutes: 48 * 60,
  /** W9/F3: 24 h. */
  complexSeenFollowUpMinutes: 24 * 60,
  /** W10/F4: 5 days. */
  autoCloseAfterMinutes: 5 * 24 * 60,
  /** F2. */
  maxFollowUps: 1,
  maxFollowUpsHighValue: 3,
  /** R5: 80 %. */
  goalWarningPercent: 80,
  /** F1 (a `FollowUpMode`). */
  followUpMode: 'REMIND' as const,
  /** V1. */
  toneGuide: DEFAULT_TONE_GUIDE as readonly TonePhrase[],
  /** W10/F4. */
  closingMessage: DEFAULT_CLOSING_MESSAGE,
  /** No chat message until someone sets a webhook. */
  teamChatWebhookUrl: null,
  /** E2: no engineering chat until a manager sets one. */
  engineeringChatWebhookUrl: null,
  /** The team's own time zone (schedules such as FR3's report are counted in it). */
  timeZone: 'UTC',
  /** FR3: the report is compiled on the 1st ... */
  featureReportDay: 1,
  /** ... of every second month ... */
  featureReportIntervalMonths: 2,
  /** ... and lists the top 20 requests. */
  featureReportSize: 20,
});
