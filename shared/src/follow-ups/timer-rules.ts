import { ErrorCode } from '../common/errors.js';
import { LIMITS } from '../common/limits.js';
import { allow, deny, firstDenial, type RuleResult } from '../common/rule.js';
import { DEFAULT_TEAM_SETTINGS } from '../settings/defaults.js';
import type { TicketStatus } from '../tickets/enums.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * F1/F2: what a due follow-up does. REMIND tells the assignee to follow up; AUTO sends the
 * follow-up to the customer by itself. The timers are the same in both modes.
 */
export const FollowUpMode = { REMIND: 'REMIND', AUTO: 'AUTO' } as const;
export type FollowUpMode = (typeof FollowUpMode)[keyof typeof FollowUpMode];

/** The team settings the follow-up, auto-close and first-response-goal timers read (all durations in whole minutes). */
export interface TimerSettings {
  /** F1: follow up when the customer has not answered this long after the last reply. */
  followUpAfterMinutes: number;
  /** W9/F3: follow up this long after the customer saw the reply on a complex ticket. */
  complexSeenFollowUpMinutes: number;
  /** W10/F4: close the ticket when the customer has not answered this long after the last reply. */
  autoCloseAfterMinutes: number;
  /** F2: follow-ups per silence for other customers. */
  maxFollowUps: number;
  /** F2: follow-ups per silence for high-value customers. */
  maxFollowUpsHighValue: number;
  /** R5: warn when this share (percent) of the time to the first-response goal has passed. */
  goalWarningPercent: number;
  /** F1: remind the assignee or send the follow-up by itself. */
  followUpMode: FollowUpMode;
}

/** F1-F4, W9, W10, R5: the defaults of PROCEDURE.md (48 h, 24 h, 5 days, 1 / 3 follow-ups, 80 %, remind), from `DEFAULT_TEAM_SETTINGS`. */
export const DEFAULT_TIMER_SETTINGS: TimerSettings = Object.freeze({
  followUpAfterMinutes: DEFAULT_TEAM_SETTINGS.followUpAfterMinutes,
  complexSeenFollowUpMinutes: DEFAULT_TEAM_SETTINGS.complexSeenFollowUpMinutes,
  autoCloseAfterMinutes: DEFAULT_TEAM_SETTINGS.autoCloseAfterMinutes,
  maxFollowUps: DEFAULT_TEAM_SETTINGS.maxFollowUps,
  maxFollowUpsHighValue: DEFAULT_TEAM_SETTINGS.maxFollowUpsHighValue,
  goalWarningPercent: DEFAULT_TEAM_SETTINGS.goalWarningPercent,
  followUpMode: DEFAULT_TEAM_SETTINGS.followUpMode,
});

/** The parts of a ticket (and its customer) the timers look at. */
export interface TimerFacts {
  status: TicketStatus;
  /** W9: the ticket was marked complex. */
  isComplex: boolean;
  /** F2: premium plan or revenue above the team's threshold (see `isHighValue`). */
  isHighValue: boolean;
  createdAt: Date;
  firstResponseDueAt: Date;
  firstResponseAt: Date | null;
  /** The latest public reply to the customer, follow-ups included. */
  lastReplyAt: Date | null;
  /**
   * When the latest reply's mail went out to the customer; null while it has not been sent (no
   * SMTP server configured, the server down or refusing it). A reply that carries no mail (one
   * recorded before mail existed) counts as sent when it was written.
   */
  lastReplyMailedAt: Date | null;
  /** When the customer saw the latest reply (private link or tracking image); null if not seen. */
  lastReplySeenAt: Date | null;
  lastCustomerMessageAt: Date | null;
  /** Follow-ups sent since the customer last wrote. */
  followUpsSent: number;
}

/** When each timer of a ticket is due; null when it is not running. */
export interface TimerPlan {
  /** F1, W9/F3 (limited by F2). */
  followUpDueAt: Date | null;
  /** W10/F4. */
  autoCloseAt: Date | null;
  /** R5: `goalWarningPercent` of the way from `createdAt` to `firstResponseDueAt`. */
  goalWarningAt: Date | null;
  /** R5: `firstResponseDueAt`. */
  goalMissedAt: Date | null;
}

export type TimerKind = 'FOLLOW_UP' | 'AUTO_CLOSE' | 'GOAL_WARNING' | 'GOAL_MISSED';

const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * MINUTE_MS);
const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

