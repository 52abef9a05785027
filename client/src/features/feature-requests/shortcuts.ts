/** The ranking's keyboard shortcuts, as its help (`?`) lists them. */
export const FEATURE_REQUESTS_SHORTCUTS = [
  ['j / k', 'Next / previous request'],
  ['Enter or o', 'Open the selected request'],
  ['/', 'Search'],
  ['?', 'This help'],
  ['On a request: Esc', 'Back to the ranking'],
] as const;
