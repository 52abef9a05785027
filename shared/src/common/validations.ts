import { LIMITS } from './limits.js';

// An address that can be mailed, as RFC 5321 writes a mailbox: local-part "@" domain. The local part
// is a dot-atom (atoms of RFC 5322 atext, or letters and digits of any script as RFC 6531 allows,
// joined by single dots); quoted local parts, comments, brackets and IP literals are refused, so
// "a<victim@evil.test>" or "x@evil.test(cmt)" never become a customer's or a person's address.
// The domain is a host name: two labels at least, each 1-63 letters, digits or inner hyphens.
const ATOM = /^[a-z0-9!#$%&'*+/=?^_`{|}~\p{L}\p{M}\p{N}-]+$/u;
const LABEL = /^[a-z0-9\p{L}\p{M}\p{N}](?:[a-z0-9\p{L}\p{M}\p{N}-]{0,61}[a-z0-9\p{L}\p{M}\p{N}])?$/u;

/** Lower-cased, trimmed e-mail address; addresses are compared case-insensitively everywhere. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Whether mail can be sent to the address: one `local@domain` mailbox (see the grammar above),
 * at most 254 characters, 64 before the @. Surrounding space and case do not matter.
 */
export function isValidEmail(email: string): boolean {
  const normalized = normalizeEmail(email);
  if (normalized.length > LIMITS.mail.addressMax) return false;
  const at = normalized.lastIndexOf('@');
  if (at < 1) return false;
  const local = normalized.slice(0, at);
  const labels = normalized.slice(at + 1).split('.');
  return (
    local.length <= LIMITS.mail.localPartMax &&
    local.split('.').every((atom) => ATOM.test(atom)) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    // A top-level domain is never all digits: "x@1.2.3.4" is an IP address, not a host name.
    !/^\d+$/.test(labels.at(-1)!)
  );
}