/**
 * F5: we wait on the customer while the ticket is pending (a reply puts it there), we have replied,
 * and the customer has not written since that reply. A closed ticket someone reopened is owed an
 * answer, not waiting: its earlier reply is not followed up again, nor closed for silence again.
 */
export function isWaitingOnCustomer(facts: Pick<TimerFacts, 'status' | 'lastReplyAt' | 'lastCustomerMessageAt'>): boolean {
  const { status, lastReplyAt, lastCustomerMessageAt } = facts;
  return (
    status === 'PENDING' &&
    lastReplyAt !== null &&
    (lastCustomerMessageAt === null || lastCustomerMessageAt.getTime() < lastReplyAt.getTime())
  );
}

/**
 * F1/F4: we wait on the customer, but the latest reply's mail has not gone out: no follow-up and
 * no closing runs until it is sent ("Follow-up starts once the reply's mail is sent").
 */
export function isWaitingForReplyMail(
  facts: Pick<TimerFacts, 'status' | 'lastReplyAt' | 'lastCustomerMessageAt' | 'lastReplyMailedAt'>,
): boolean {
  return isWaitingOnCustomer(facts) && facts.lastReplyMailedAt === null;
}

/** F2: how many follow-ups this customer gets per silence. */
export function followUpLimit(facts: Pick<TimerFacts, 'isHighValue'>, settings: TimerSettings): number {
  return facts.isHighValue ? settings.maxFollowUpsHighValue : settings.maxFollowUps;
}

/**
 * F1-F5, W9, W10, R5: when each timer of a ticket is due.
 * - Follow-up and auto-close run only while waiting on the customer (F5: a customer message
 *   cancels both; a closed ticket has neither).
 * - Both count from when the latest reply's mail went out (`lastReplyMailedAt`): a reply the
 *   customer never received starts neither (see `isWaitingForReplyMail`).
 * - F1: follow-up at `lastReplyMailedAt + followUpAfterMinutes`; F2: none once `followUpsSent`
 *   reaches the customer's limit. W9/F3: on a complex ticket whose latest reply was seen, at
 *   `lastReplySeenAt + complexSeenFollowUpMinutes` when that is earlier. A sighting older than the
 *   latest reply is ignored.
 * - W10/F4: close at `lastReplyMailedAt + autoCloseAfterMinutes`, seen or not; a follow-up is a
 *   reply, so each one pushes the close back. F2 does not stop the close.
 * - R5: while the ticket is open and unanswered, warn at `goalWarningPercent` of the way from
 *   `createdAt` to `firstResponseDueAt`, and mark the goal missed at `firstResponseDueAt`.
 */
export function timerPlan(facts: TimerFacts, settings: TimerSettings): TimerPlan {
  let followUpDueAt: Date | null = null;
  let autoCloseAt: Date | null = null;
  if (isWaitingOnCustomer(facts) && facts.lastReplyAt && facts.lastReplyMailedAt) {
    const { lastReplyAt, lastReplyMailedAt } = facts;
    autoCloseAt = addMinutes(lastReplyMailedAt, settings.autoCloseAfterMinutes);
    if (facts.followUpsSent < followUpLimit(facts, settings)) {
      followUpDueAt = addMinutes(lastReplyMailedAt, settings.followUpAfterMinutes);
      const seenAt = facts.lastReplySeenAt;
      if (facts.isComplex && seenAt && seenAt.getTime() >= lastReplyAt.getTime()) {
        followUpDueAt = earlier(addMinutes(seenAt, settings.complexSeenFollowUpMinutes), followUpDueAt);
      }
    }
  }

  let goalWarningAt: Date | null = null;
  let goalMissedAt: Date | null = null;
  if (facts.status !== 'CLOSED' && facts.firstResponseAt === null) {
    // A goal that ends before the ticket was created leaves no time to warn: warn at creation.
    const span = Math.max(0, facts.firstResponseDueAt.getTime() - facts.createdAt.getTime());
    goalWarningAt = new Date(facts.createdAt.getTime() + Math.round((span * settings.goalWarningPercent) / 100));
    goalMissedAt = new Date(facts.firstResponseDueAt.getTime());
  }

  return { followUpDueAt, autoCloseAt, goalWarningAt, goalMissedAt };
}

// Ties between timers due at the same moment run in this order.
const KIND_ORDER: readonly TimerKind[] = ['GOAL_WARNING', 'GOAL_MISSED', 'FOLLOW_UP', 'AUTO_CLOSE'];

