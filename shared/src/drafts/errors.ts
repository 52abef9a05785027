/** Trainee drafts and reviews (T1-T3, W6). Each code with the sentence a person reads. */
export const DRAFT_ERRORS = {
  TRAINEE_MUST_SUBMIT_DRAFT: 'Trainees submit a draft for their trainer to approve.',
  NOVEL_REPLY_NEEDS_REVIEW: 'Replies without a saved reply go to review first.',
  DRAFT_ALREADY_REVIEWED: 'This draft was reviewed already.',
  CANNOT_REVIEW_OWN_DRAFT: 'Someone else reviews your drafts.',
} as const;
