/** Claiming, replying to and closing tickets (W2, W7, C1-C4). Each code with the sentence a person reads. */
export const TICKET_ERRORS = {
  TICKET_ALREADY_CLAIMED: 'Someone else has claimed this ticket.',
  TICKET_NOT_CLAIMED: 'Nobody has claimed this ticket.',
  TICKET_ASSIGNED_TO_OTHER: 'Someone else is handling this ticket.',
  TICKET_CLOSED: 'This ticket is closed. Reopen it first.',
  TICKET_NOT_CLOSED: 'This ticket is open already.',
  TICKET_CHANGED: 'The ticket changed while you were writing: a new message arrived. Read it, then send again.',
  TRAINEE_CANNOT_CLAIM: 'Trainees leave tickets unassigned.',
  CHECKLIST_INCOMPLETE: 'A step of the ticket checklist is not done yet.',
  REPLY_MUST_END_WITH_QUESTION: 'End your reply with a direct question, such as "Did that help?"',
  UNKNOWN_PLACEHOLDER: 'The text uses a placeholder that does not exist.',
} as const;
