import {
  canonicalTimeZone,
  checkFeatureReportSettings,
  checkHighValueThreshold,
  checkReplyBody,
  checkResponseGoal,
  checkTimerSettings,
  checkToneGuide,
  checkWebhookUrl,
  reasonOf,
  type FollowUpMode,
  type TimerSettings,
} from '@tandem/shared';
import type { TeamSettingsForm_SettingsFragment, UpdateTeamSettingsInput } from '../../gql/graphql';

export interface ToneRow {
  /** Stable React key while rows are added and removed. */
  key: number;
  avoid: string;
  suggestion: string;
}

/** What the inputs hold: text as typed, so a half-typed number is not lost or reformatted. */
export interface SettingsForm {
  premiumHours: string;
  freeHours: string;
  threshold: string;
  reviewNovelReplies: boolean;
  webhookUrl: string;
  /** E2: where each new bug is posted. */
  engineeringWebhookUrl: string;
  tone: ToneRow[];
  /** F1, in hours. */
  followUpHours: string;
  /** W9/F3, in hours. */
  complexSeenHours: string;
  /** W10/F4, in days. */
  closeDays: string;
  /** F2 */
  maxFollowUps: string;
  maxFollowUpsHighValue: string;
  /** R5, percent. */
  goalWarningPercent: string;
  followUpMode: FollowUpMode;
  /** F1: the saved reply a follow-up sends; '' for none. */
  followUpSavedReplyId: string;
  /** W10/F4: '' for no closing mail. */
  closingMessage: string;
  /** The team's IANA time zone: the FR3 schedule counts in it. */
  timeZone: string;
  /** FR3: day of the month, months between reports, requests per report. */
  reportDay: string;
  reportIntervalMonths: string;
  reportSize: string;
}

type TimerNumberField = Exclude<keyof TimerSettings, 'followUpMode'>;
type TimerFormField = 'followUpHours' | 'complexSeenHours' | 'closeDays' | 'maxFollowUps' | 'maxFollowUpsHighValue' | 'goalWarningPercent';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * 60;

/**
 * The numeric timer settings: which input holds each, how many API units (minutes) one unit typed
 * is worth (1 for counts and percentages, which go as typed), and what to say when it is empty.
 */
const TIMER_INPUTS: readonly { field: TimerNumberField; input: TimerFormField; factor: number; missing: string }[] = [
  {
    field: 'followUpAfterMinutes',
    input: 'followUpHours',
    factor: MINUTES_PER_HOUR,
    missing: 'Enter the time before a follow-up, in hours.',
  },
  {
    field: 'complexSeenFollowUpMinutes',
    input: 'complexSeenHours',
    factor: MINUTES_PER_HOUR,
    missing: 'Enter the time before a follow-up on a complex ticket the customer has seen, in hours.',
  },
  {
    field: 'autoCloseAfterMinutes',
    input: 'closeDays',
    factor: MINUTES_PER_DAY,
    missing: 'Enter the days of silence before a ticket closes.',
  },
  { field: 'maxFollowUps', input: 'maxFollowUps', factor: 1, missing: 'Enter the number of follow-ups.' },
  {
    field: 'maxFollowUpsHighValue',
    input: 'maxFollowUpsHighValue',
    factor: 1,
    missing: 'Enter the number of follow-ups for high-value customers.',
  },
  {
    field: 'goalWarningPercent',
    input: 'goalWarningPercent',
    factor: 1,
    missing: 'Enter the first-response goal warning as a percentage.',
  },
];

let nextKey = 0;
export function newToneRow(avoid = '', suggestion = ''): ToneRow {
  nextKey += 1;
  return { key: nextKey, avoid, suggestion };
}

function hoursText(minutes: number): string {
  return String(Number((minutes / 60).toFixed(2)));
}

// Four decimals: a saved number of minutes comes back to the same minute (a day is 1440 of them).
function daysText(minutes: number): string {
  return String(Number((minutes / MINUTES_PER_DAY).toFixed(4)));
}

