/**
 * Characters no stored text may hold: NUL and the other C0 control characters except tab, line
 * feed and carriage return, DEL and the C1 controls, and UTF-16 surrogates without their pair.
 * PostgreSQL cannot store NUL at all; a lone surrogate silently becomes U+FFFD on its way there;
 * the others are invisible in the client and the customer pages, and are parse errors in HTML.
 * With the `u` flag a surrogate pair is one code point, so only unpaired halves match.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

export interface ForbiddenCharacter {
  /** Where it is, in UTF-16 code units from the start (what `String.prototype.indexOf` counts). */
  index: number;
  /** The character as people write it: `U+0000`. */
  codePoint: string;
}

/** The first character of the text that cannot be stored, or null when the whole text can. */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  return { index: match.index, codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}

/** The text without the characters that cannot be stored (for mail, which is taken as it comes). */
export function stripForbiddenCharacters(text: string): string {
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, '') : text;
}

/** The sentence of a refusal: `field` is what the person filled in ("message", "input.body"). */
export function forbiddenCharacterMessage(field: string, found: ForbiddenCharacter): string {
  return `${field} contains a character that cannot be stored (${found.codePoint} at position ${found.index + 1}). Remove it and try again.`;
}