function planEntries(plan: TimerPlan): { kind: TimerKind; at: Date }[] {
  const entries: { kind: TimerKind; at: Date | null }[] = [
    { kind: 'GOAL_WARNING', at: plan.goalWarningAt },
    { kind: 'GOAL_MISSED', at: plan.goalMissedAt },
    { kind: 'FOLLOW_UP', at: plan.followUpDueAt },
    { kind: 'AUTO_CLOSE', at: plan.autoCloseAt },
  ];
  return entries
    .filter((e): e is { kind: TimerKind; at: Date } => e.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/**
 * F1-F5, W9, W10, R5: the timers due at `now` (at or before), in the order they should run:
 * oldest first, ties in the order goal warning, goal missed, follow-up, auto-close.
 * A later stage replaces an earlier one that is also due (after downtime, say): when AUTO_CLOSE is
 * due, FOLLOW_UP is left out (no nudge right before closing, W10); when GOAL_MISSED is due,
 * GOAL_WARNING is left out (R5). The plan does not move when a goal timer or a REMIND follow-up
 * runs: the caller records what it ran so that nothing runs twice (F5).
 */
export function dueTimers(plan: TimerPlan, now: Date): TimerKind[] {
  const due = planEntries(plan)
    .filter((e) => e.at.getTime() <= now.getTime())
    .map((e) => e.kind);
  return due.filter(
    (kind) => !(kind === 'FOLLOW_UP' && due.includes('AUTO_CLOSE')) && !(kind === 'GOAL_WARNING' && due.includes('GOAL_MISSED')),
  );
}

/**
 * F1, W10, R5: the next timer still ahead of `now` (strictly after it), for the ticket page
 * countdown, e.g. `{ kind: 'AUTO_CLOSE', at }`; null when nothing is ahead.
 */
export function nextTimer(plan: TimerPlan, now: Date): { kind: TimerKind; at: Date } | null {
  return planEntries(plan).find((e) => e.at.getTime() > now.getTime()) ?? null;
}

/**
 * F1/F2: whether a person may send a follow-up now (one click, `sendFollowUp`). Refused with
 * FOLLOW_UP_LIMIT_REACHED once the customer had their follow-ups for this silence (F2), and with
 * FOLLOW_UP_NOT_DUE while none is due: not yet, the customer answered, the ticket is closed, or the
 * reply's mail has not gone out (`waitsForMail`). `followUpDueAt` is the planned time (`timerPlan`).
 */
export function checkSendFollowUp(
  facts: Pick<TimerFacts, 'isHighValue' | 'followUpsSent'> & { followUpDueAt: Date | null; waitsForMail: boolean },
  settings: TimerSettings,
  now: Date,
): RuleResult {
  const limit = followUpLimit(facts, settings);
  if (facts.followUpsSent >= limit) {
    return deny(
      ErrorCode.FOLLOW_UP_LIMIT_REACHED,
      `This customer has had ${limit === 1 ? 'their follow-up' : `all ${limit} follow-ups`} since they last wrote (F2): wait for their answer.`,
    );
  }
  if (facts.waitsForMail) {
    return deny(ErrorCode.FOLLOW_UP_NOT_DUE, 'The reply’s mail has not gone out yet: the follow-up starts once it is sent.');
  }
  if (!facts.followUpDueAt)
    return deny(ErrorCode.FOLLOW_UP_NOT_DUE, 'No follow-up is due on this ticket: we are not waiting on the customer.');
  if (facts.followUpDueAt.getTime() > now.getTime()) {
    return deny(ErrorCode.FOLLOW_UP_NOT_DUE, `No follow-up is due yet: ${describeTimer('FOLLOW_UP', facts.followUpDueAt, now)}.`);
  }
  return allow;
}

/** "1 h 20 min", "4 d", "4 d 3 h", "less than a minute": the two largest units, rounded down (countdowns, ages). */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / MINUTE_MS);
  if (minutes < 1) return 'less than a minute';
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  const mins = minutes % 60;
  const parts: [number, string][] =
    days > 0
      ? [
          [days, 'd'],
          [hours, 'h'],
        ]
      : hours > 0
        ? [
            [hours, 'h'],
            [mins, 'min'],
          ]
        : [[mins, 'min']];
  return parts
    .filter(([count], index) => index === 0 || count !== 0)
    .map(([count, unit]) => `${count} ${unit}`)
    .join(' ');
}