function currencyText(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

function parseNumber(text: string): number | null {
  const value = text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(value) ? value : null;
}

export function toForm(settings: TeamSettingsForm_SettingsFragment): SettingsForm {
  return {
    premiumHours: hoursText(settings.firstResponseMinutesPremium),
    freeHours: hoursText(settings.firstResponseMinutesFree),
    threshold: currencyText(settings.highValueRevenueCents),
    reviewNovelReplies: settings.reviewNovelReplies,
    webhookUrl: settings.teamChatWebhookUrl ?? '',
    engineeringWebhookUrl: settings.engineeringChatWebhookUrl ?? '',
    tone: settings.toneGuide.map((p) => newToneRow(p.avoid, p.suggestion)),
    followUpHours: hoursText(settings.followUpAfterMinutes),
    complexSeenHours: hoursText(settings.complexSeenFollowUpMinutes),
    closeDays: daysText(settings.autoCloseAfterMinutes),
    maxFollowUps: String(settings.maxFollowUps),
    maxFollowUpsHighValue: String(settings.maxFollowUpsHighValue),
    goalWarningPercent: String(settings.goalWarningPercent),
    followUpMode: settings.followUpMode,
    followUpSavedReplyId: settings.followUpSavedReplyId ?? '',
    closingMessage: settings.closingMessage ?? '',
    timeZone: settings.timeZone,
    reportDay: String(settings.featureReportDay),
    reportIntervalMonths: String(settings.featureReportIntervalMonths),
    reportSize: String(settings.featureReportSize),
  };
}

/** A timer input in the API's units (whole minutes for durations); null when it is not a number. */
function timerValue(form: SettingsForm, input: (typeof TIMER_INPUTS)[number]): number | null {
  const value = parseNumber(form[input.input]);
  if (value === null) return null;
  return input.factor === 1 ? value : Math.round(value * input.factor);
}

function savedTimerSettings(saved: TeamSettingsForm_SettingsFragment): TimerSettings {
  const {
    followUpAfterMinutes,
    complexSeenFollowUpMinutes,
    autoCloseAfterMinutes,
    maxFollowUps,
    maxFollowUpsHighValue,
    goalWarningPercent,
    followUpMode,
  } = saved;
  return {
    followUpAfterMinutes,
    complexSeenFollowUpMinutes,
    autoCloseAfterMinutes,
    maxFollowUps,
    maxFollowUpsHighValue,
    goalWarningPercent,
    followUpMode,
  };
}

/**
 * The timer settings as they would be saved: the saved ones, with what the form holds where it
 * holds a number (an empty input keeps the saved value here; `formProblems` reports it).
 */
export function mergedTimerSettings(form: SettingsForm, saved: TeamSettingsForm_SettingsFragment): TimerSettings {
  const merged: TimerSettings = { ...savedTimerSettings(saved), followUpMode: form.followUpMode };
  for (const input of TIMER_INPUTS) {
    const value = timerValue(form, input);
    if (value !== null) merged[input.field] = value;
  }
  return merged;
}

/** The merged timer settings when they would save, else the saved ones: for text that quotes them. */
export function shownTimerSettings(form: SettingsForm, saved: TeamSettingsForm_SettingsFragment): TimerSettings {
  const merged = mergedTimerSettings(form, saved);
  return checkTimerSettings(merged).ok ? merged : savedTimerSettings(saved);
}

/** F1-F4, W9, W10, R5: one sentence per field that is wrong, then what is wrong between them (F2). */
function timerProblems(form: SettingsForm, saved: TeamSettingsForm_SettingsFragment): string[] {
  const problems = TIMER_INPUTS.map((input) => {
    const value = timerValue(form, input);
    return value === null ? input.missing : reasonOf(checkTimerSettings({ [input.field]: value }));
  });
  problems.push(reasonOf(checkTimerSettings(mergedTimerSettings(form, saved))));
  return [...new Set(problems.filter((p): p is string => p !== null))];
}

/** W10/F4 + W7: the closing mail is a reply like any other, so it ends with a question; empty sends none. */
export function closingMessageProblem(text: string): string | null {
  return text.trim() ? reasonOf(checkReplyBody(text.trim())) : null;
}

function goalProblem(text: string, plan: string): string | null {
  const hours = parseNumber(text);
  if (hours === null) return `Enter the ${plan} goal in hours.`;
  return reasonOf(checkResponseGoal(Math.round(hours * 60), plan));
}

/** E2: the team chat's rule (checkWebhookUrl), worded for this field so the two are told apart. */
function engineeringWebhookProblem(url: string): string | null {
  return checkWebhookUrl(url).ok
    ? null
    : 'The engineering chat webhook must be an http(s) URL, such as https://hooks.slack.com/services/….';
}

/** FR3: the report schedule as typed, when each input holds a whole number (else null: `formProblems` says which). */
export function reportSchedule(form: SettingsForm): { dayOfMonth: number; intervalMonths: number; size: number } | null {
  const [dayOfMonth, intervalMonths, size] = [form.reportDay, form.reportIntervalMonths, form.reportSize].map(parseNumber);
  if (dayOfMonth === null || intervalMonths === null || size === null) return null;
  return { dayOfMonth, intervalMonths, size };
}

/** FR3: what the shared rule refuses of the schedule (empty inputs named first), and a zone the API would not take. */
function reportProblems(form: SettingsForm): (string | null)[] {
  const schedule = reportSchedule(form);
  return [
    canonicalTimeZone(form.timeZone) ? null : 'Choose the team’s time zone.',
    parseNumber(form.reportDay) === null ? 'Enter the day of the month the report is compiled.' : null,
    parseNumber(form.reportIntervalMonths) === null ? 'Enter how many months lie between two reports.' : null,
    parseNumber(form.reportSize) === null ? 'Enter how many requests a report lists.' : null,
    schedule ? reasonOf(checkFeatureReportSettings(schedule)) : null,
  ];
}

/** Everything that stops the form from saving, in the order of the fields, worded as the API words it. */
export function formProblems(form: SettingsForm, saved: TeamSettingsForm_SettingsFragment): string[] {
  const threshold = parseNumber(form.threshold);
  return [
    goalProblem(form.premiumHours, 'premium'),
    goalProblem(form.freeHours, 'free'),
    threshold === null ? 'Enter the high-value threshold.' : reasonOf(checkHighValueThreshold(Math.round(threshold * 100))),
    ...timerProblems(form, saved),
    closingMessageProblem(form.closingMessage),
    reasonOf(checkWebhookUrl(form.webhookUrl)),
    engineeringWebhookProblem(form.engineeringWebhookUrl),
    reasonOf(checkToneGuide(form.tone)),
    ...reportProblems(form),
  ].filter((p): p is string => p !== null);
}

/**
 * Only what differs from the saved settings, in the API's units (minutes, cents). Fields that do
 * not parse count as changed; `formProblems` stops them from being sent.
 */
export function changedFields(form: SettingsForm, saved: TeamSettingsForm_SettingsFragment): Omit<UpdateTeamSettingsInput, 'version'> {
  const changes: Omit<UpdateTeamSettingsInput, 'version'> = {};
  const premium = parseNumber(form.premiumHours);
  const free = parseNumber(form.freeHours);
  const threshold = parseNumber(form.threshold);
  const minutes = (hours: number | null) => (hours === null ? NaN : Math.round(hours * 60));
  if (minutes(premium) !== saved.firstResponseMinutesPremium) changes.firstResponseMinutesPremium = minutes(premium);
  if (minutes(free) !== saved.firstResponseMinutesFree) changes.firstResponseMinutesFree = minutes(free);
  const cents = threshold === null ? NaN : Math.round(threshold * 100);
  if (cents !== saved.highValueRevenueCents) changes.highValueRevenueCents = cents;
  if (form.reviewNovelReplies !== saved.reviewNovelReplies) changes.reviewNovelReplies = form.reviewNovelReplies;
  // Empty turns the chat messages off: the API clears the URL on null.
  const webhook = form.webhookUrl.trim() || null;
  if (webhook !== saved.teamChatWebhookUrl) changes.teamChatWebhookUrl = webhook;
  const engineeringWebhook = form.engineeringWebhookUrl.trim() || null;
  if (engineeringWebhook !== saved.engineeringChatWebhookUrl) changes.engineeringChatWebhookUrl = engineeringWebhook;
  const tone = form.tone.map((row) => ({ avoid: row.avoid.trim(), suggestion: row.suggestion.trim() }));
  const savedTone = saved.toneGuide.map(({ avoid, suggestion }) => ({ avoid, suggestion }));
  if (JSON.stringify(tone) !== JSON.stringify(savedTone)) changes.toneGuide = tone;
  for (const input of TIMER_INPUTS) {
    const value = timerValue(form, input) ?? NaN;
    if (value !== saved[input.field]) changes[input.field] = value;
  }
  if (form.followUpMode !== saved.followUpMode) changes.followUpMode = form.followUpMode;
  // Empty clears it: follow-ups then only remind, and the one-click follow-up asks for a saved reply.
  const savedReplyId = form.followUpSavedReplyId || null;
  if (savedReplyId !== saved.followUpSavedReplyId) changes.followUpSavedReplyId = savedReplyId;
  // Empty turns the closing mail off (the API stores it trimmed).
  const closing = form.closingMessage.trim();
  if (closing !== (saved.closingMessage ?? '')) changes.closingMessage = closing;
  if (form.timeZone !== saved.timeZone) changes.timeZone = form.timeZone;
  const schedule = reportSchedule(form);
  const day = schedule?.dayOfMonth ?? NaN;
  const interval = schedule?.intervalMonths ?? NaN;
  const size = schedule?.size ?? NaN;
  if (day !== saved.featureReportDay) changes.featureReportDay = day;
  if (interval !== saved.featureReportIntervalMonths) changes.featureReportIntervalMonths = interval;
  if (size !== saved.featureReportSize) changes.featureReportSize = size;
  return changes;
}
