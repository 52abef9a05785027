import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../common/rule.js';
import {
  checkSendFollowUp,
  checkTimerSettings,
  DEFAULT_TIMER_SETTINGS,
  describeTimer,
  dueTimers,
  isWaitingForReplyMail,
  nextTimer,
  timerPlan,
  type TimerFacts,
  type TimerPlan,
  type TimerSettings,
} from './timer-rules.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

// The ticket arrives at T0 with a 4 h first-response goal (premium, R5).
const T0 = new Date('2026-11-23T08:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const iso = (date: Date | null) => date?.toISOString() ?? null;

// Unless a row says otherwise, the reply's mail went out as it was written.
const waiting = (extra: Partial<TimerFacts> = {}): TimerFacts => ({
  lastReplyMailedAt: extra.lastReplyAt === undefined ? at(HOUR) : extra.lastReplyAt,
  status: 'PENDING',
  isComplex: false,
  isHighValue: false,
  createdAt: T0,
  firstResponseDueAt: at(4 * HOUR),
  firstResponseAt: at(HOUR),
  lastReplyAt: at(HOUR),
  lastReplySeenAt: null,
  lastCustomerMessageAt: T0,
  followUpsSent: 0,
  ...extra,
});
const unanswered = (extra: Partial<TimerFacts> = {}): TimerFacts =>
  waiting({ status: 'OPEN', firstResponseAt: null, lastReplyAt: null, ...extra });

const settings = DEFAULT_TIMER_SETTINGS;
const plan = (facts: TimerFacts, s: TimerSettings = settings) => {
  const p = timerPlan(facts, s);
  return { followUp: iso(p.followUpDueAt), autoClose: iso(p.autoCloseAt), warning: iso(p.goalWarningAt), missed: iso(p.goalMissedAt) };
};
const code = (result: RuleResult) => (result.ok ? null : result.code);

describe('timerPlan: follow-up and auto-close (F1-F5, W9, W10)', () => {
  const reply = HOUR;
  it.each([
    ['F1: no reply yet, nothing to follow up or close', unanswered({ firstResponseAt: null }), null, null],
    ['F1: reply then silence, follow up 48 h after the reply', waiting(), at(reply + 48 * HOUR), at(reply + 5 * DAY)],
    ['F5: the customer answered after the reply, both are cancelled', waiting({ lastCustomerMessageAt: at(2 * HOUR) }), null, null],
    [
      'F5: a customer message at the same moment as the reply counts as an answer',
      waiting({ lastCustomerMessageAt: at(reply) }),
      null,
      null,
    ],
    [
      'F1: a customer who never wrote (ticket opened by an agent) is still followed up',
      waiting({ lastCustomerMessageAt: null }),
      at(reply + 48 * HOUR),
      at(reply + 5 * DAY),
    ],
    ['W10: a closed ticket has no timers', waiting({ status: 'CLOSED' }), null, null],
    [
      'F1/W10: a ticket reopened by hand after the reply is owed an answer: no follow-up, no close',
      waiting({ status: 'OPEN' }),
      null,
      null,
    ],
    [
      'F2: a customer gets 1 follow-up; after it only the close remains',
      waiting({ lastReplyAt: at(reply + 48 * HOUR), followUpsSent: 1 }),
      null,
      at(reply + 48 * HOUR + 5 * DAY),
    ],
    [
      'F2: a high-value customer gets a 2nd follow-up',
      waiting({ isHighValue: true, followUpsSent: 1 }),
      at(reply + 48 * HOUR),
      at(reply + 5 * DAY),
    ],
    ['F2: a high-value customer gets up to 3 follow-ups', waiting({ isHighValue: true, followUpsSent: 3 }), null, at(reply + 5 * DAY)],
    [
      'W9/F3: complex and seen, follow up 24 h after it was seen (earlier than F1)',
      waiting({ isComplex: true, lastReplySeenAt: at(reply + 2 * HOUR) }),
      at(reply + 26 * HOUR),
      at(reply + 5 * DAY),
    ],
    [
      'W9/F3: complex, seen as the reply went out, 24 h after the reply',
      waiting({ isComplex: true, lastReplySeenAt: at(reply) }),
      at(reply + 24 * HOUR),
      at(reply + 5 * DAY),
    ],
    [
      'W9/F3: complex but seen so late that F1 comes first',
      waiting({ isComplex: true, lastReplySeenAt: at(reply + 30 * HOUR) }),
      at(reply + 48 * HOUR),
      at(reply + 5 * DAY),
    ],
    ['W9/F3: complex but not seen, F1 applies', waiting({ isComplex: true }), at(reply + 48 * HOUR), at(reply + 5 * DAY)],
    [
      'W9/F3: seen, but not complex, F1 applies',
      waiting({ lastReplySeenAt: at(reply + 2 * HOUR) }),
      at(reply + 48 * HOUR),
      at(reply + 5 * DAY),
    ],
    [
      'W9/F3: a sighting of an earlier reply is ignored',
      waiting({ isComplex: true, lastReplyAt: at(10 * HOUR), lastReplySeenAt: at(2 * HOUR) }),
      at(10 * HOUR + 48 * HOUR),
      at(10 * HOUR + 5 * DAY),
    ],
    [
      'W9/F3 with F2: the follow-up limit applies to complex tickets too',
      waiting({ isComplex: true, lastReplySeenAt: at(2 * HOUR), followUpsSent: 1 }),
      null,
      at(reply + 5 * DAY),
    ],
    [
      'W10/F4: close 5 days after the last reply, even if seen',
      waiting({ lastReplySeenAt: at(2 * HOUR) }),
      at(reply + 48 * HOUR),
      at(reply + 5 * DAY),
    ],
    [
      'W10/F4: a follow-up is a reply, so the close moves to 5 days after it',
      waiting({ isHighValue: true, lastReplyAt: at(reply + 48 * HOUR), followUpsSent: 1 }),
      at(reply + 96 * HOUR),
      at(reply + 48 * HOUR + 5 * DAY),
    ],
    [
      'F1/F4: the reply’s mail has not gone out (no SMTP server): neither follow-up nor close runs',
      waiting({ lastReplyMailedAt: null }),
      null,
      null,
    ],
    [
      'F1/F4: the mail went out 10 h after the reply: both count from the sending',
      waiting({ lastReplyMailedAt: at(reply + 10 * HOUR) }),
      at(reply + 58 * HOUR),
      at(reply + 10 * HOUR + 5 * DAY),
    ],
    [
      'W9/F3: complex and seen, but its mail not sent: nothing runs',
      waiting({ isComplex: true, lastReplySeenAt: at(reply + 2 * HOUR), lastReplyMailedAt: null }),
      null,
      null,
    ],
    [
      'W9/F3: complex, mail sent late and seen at once: 24 h after it was seen',
      waiting({ isComplex: true, lastReplyMailedAt: at(reply + 10 * HOUR), lastReplySeenAt: at(reply + 10 * HOUR) }),
      at(reply + 34 * HOUR),
      at(reply + 10 * HOUR + 5 * DAY),
    ],
    [
      'F5: the customer wrote after the reply but before its mail went out: nothing runs',
      waiting({ lastReplyMailedAt: at(reply + 10 * HOUR), lastCustomerMessageAt: at(reply + HOUR) }),
      null,
      null,
    ],
    [
      'F2: a follow-up whose mail has not gone out starts no close',
      waiting({ lastReplyAt: at(reply + 48 * HOUR), followUpsSent: 1, lastReplyMailedAt: null }),
      null,
      null,
    ],
  ])('%s', (_, facts, followUp, autoClose) => {
    const p = plan(facts);
    expect({ followUp: p.followUp, autoClose: p.autoClose }).toEqual({ followUp: iso(followUp), autoClose: iso(autoClose) });
  });

  it.each([
    ['F1: the follow-up delay is a setting', { followUpAfterMinutes: 60 }, {}, at(HOUR + HOUR)],
    ['F2: no follow-ups at all when the limit is 0', { maxFollowUps: 0 }, {}, null],
    [
      'W9/F3: the complex delay is a setting',
      { complexSeenFollowUpMinutes: 30 },
      { isComplex: true, lastReplySeenAt: at(2 * HOUR) },
      at(2 * HOUR + 30 * MIN),
    ],
  ])('%s', (_, changed, facts, followUp) => {
    expect(plan(waiting(facts), { ...settings, ...changed }).followUp).toBe(iso(followUp));
  });

  it('W10/F4: the auto-close delay is a setting', () => {
    expect(plan(waiting(), { ...settings, autoCloseAfterMinutes: 60 }).autoClose).toBe(iso(at(2 * HOUR)));
  });

  it('does not change the facts it is given', () => {
    const facts = waiting({ isComplex: true, lastReplySeenAt: at(2 * HOUR) });
    const before = JSON.stringify(facts);
    timerPlan(facts, settings).followUpDueAt?.setTime(0);
    expect(JSON.stringify(facts)).toBe(before);
  });
});

describe('isWaitingForReplyMail (F1/F4)', () => {
  it.each([
    ['the reply’s mail went out', waiting(), false],
    ['the reply’s mail has not gone out', waiting({ lastReplyMailedAt: null }), true],
    ['no reply yet', unanswered(), false],
    ['the customer answered meanwhile', waiting({ lastReplyMailedAt: null, lastCustomerMessageAt: at(2 * HOUR) }), false],
    ['the ticket is closed', waiting({ lastReplyMailedAt: null, status: 'CLOSED' }), false],
  ])('%s', (_, facts, expected) => {
    expect(isWaitingForReplyMail(facts)).toBe(expected);
  });
});

describe('checkSendFollowUp (F1/F2)', () => {
  const due = { isHighValue: false, followUpsSent: 0, followUpDueAt: at(49 * HOUR), waitsForMail: false };
  it.each([
    ['F1: the follow-up is due', due, at(49 * HOUR), null],
    ['F1: overdue is due too', due, at(60 * HOUR), null],
    ['F1: not due yet', due, at(48 * HOUR), 'FOLLOW_UP_NOT_DUE'],
    [
      'F1: none planned (the customer answered, or the ticket is closed)',
      { ...due, followUpDueAt: null },
      at(60 * HOUR),
      'FOLLOW_UP_NOT_DUE',
    ],
    ['F1: the reply’s mail has not gone out', { ...due, followUpDueAt: null, waitsForMail: true }, at(60 * HOUR), 'FOLLOW_UP_NOT_DUE'],
    ['F2: the one follow-up was sent', { ...due, followUpsSent: 1, followUpDueAt: null }, at(60 * HOUR), 'FOLLOW_UP_LIMIT_REACHED'],
    ['F2: a high-value customer gets a 2nd', { ...due, isHighValue: true, followUpsSent: 1 }, at(60 * HOUR), null],
    [
      'F2: a high-value customer had all 3',
      { ...due, isHighValue: true, followUpsSent: 3, followUpDueAt: null },
      at(60 * HOUR),
      'FOLLOW_UP_LIMIT_REACHED',
    ],
    [
      'F2: no follow-ups at all when the limit is 0',
      { ...due, followUpDueAt: null },
      at(60 * HOUR),
      'FOLLOW_UP_LIMIT_REACHED',
      { maxFollowUps: 0 },
    ],
  ] as [string, Parameters<typeof checkSendFollowUp>[0], Date, string | null, Partial<TimerSettings>?][])(
    '%s',
    (_, facts, now, expected, changed = {}) => {
      expect(code(checkSendFollowUp(facts, { ...settings, ...changed }, now))).toBe(expected);
    },
  );

  it('says why in plain words', () => {
    const notSent = checkSendFollowUp({ ...due, followUpDueAt: null, waitsForMail: true }, settings, at(60 * HOUR));
    expect(notSent.ok ? '' : notSent.message).toMatch(/mail has not gone out yet/);
    const early = checkSendFollowUp(due, settings, at(HOUR));
    expect(early.ok ? '' : early.message).toBe('No follow-up is due yet: follow-up due in 2 d.');
    const limit = checkSendFollowUp({ ...due, followUpsSent: 1 }, settings, at(60 * HOUR));
    expect(limit.ok ? '' : limit.message).toMatch(/had their follow-up since they last wrote/);
  });
});

describe('timerPlan: first-response goal (R5)', () => {
  it.each([
    [
      'R5: a 4 h goal warns at 80 % (3 h 12 min) and is missed at 4 h',
      unanswered(),
      { warning: at(3 * HOUR + 12 * MIN), missed: at(4 * HOUR) },
    ],
    [
      'R5: a 24 h goal warns after 19 h 12 min',
      unanswered({ firstResponseDueAt: at(DAY) }),
      { warning: at(19 * HOUR + 12 * MIN), missed: at(DAY) },
    ],
    ['R5: no goal timers after the first response', waiting(), { warning: null, missed: null }],
    [
      'R5: a late first response still ends the goal timers',
      waiting({ firstResponseAt: at(5 * HOUR), lastReplyAt: at(5 * HOUR) }),
      { warning: null, missed: null },
    ],
    ['R5: no goal timers on a closed ticket', unanswered({ status: 'CLOSED' }), { warning: null, missed: null }],
    [
      'R5: a goal due before the ticket was created warns at once',
      unanswered({ firstResponseDueAt: at(-HOUR) }),
      { warning: T0, missed: at(-HOUR) },
    ],
  ])('%s', (_, facts, expected) => {
    const p = plan(facts);
    expect({ warning: p.warning, missed: p.missed }).toEqual({ warning: iso(expected.warning), missed: iso(expected.missed) });
  });

  it('R5: the warning share is a setting', () => {
    expect(plan(unanswered(), { ...settings, goalWarningPercent: 50 }).warning).toBe(iso(at(2 * HOUR)));
  });
});

describe('dueTimers', () => {
  const none: TimerPlan = { followUpDueAt: null, autoCloseAt: null, goalWarningAt: null, goalMissedAt: null };
  const goal: TimerPlan = { ...none, goalWarningAt: at(3 * HOUR + 12 * MIN), goalMissedAt: at(4 * HOUR) };
  const silence: TimerPlan = { ...none, followUpDueAt: at(49 * HOUR), autoCloseAt: at(HOUR + 5 * DAY) };

  it.each([
    ['nothing planned', none, at(100 * DAY), []],
    ['R5: before the warning', goal, at(3 * HOUR), []],
    ['R5: the warning is due at its exact moment', goal, at(3 * HOUR + 12 * MIN), ['GOAL_WARNING']],
    ['R5: the goal is missed', goal, at(4 * HOUR), ['GOAL_MISSED']],
    ['R5: after downtime, a missed goal replaces the warning', goal, at(6 * HOUR), ['GOAL_MISSED']],
    ['F1: before the follow-up', silence, at(48 * HOUR), []],
    ['F1: the follow-up is due', silence, at(49 * HOUR), ['FOLLOW_UP']],
    ['W10: the close replaces a follow-up still due (no nudge right before closing)', silence, at(HOUR + 5 * DAY), ['AUTO_CLOSE']],
    ['W10: the close alone once F2 stops follow-ups', { ...silence, followUpDueAt: null }, at(6 * DAY), ['AUTO_CLOSE']],
    [
      'timers of both kinds run oldest first',
      { ...none, goalWarningAt: at(HOUR), followUpDueAt: at(2 * HOUR) },
      at(3 * HOUR),
      ['GOAL_WARNING', 'FOLLOW_UP'],
    ],
    [
      'timers due at the same moment run goal first, then follow-up',
      { ...none, goalMissedAt: at(HOUR), followUpDueAt: at(HOUR) },
      at(HOUR),
      ['GOAL_MISSED', 'FOLLOW_UP'],
    ],
  ])('%s', (_, p, now, expected) => {
    expect(dueTimers(p, now)).toEqual(expected);
  });
});

describe('nextTimer', () => {
  const goal: TimerPlan = { followUpDueAt: null, autoCloseAt: null, goalWarningAt: at(3 * HOUR + 12 * MIN), goalMissedAt: at(4 * HOUR) };
  const silence: TimerPlan = { followUpDueAt: at(49 * HOUR), autoCloseAt: at(HOUR + 5 * DAY), goalWarningAt: null, goalMissedAt: null };

  it.each([
    ['nothing planned', { ...silence, followUpDueAt: null, autoCloseAt: null }, T0, null],
    ['R5: the warning comes first', goal, T0, { kind: 'GOAL_WARNING', at: at(3 * HOUR + 12 * MIN) }],
    ['R5: a timer due right now is no longer ahead', goal, at(3 * HOUR + 12 * MIN), { kind: 'GOAL_MISSED', at: at(4 * HOUR) }],
    ['R5: nothing ahead once the goal is missed', goal, at(4 * HOUR), null],
    ['F1: the follow-up comes before the close', silence, at(2 * HOUR), { kind: 'FOLLOW_UP', at: at(49 * HOUR) }],
    ['W10: once the follow-up is due, the close is next', silence, at(50 * HOUR), { kind: 'AUTO_CLOSE', at: at(HOUR + 5 * DAY) }],
  ])('%s', (_, p, now, expected) => {
    expect(nextTimer(p, now)).toEqual(expected);
  });

  it('counts down to the close after the last follow-up (F2, W10)', () => {
    const facts = waiting({ lastReplyAt: at(49 * HOUR), followUpsSent: 1 });
    expect(nextTimer(timerPlan(facts, settings), at(50 * HOUR))).toEqual({ kind: 'AUTO_CLOSE', at: at(49 * HOUR + 5 * DAY) });
  });
});

describe('describeTimer', () => {
  const now = T0;
  it.each([
    ['F1 ahead', 'FOLLOW_UP', at(23 * HOUR), 'follow-up due in 23 h'],
    ['F1 overdue', 'FOLLOW_UP', at(-2 * HOUR), 'follow-up overdue by 2 h'],
    ['F1 due this minute', 'FOLLOW_UP', now, 'follow-up due now'],
    ['W10 ahead', 'AUTO_CLOSE', at(4 * DAY), 'closes in 4 d'],
    ['W10 ahead in days and hours', 'AUTO_CLOSE', at(4 * DAY + 3 * HOUR + 59 * MIN), 'closes in 4 d 3 h'],
    ['W10 overdue', 'AUTO_CLOSE', at(-90 * MIN), 'close overdue by 1 h 30 min'],
    ['R5 goal ahead', 'GOAL_MISSED', at(HOUR + 20 * MIN), 'first-response goal in 1 h 20 min'],
    ['R5 goal missed', 'GOAL_MISSED', at(-10 * MIN), 'first-response goal missed by 10 min'],
    ['R5 warning ahead', 'GOAL_WARNING', at(3 * HOUR + 12 * MIN), 'first-response goal warning in 3 h 12 min'],
    ['R5 warning passed', 'GOAL_WARNING', at(-48 * MIN), 'first-response goal warning 48 min ago'],
    ['under a minute ahead', 'FOLLOW_UP', at(59_999), 'follow-up due in less than a minute'],
    ['rounds down to the minute', 'FOLLOW_UP', at(HOUR + 59 * MIN + 59_999), 'follow-up due in 1 h 59 min'],
    ['drops a zero second unit', 'FOLLOW_UP', at(2 * DAY + 30 * MIN), 'follow-up due in 2 d'],
  ] as const)('%s: "%s"', (_, kind, when, expected) => {
    expect(describeTimer(kind, when, now)).toBe(expected);
  });
});

describe('checkTimerSettings', () => {
  const ninetyDays = 90 * 24 * 60;
  it.each([
    ['the defaults', DEFAULT_TIMER_SETTINGS, null],
    ['an empty update', {}, null],
    ['F1: 1 minute is the shortest follow-up delay', { followUpAfterMinutes: 1 }, null],
    ['F1: 0 minutes is too short', { followUpAfterMinutes: 0 }, 'BAD_USER_INPUT'],
    ['F1: 90 days is the longest', { followUpAfterMinutes: ninetyDays }, null],
    ['F1: a minute over 90 days is too long', { followUpAfterMinutes: ninetyDays + 1 }, 'BAD_USER_INPUT'],
    ['F1: whole minutes only', { followUpAfterMinutes: 1.5 }, 'BAD_USER_INPUT'],
    ['F1: not a number', { followUpAfterMinutes: Number.NaN }, 'BAD_USER_INPUT'],
    ['W9/F3: 0 minutes is too short', { complexSeenFollowUpMinutes: 0 }, 'BAD_USER_INPUT'],
    ['W9/F3: 90 days is the longest', { complexSeenFollowUpMinutes: ninetyDays }, null],
    ['W10/F4: a minute over 90 days is too long', { autoCloseAfterMinutes: ninetyDays + 1 }, 'BAD_USER_INPUT'],
    ['W10/F4: 1 minute is the shortest', { autoCloseAfterMinutes: 1 }, null],
    ['F2: no follow-ups at all', { maxFollowUps: 0, maxFollowUpsHighValue: 0 }, null],
    ['F2: at most 10 follow-ups', { maxFollowUps: 10, maxFollowUpsHighValue: 10 }, null],
    ['F2: 11 follow-ups are too many', { maxFollowUps: 11 }, 'BAD_USER_INPUT'],
    ['F2: not negative', { maxFollowUps: -1 }, 'BAD_USER_INPUT'],
    ['F2: high value at most 10', { maxFollowUpsHighValue: 11 }, 'BAD_USER_INPUT'],
    ['F2: high value may equal the others', { maxFollowUps: 2, maxFollowUpsHighValue: 2 }, null],
    ['F2: high value never fewer than the others', { maxFollowUps: 2, maxFollowUpsHighValue: 1 }, 'BAD_USER_INPUT'],
    ['F2: whole follow-ups only', { maxFollowUpsHighValue: 2.5 }, 'BAD_USER_INPUT'],
    ['R5: warn at 1 %', { goalWarningPercent: 1 }, null],
    ['R5: warn at 99 %', { goalWarningPercent: 99 }, null],
    ['R5: 0 % is too early', { goalWarningPercent: 0 }, 'BAD_USER_INPUT'],
    ['R5: 100 % is the goal itself', { goalWarningPercent: 100 }, 'BAD_USER_INPUT'],
    ['R5: whole percent only', { goalWarningPercent: 80.5 }, 'BAD_USER_INPUT'],
    ['F1: send automatically', { followUpMode: 'AUTO' }, null],
    ['F1: an unknown mode', { followUpMode: 'LATER' }, 'BAD_USER_INPUT'],
  ] as [string, Partial<TimerSettings>, string | null][])('%s', (_, s, expected) => {
    expect(code(checkTimerSettings(s))).toBe(expected);
  });

  it.each([
    [{ followUpAfterMinutes: 0 }, /time before a follow-up .*1 minute and 90 days/],
    [{ complexSeenFollowUpMinutes: 0 }, /complex ticket the customer has seen/],
    [{ autoCloseAfterMinutes: 0 }, /unanswered ticket closes/],
    [{ maxFollowUps: 11 }, /number of follow-ups must be a whole number from 0 to 10/],
    [{ maxFollowUpsHighValue: 11 }, /follow-ups for high-value customers/],
    [{ maxFollowUps: 3, maxFollowUpsHighValue: 1 }, /High-value customers get at least as many follow-ups as other customers \(3\)/],
    [{ goalWarningPercent: 0 }, /goal warning must be a whole percentage from 1 to 99/],
    [{ followUpMode: 'LATER' as 'AUTO' }, /follow-up mode/],
  ])('names the field in plain words: %o', (s, message) => {
    const result = checkTimerSettings(s);
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});
