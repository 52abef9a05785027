/** Rows per inbox request: a page, "Load more", and at most this many changed rows per live refresh. */
export const INBOX_PAGE_SIZE = 50;
