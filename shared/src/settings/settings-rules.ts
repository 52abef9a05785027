import { ErrorCode } from '../common/errors.js';
import { LIMITS } from '../common/limits.js';
import { allow, deny, firstDenial, type RuleResult } from '../common/rule.js';
import type { TonePhrase } from '../tickets/tone.js';
import { Role } from '../users/roles.js';
import { hasRole, type Person } from '../users/user-rules.js';

/** The roles that change the team settings (and see the mail setup and the chat webhook). */
export const TEAM_SETTINGS_ROLES: readonly Role[] = Object.freeze([Role.MANAGER, Role.ADMIN]);

/** Whether someone may change the team settings: support managers and admins. */
export function canChangeTeamSettings(person: Pick<Person, 'roles'>): boolean {
  return hasRole(person, ...TEAM_SETTINGS_ROLES);
}

/** The API's check before a settings change, with the sentence the settings page shows. */
export function checkTeamSettingsEditing(viewer: Pick<Person, 'roles'>): RuleResult {
  return canChangeTeamSettings(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Only managers and admins change team settings.');
}

/** R5: a first-response goal, in whole minutes, between one minute and 30 days. */
export function checkResponseGoal(minutes: number, plan: string): RuleResult {
  return Number.isInteger(minutes) && minutes >= LIMITS.settings.goalMinutesMin && minutes <= LIMITS.settings.goalMinutesMax
    ? allow
    : deny(ErrorCode.BAD_USER_INPUT, `The ${plan} response goal must be between 1 minute and 30 days (720 hours).`);
}

/** F2: the monthly revenue (cents) from which a customer counts as high value. */
export function checkHighValueThreshold(cents: number): RuleResult {
  if (!Number.isInteger(cents) || cents < 0) return deny(ErrorCode.BAD_USER_INPUT, 'The high-value threshold cannot be negative.');
  if (cents > LIMITS.settings.revenueCentsMax) {
    return deny(
      ErrorCode.BAD_USER_INPUT,
      `Keep the high-value threshold under ${Math.floor(LIMITS.settings.revenueCentsMax / 100).toLocaleString('en')}.`,
    );
  }
  return allow;
}

/** V1: every phrase to avoid comes with the wording to use instead. */
export function checkToneGuide(phrases: readonly TonePhrase[]): RuleResult {
  if (phrases.length > LIMITS.settings.tonePhrasesMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `Keep the tone guide to ${LIMITS.settings.tonePhrasesMax} phrases.`);
  }
  return firstDenial(
    ...phrases.map(({ avoid, suggestion }, index) =>
      !avoid.trim() || !suggestion.trim() || avoid.length > LIMITS.settings.avoidMax || suggestion.length > LIMITS.settings.suggestionMax
        ? deny(
            ErrorCode.BAD_USER_INPUT,
            `Phrase ${index + 1}: write the phrase to avoid (up to ${LIMITS.settings.avoidMax} characters) and what to say instead (up to ${LIMITS.settings.suggestionMax}).`,
          )
        : allow,
    ),
  );
}

// A scheme, a host of letters, digits, dots or dashes (optionally :port), then anything but spaces.
const HTTP_URL = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?(\/\S*)?$/i;

/** W8: the team-chat webhook is an http(s) URL; empty turns the chat messages off. */
export function checkWebhookUrl(url: string): RuleResult {
  const text = url.trim();
  if (text === '') return allow;
  if (HTTP_URL.test(text) && text.length <= LIMITS.settings.webhookUrlMax) return allow;
  return deny(ErrorCode.BAD_USER_INPUT, 'The team-chat webhook must be an http(s) URL, such as https://hooks.slack.com/services/…');
}
