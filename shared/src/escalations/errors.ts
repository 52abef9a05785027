/** Escalating bugs to engineering (W5, C3, E1-E3). Each code with the sentence a person reads. */
export const ESCALATION_ERRORS = {
  ESCALATION_INCOMPLETE: 'Fill in every field of the escalation first: engineers need all of it.',
  BUG_NOT_ESCALATED: 'This ticket is a bug: escalate it to engineering (or link it to a known bug) before closing it.',
  BUG_CHANGED: 'Someone changed this bug while you were looking. Read the new version, then try again.',
  BUG_QUESTION_REQUIRED: 'Write the question for the customer first: "Needs info" asks something.',
  BUG_CLOSED: 'This bug is fixed, declined or a duplicate: reopen it first.',
} as const;