const timerWords: Record<TimerKind, { ahead: string; now: string; past: (duration: string) => string }> = {
  FOLLOW_UP: { ahead: 'follow-up due in', now: 'follow-up due now', past: (d) => `follow-up overdue by ${d}` },
  AUTO_CLOSE: { ahead: 'closes in', now: 'closes now', past: (d) => `close overdue by ${d}` },
  GOAL_WARNING: {
    ahead: 'first-response goal warning in',
    now: 'first-response goal warning now',
    past: (d) => `first-response goal warning ${d} ago`,
  },
  GOAL_MISSED: { ahead: 'first-response goal in', now: 'first-response goal due now', past: (d) => `first-response goal missed by ${d}` },
};

/**
 * F1, W10, R5: short human text for a timer due at `at`, seen at `now`: "follow-up due in 23 h",
 * "closes in 4 d", "first-response goal in 1 h 20 min", "follow-up overdue by 2 h",
 * "first-response goal missed by 10 min". Durations keep the two largest units and round down;
 * within the minute after `at` the text says "now".
 */
export function describeTimer(kind: TimerKind, at: Date, now: Date): string {
  const diff = at.getTime() - now.getTime();
  const words = timerWords[kind];
  if (diff > 0) return `${words.ahead} ${formatDuration(diff)}`;
  if (-diff < MINUTE_MS) return words.now;
  return words.past(formatDuration(-diff));
}

const wholeNumberIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

function checkMinutes(value: number | undefined, what: string): RuleResult {
  if (value === undefined) return allow;
  const { minutesMin, minutesMax } = LIMITS.followUps;
  return wholeNumberIn(value, minutesMin, minutesMax)
    ? allow
    : deny(ErrorCode.BAD_USER_INPUT, `${what} must be a whole number of minutes between 1 minute and 90 days.`);
}

/**
 * F1-F4, W9, W10, R5: the timer settings an admin sets. Only the fields given are checked
 * (merge an update into the current settings first to check it whole). Each duration is whole
 * minutes from 1 minute to 90 days; follow-ups 0 to 10, high-value customers at least as many as
 * others; the goal warning a whole percent from 1 to 99; the mode one of `FollowUpMode`.
 */
export function checkTimerSettings(settings: Partial<TimerSettings>): RuleResult {
  const { followUpsMax, warningPercentMin, warningPercentMax } = LIMITS.followUps;
  const { maxFollowUps, maxFollowUpsHighValue, goalWarningPercent, followUpMode } = settings;
  return firstDenial(
    checkMinutes(settings.followUpAfterMinutes, 'The time before a follow-up'),
    checkMinutes(settings.complexSeenFollowUpMinutes, 'The time before a follow-up on a complex ticket the customer has seen'),
    checkMinutes(settings.autoCloseAfterMinutes, 'The time before an unanswered ticket closes'),
    maxFollowUps === undefined || wholeNumberIn(maxFollowUps, 0, followUpsMax)
      ? allow
      : deny(ErrorCode.BAD_USER_INPUT, `The number of follow-ups must be a whole number from 0 to ${followUpsMax}.`),
    maxFollowUpsHighValue === undefined || wholeNumberIn(maxFollowUpsHighValue, 0, followUpsMax)
      ? allow
      : deny(
          ErrorCode.BAD_USER_INPUT,
          `The number of follow-ups for high-value customers must be a whole number from 0 to ${followUpsMax}.`,
        ),
    maxFollowUps !== undefined && maxFollowUpsHighValue !== undefined && maxFollowUpsHighValue < maxFollowUps
      ? deny(ErrorCode.BAD_USER_INPUT, `High-value customers get at least as many follow-ups as other customers (${maxFollowUps}).`)
      : allow,
    goalWarningPercent === undefined || wholeNumberIn(goalWarningPercent, warningPercentMin, warningPercentMax)
      ? allow
      : deny(
          ErrorCode.BAD_USER_INPUT,
          `The first-response goal warning must be a whole percentage from ${warningPercentMin} to ${warningPercentMax}.`,
        ),
    followUpMode === undefined || Object.values<string>(FollowUpMode).includes(followUpMode)
      ? allow
      : deny(ErrorCode.BAD_USER_INPUT, 'The follow-up mode must be "remind the assignee" or "send automatically".'),
  );
}
