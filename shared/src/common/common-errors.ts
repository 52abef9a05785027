/** Errors any operation can give: authentication, authorization, input, limits. Each code with the sentence a person reads. */
export const COMMON_ERRORS = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'Your role does not allow this.',
  BAD_USER_INPUT: 'Some of the input is not valid.',
  NOT_FOUND: 'This no longer exists.',
  STALE_DATA: 'Someone else changed this in the meantime. Reload to see their change, then try again.',
  QUERY_TOO_COMPLEX: 'This request asks for too much at once.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
} as const;
