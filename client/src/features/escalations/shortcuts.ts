/** The engineering queue's keyboard shortcuts, as its help (`?`) lists them. */
export const ESCALATIONS_SHORTCUTS = [
  ['j / k', 'Next / previous bug'],
  ['Enter or o', 'Open the selected bug'],
  ['/', 'Search'],
  ['?', 'This help'],
  ['On a bug: Esc', 'Back to the queue'],
] as const;
