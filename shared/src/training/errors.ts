/** Graduation and the training chain (T4). Each code with the sentence a person reads. */
export const TRAINING_ERRORS = {
  NOT_A_TRAINEE: 'This person is not in training, so there is nobody to graduate.',
  NOT_THEIR_TRAINER: 'Only the trainee’s own trainer, a support manager or an admin can graduate them.',
  TRAINEE_CANNOT_TRAIN: 'A trainee cannot train anyone: graduate them first.',
  TRAINING_CYCLE: 'A training chain never loops back: nobody can be trained by someone they trained.',
} as const;
