/** Follow-ups (F1, F2). Each code with the sentence a person reads. */
export const FOLLOW_UP_ERRORS = {
  FOLLOW_UP_NOT_DUE: 'No follow-up is due on this ticket yet.',
  FOLLOW_UP_LIMIT_REACHED: 'This customer has had their follow-ups; wait for their answer.',
} as const;
