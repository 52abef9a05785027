import { ErrorCode } from '../common/errors.js';
import { allow, deny, firstDenial, type RuleResult } from '../common/rule.js';
import { Role } from '../users/roles.js';
import { hasRole, type Person } from '../users/user-rules.js';
import type { SavedReplyStatus } from './enums.js';
import { unknownPlaceholders } from './placeholders.js';
import { LIMITS } from '../common/limits.js';

/** S1: a saved reply's title and body can be saved (lengths, and no placeholder that does not exist). */
export function checkSavedReplyText(title: string, body: string): RuleResult {
  if (!title.trim()) return deny(ErrorCode.BAD_USER_INPUT, 'Give the saved reply a title.');
  if (title.length > LIMITS.savedReply.titleMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `Keep the title under ${LIMITS.savedReply.titleMax} characters.`);
  }
  if (!body.trim()) return deny(ErrorCode.BAD_USER_INPUT, 'Write the text of the saved reply.');
  if (body.length > LIMITS.savedReply.bodyMax) return deny(ErrorCode.BAD_USER_INPUT, 'The saved reply is too long.');
  const unknown = unknownPlaceholders(body);
  if (unknown.length > 0) {
    return deny(
      ErrorCode.UNKNOWN_PLACEHOLDER,
      `There is no placeholder ${unknown.map((p) => `{{${p}}}`).join(', ')}. Use one from the list, such as {{customer.firstName}}.`,
    );
  }
  return allow;
}

/** Support managers curate the library; everyone else suggests through drafts (S2, T3). */
export function checkSavedReplyEditing(viewer: Person): RuleResult {
  return hasRole(viewer, Role.MANAGER)
    ? allow
    : deny(ErrorCode.FORBIDDEN, 'Only support managers edit the saved-reply library; suggest a reply from a draft instead.');
}

export interface SuggestionFacts {
  status: SavedReplyStatus;
  suggestedById: string | null;
  /** The trainer of the person who suggested it, if they are a trainee. */
  suggesterTrainerId: string | null;
}

/** T3/S2: a suggestion waits for a manager's decision, or the suggesting trainee's trainer's. */
export function checkSuggestionDecision(viewer: Person, suggestion: SuggestionFacts): RuleResult {
  return firstDenial(
    suggestion.status === 'SUGGESTED'
      ? allow
      : deny(ErrorCode.BAD_USER_INPUT, 'This saved reply is not a suggestion waiting for a decision.'),
    hasRole(viewer, Role.MANAGER) || (suggestion.suggesterTrainerId !== null && suggestion.suggesterTrainerId === viewer.id)
      ? allow
      : deny(ErrorCode.FORBIDDEN, 'Only a support manager, or the trainer of the person who suggested it, decides.'),
    viewer.id === suggestion.suggestedById && !hasRole(viewer, Role.MANAGER)
      ? deny(ErrorCode.FORBIDDEN, 'Someone else decides on your own suggestion.')
      : allow,
  );
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * W3/W6: a reply still "starts from" a saved reply while it keeps the saved reply's own words
 * (the start of its longest stretch of text between placeholders). A reply rewritten from scratch
 * is novel, whatever saved reply was once inserted.
 */
export function keepsSavedReplyText(reply: string, savedReplyBody: string): boolean {
  const longest = savedReplyBody
    .split(/\{\{[^{}]*\}\}/)
    .map(normalized)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest === '' || normalized(reply).includes(longest.slice(0, 60));
}
