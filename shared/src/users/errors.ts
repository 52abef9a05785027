/** Signing in, passwords and the team (accounts, roles, trainers). Each code with the sentence a person reads. */
export const USER_ERRORS = {
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
} as const;
