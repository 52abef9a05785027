/** The inbox's keyboard shortcuts, as its help (`?`) lists them. */
export const INBOX_SHORTCUTS = [
  ['j / k', 'Next / previous ticket'],
  ['Enter or o', 'Open the selected ticket'],
  ['c', 'Claim the selected ticket'],
  ['r / n', 'Open the selected ticket to reply / to write a note'],
  ['/', 'Search'],
  ['?', 'This help'],
  ['On a ticket: r', 'Write a reply'],
  ['On a ticket: n', 'Write an internal note'],
  ['On a ticket: Ctrl+Enter', 'Send what you are writing'],
  ['On a ticket: Esc', 'Back to the inbox'],
] as const;
