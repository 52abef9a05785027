import { checkHighValueThreshold, checkResponseGoal, checkToneGuide, checkWebhookUrl, reasonOf } from '@tandem/shared';
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
  tone: ToneRow[];
}

let nextKey = 0;
export function newToneRow(avoid = '', suggestion = ''): ToneRow {
  nextKey += 1;
  return { key: nextKey, avoid, suggestion };
}

function hoursText(minutes: number): string {
  return String(Number((minutes / 60).toFixed(2)));
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
    tone: settings.toneGuide.map((p) => newToneRow(p.avoid, p.suggestion)),
  };
}

function goalProblem(text: string, plan: string): string | null {
  const hours = parseNumber(text);
  if (hours === null) return `Enter the ${plan} goal in hours.`;
  return reasonOf(checkResponseGoal(Math.round(hours * 60), plan));
}

/** Everything that stops the form from saving, in the order of the fields, worded as the API words it. */
export function formProblems(form: SettingsForm): string[] {
  const threshold = parseNumber(form.threshold);
  return [
    goalProblem(form.premiumHours, 'premium'),
    goalProblem(form.freeHours, 'free'),
    threshold === null ? 'Enter the high-value threshold.' : reasonOf(checkHighValueThreshold(Math.round(threshold * 100))),
    reasonOf(checkWebhookUrl(form.webhookUrl)),
    reasonOf(checkToneGuide(form.tone)),
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
  const tone = form.tone.map((row) => ({ avoid: row.avoid.trim(), suggestion: row.suggestion.trim() }));
  const savedTone = saved.toneGuide.map(({ avoid, suggestion }) => ({ avoid, suggestion }));
  if (JSON.stringify(tone) !== JSON.stringify(savedTone)) changes.toneGuide = tone;
  return changes;
}
