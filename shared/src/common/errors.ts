import { COMMON_ERRORS } from './common-errors.js';
import { DRAFT_ERRORS } from '../drafts/errors.js';
import { ESCALATION_ERRORS } from '../escalations/errors.js';
import { FEATURE_REQUEST_ERRORS } from '../feature-requests/errors.js';
import { FOLLOW_UP_ERRORS } from '../follow-ups/errors.js';
import { TICKET_ERRORS } from '../tickets/errors.js';
import { TRAINING_ERRORS } from '../training/errors.js';
import { USER_ERRORS } from '../users/errors.js';

/**
 * Every error code the API can return in `extensions.code`, with the sentence a person reads:
 * each feature keeps its own in `shared/src/<feature>/errors.ts`, composed here into one union.
 * The server throws `DomainError(code, message)`; the client maps codes it gets to these sentences
 * when the server's own message is not meant for people.
 */
export const FEATURE_ERRORS = [
  COMMON_ERRORS,
  USER_ERRORS,
  TICKET_ERRORS,
  DRAFT_ERRORS,
  FOLLOW_UP_ERRORS,
  ESCALATION_ERRORS,
  FEATURE_REQUEST_ERRORS,
  TRAINING_ERRORS,
] as const;

const ALL_ERRORS = Object.assign({}, ...FEATURE_ERRORS) as typeof COMMON_ERRORS &
  typeof USER_ERRORS &
  typeof TICKET_ERRORS &
  typeof DRAFT_ERRORS &
  typeof FOLLOW_UP_ERRORS &
  typeof ESCALATION_ERRORS &
  typeof FEATURE_REQUEST_ERRORS &
  typeof TRAINING_ERRORS;

export type ErrorCode = keyof typeof ALL_ERRORS;

/** `ErrorCode.TICKET_CLOSED === 'TICKET_CLOSED'`: the codes as values, for `deny(ErrorCode.X, ...)`. */
export const ErrorCode = Object.fromEntries(Object.keys(ALL_ERRORS).map((code) => [code, code])) as { readonly [C in ErrorCode]: C };

/** Human sentences for each code, used by the client when it has nothing more specific. */
export const errorSentence: Record<ErrorCode, string> = ALL_ERRORS;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ALL_ERRORS, value);
}
