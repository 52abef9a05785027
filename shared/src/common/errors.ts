/**
 * Every error code the API can return in `extensions.code`, with the sentence a person reads.
 * The server throws `DomainError(code, message)`; the client maps codes it gets to these sentences
 * when the server's own message is not meant for people.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  STALE_DATA: 'STALE_DATA',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  WRONG_PASSWORD: 'WRONG_PASSWORD',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  CANNOT_CHANGE_OWN_ACCESS: 'CANNOT_CHANGE_OWN_ACCESS',
  LAST_ADMIN: 'LAST_ADMIN',
  TRAINER_NOT_ELIGIBLE: 'TRAINER_NOT_ELIGIBLE',
  TRAINER_HAS_TRAINEES: 'TRAINER_HAS_TRAINEES',
  USER_INACTIVE: 'USER_INACTIVE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Human sentences for each code, used by the client when it has nothing more specific. */
export const errorSentence: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'Your role does not allow this.',
  BAD_USER_INPUT: 'Some of the input is not valid.',
  NOT_FOUND: 'This no longer exists.',
  STALE_DATA: 'Someone else changed this in the meantime. Reload to see their change, then try again.',
  INVALID_CREDENTIALS: 'That e-mail and password do not match.',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins for this account. Wait 15 minutes and try again.',
  WRONG_PASSWORD: 'Your current password is not right.',
  WEAK_PASSWORD: 'Choose a longer password.',
  EMAIL_TAKEN: 'Someone on the team already uses this e-mail address.',
  CANNOT_CHANGE_OWN_ACCESS: 'You cannot remove your own access; ask another admin.',
  LAST_ADMIN: 'The team needs at least one active admin.',
  TRAINER_NOT_ELIGIBLE: 'A trainer must be an active manager or a graduated agent allowed to train.',
  TRAINER_HAS_TRAINEES: 'This person still trains someone. Give their trainees another trainer first.',
  USER_INACTIVE: 'This person is deactivated.',
  QUERY_TOO_COMPLEX: 'This request asks for too much at once.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ErrorCode;
}
