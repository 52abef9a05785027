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
  RATE_LIMITED: 'RATE_LIMITED',
  TICKET_ALREADY_CLAIMED: 'TICKET_ALREADY_CLAIMED',
  TICKET_NOT_CLAIMED: 'TICKET_NOT_CLAIMED',
  TICKET_ASSIGNED_TO_OTHER: 'TICKET_ASSIGNED_TO_OTHER',
  TICKET_CLOSED: 'TICKET_CLOSED',
  TICKET_NOT_CLOSED: 'TICKET_NOT_CLOSED',
  TICKET_CHANGED: 'TICKET_CHANGED',
  TRAINEE_CANNOT_CLAIM: 'TRAINEE_CANNOT_CLAIM',
  TRAINEE_MUST_SUBMIT_DRAFT: 'TRAINEE_MUST_SUBMIT_DRAFT',
  NOVEL_REPLY_NEEDS_REVIEW: 'NOVEL_REPLY_NEEDS_REVIEW',
  CHECKLIST_INCOMPLETE: 'CHECKLIST_INCOMPLETE',
  REPLY_MUST_END_WITH_QUESTION: 'REPLY_MUST_END_WITH_QUESTION',
  DRAFT_ALREADY_REVIEWED: 'DRAFT_ALREADY_REVIEWED',
  CANNOT_REVIEW_OWN_DRAFT: 'CANNOT_REVIEW_OWN_DRAFT',
  UNKNOWN_PLACEHOLDER: 'UNKNOWN_PLACEHOLDER',
  FOLLOW_UP_NOT_DUE: 'FOLLOW_UP_NOT_DUE',
  FOLLOW_UP_LIMIT_REACHED: 'FOLLOW_UP_LIMIT_REACHED',
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
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins from here. Wait 15 minutes and try again.',
  WRONG_PASSWORD: 'Your current password is not right.',
  WEAK_PASSWORD: 'Choose a longer password.',
  EMAIL_TAKEN: 'Someone on the team already uses this e-mail address.',
  CANNOT_CHANGE_OWN_ACCESS: 'You cannot remove your own access; ask another admin.',
  LAST_ADMIN: 'The team needs at least one active admin.',
  TRAINER_NOT_ELIGIBLE: 'A trainer must be an active manager or a graduated agent allowed to train.',
  TRAINER_HAS_TRAINEES: 'This person still trains someone. Give their trainees another trainer first.',
  USER_INACTIVE: 'This person is deactivated.',
  QUERY_TOO_COMPLEX: 'This request asks for too much at once.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  TICKET_ALREADY_CLAIMED: 'Someone else has claimed this ticket.',
  TICKET_NOT_CLAIMED: 'Nobody has claimed this ticket.',
  TICKET_ASSIGNED_TO_OTHER: 'Someone else is handling this ticket.',
  TICKET_CLOSED: 'This ticket is closed. Reopen it first.',
  TICKET_NOT_CLOSED: 'This ticket is open already.',
  TICKET_CHANGED: 'The ticket changed while you were writing: a new message arrived. Read it, then send again.',
  TRAINEE_CANNOT_CLAIM: 'Trainees leave tickets unassigned.',
  TRAINEE_MUST_SUBMIT_DRAFT: 'Trainees submit a draft for their trainer to approve.',
  NOVEL_REPLY_NEEDS_REVIEW: 'Replies without a saved reply go to review first.',
  CHECKLIST_INCOMPLETE: 'A step of the ticket checklist is not done yet.',
  REPLY_MUST_END_WITH_QUESTION: 'End your reply with a direct question, such as "Did that help?"',
  DRAFT_ALREADY_REVIEWED: 'This draft was reviewed already.',
  CANNOT_REVIEW_OWN_DRAFT: 'Someone else reviews your drafts.',
  UNKNOWN_PLACEHOLDER: 'The text uses a placeholder that does not exist.',
  FOLLOW_UP_NOT_DUE: 'No follow-up is due on this ticket yet.',
  FOLLOW_UP_LIMIT_REACHED: 'This customer has had their follow-ups; wait for their answer.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ErrorCode;
}
