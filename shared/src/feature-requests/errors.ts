/** Feature requests (FR1-FR4, C4). Each code with the sentence a person reads. */
export const FEATURE_REQUEST_ERRORS = {
  FEATURE_REQUEST_NOT_LINKED: 'This ticket is a feature request: link it to the request it asks for first (C4).',
  FEATURE_REQUEST_CHANGED: 'Someone changed this request while you were looking. Read the new version, then try again.',
  FEATURE_REQUEST_MERGED: 'This request was merged into another one: work on that one.',
  FEATURE_REPORT_PUBLISHED: 'This report is published: it is frozen as it was sent.',
} as const;
