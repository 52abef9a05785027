/** Limits read by both the API (input validation) and the client (form hints). */
export const LIMITS = {
  userNameMax: 100,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 256,
  pageSizeMax: 100,
  pageSizeDefault: 25,
  searchMax: 100,
  /** Counts of a search stop here ("more than 1000 in all tickets"). */
  countMax: 1000,
} as const;

// Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cased, trimmed e-mail address; addresses are compared case-insensitively everywhere. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isValidEmail(email: string): boolean {
  const normalized = normalizeEmail(email);
  return normalized.length <= LIMITS.emailMax && EMAIL_PATTERN.test(normalized);
}
