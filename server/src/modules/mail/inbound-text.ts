/// <reference path="./html-to-text.d.ts" />
import { isValidEmail, normalizeEmail, stripForbiddenCharacters } from '@tandem/shared';
import { htmlToText } from 'html-to-text';
import libmime from 'libmime';
import type { ParsedMail } from 'mailparser';

/**
 * What mail from real mail clients needs before it becomes a ticket: text from HTML-only mail,
 * legacy charsets mailparser cannot know about (8-bit headers, undeclared ISO-2022-JP), and a
 * From line checked as written, so a malformed one never turns into another, real-looking address.
 */

const HEADER_END = /\r?\n\r?\n/;
const CHARSET_PARAM = /charset\s*=\s*"?([A-Za-z0-9._:-]+)/i;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes in a charset as text, through the same decoders mailparser uses (iconv-lite, encoding-japanese). */
const decodeCharset = (bytes: Buffer, charset: string): string => libmime.decodeWord(charset, 'B', bytes.toString('base64'));

/**
 * Header lines written as raw text in a legacy charset (old mail clients, many Japanese and Chinese
 * ones) instead of encoded-words are re-encoded as UTF-8, which is what mailparser reads raw
 * headers as: ISO-2022-JP escape sequences are decoded; other 8-bit text is read in the first
 * charset the message declares. Other messages pass unchanged.
 */
export function headersAsUtf8(raw: Buffer): Buffer {
  const latin1 = raw.toString('latin1');
  const end = HEADER_END.exec(latin1);
  const headerLength = end ? end.index : raw.length;
  const headers = raw.subarray(0, headerLength);
  const eightBit = headers.some((byte) => byte >= 0x80);
  let text: string | null = null;
  if (!eightBit && headers.includes(0x1b)) {
    text = decodeUndeclaredIso2022jp(headers.toString('latin1'));
  } else if (eightBit && !isUtf8(headers)) {
    const charset = CHARSET_PARAM.exec(latin1)?.[1];
    if (!charset || /^(utf-?8|us-ascii)$/i.test(charset)) return raw;
    try {
      text = decodeCharset(headers, charset);
    } catch {
      return raw;
    }
  }
  return text === null ? raw : Buffer.concat([Buffer.from(text, 'utf8'), raw.subarray(headerLength)]);
}

function isUtf8(bytes: Buffer): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// An ISO-2022-JP run: switched to JIS X 0208 (ESC $ @, ESC $ B) until switched back (ESC ( B / J).
const ISO_2022_JP_RUN = /\x1b\$[@B][^\x1b]*(?:\x1b\([BJ]|$)/g;

/**
 * Japanese mail often carries ISO-2022-JP without saying so (no charset, or "us-ascii"): it is
 * 7-bit, so it arrives as escape sequences. Those runs are decoded; other text is left alone.
 */
export function decodeUndeclaredIso2022jp(text: string): string {
  if (!text.includes('\x1b')) return text;
  return text.replace(ISO_2022_JP_RUN, (run) => decodeCharset(Buffer.from(run, 'latin1'), 'ISO-2022-JP'));
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Deeper than this, HTML is read as plain tag-stripped text (html-to-text is quadratic in depth). */
const MAX_HTML_DEPTH = 200;
const MAX_HTML_LENGTH = 1_000_000;

/** How deeply the elements of `html` nest, counted in one linear pass over its tags. */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^<>]*?(\/?)>/g)) {
    if (VOID_ELEMENTS.has(name!.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * The text of an HTML-only mail, for people to read: paragraphs and line breaks kept, links as
 * "text [address]", images and scripts left out. The HTML itself is never shown to anyone. HTML
 * built to be expensive (thousands of nested elements) is read with its tags stripped instead, in
 * linear time, so one mail cannot stall the server.
 */
export function htmlToPlainText(html: string): string {
  const bounded = html.slice(0, MAX_HTML_LENGTH);
  if (nestingDepth(bounded) > MAX_HTML_DEPTH) {
    return bounded
      .replace(/<[^<>]*>/g, ' ')
      .replace(/<[^<>]*$/, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .trim();
  }
  return htmlToText(bounded, {
    wordwrap: false,
    limits: { maxInputLength: MAX_HTML_LENGTH, maxDepth: 100 },
    selectors: [
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, ignoreHref: false } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text a person reads: the plain part, or the HTML part as text when there is no plain one;
 * without the characters that cannot be stored (a NUL in a mail must not make us refuse it).
 */
export function mailText(mail: ParsedMail): string {
  const text = (mail.text ?? '').trim() ? mail.text! : typeof mail.html === 'string' ? htmlToPlainText(mail.html) : '';
  return stripForbiddenCharacters(decodeUndeclaredIso2022jp(text).replace(/\r\n?/g, '\n')).trim();
}

export type Sender = { ok: true; name: string; address: string } | { ok: false; reason: string };

/**
 * The sender as the From line writes it, or why it cannot be used. mailparser reads a malformed
 * line such as `"x" <power quadrant system@example.com>` as system@example.com, a different and
 * real-looking address: the address is taken only when the line names exactly one mailbox whose
 * address, as written, is a valid e-mail address.
 */
export function senderOf(mail: ParsedMail): Sender {
  const mailboxes = mail.from?.value ?? [];
  const line = mail.headerLines.find((h) => h.key === 'from')?.line;
  if (!line || !mailboxes.length) return { ok: false, reason: 'The message has no valid From address' };
  if (mailboxes.length > 1 || mailboxes[0]!.group) {
    return { ok: false, reason: 'The message has no valid From address: it must name exactly one sender' };
  }
  const written = writtenAddress(line);
  const parsed = mailboxes[0]!.address ?? '';
  if (!isValidEmail(written) || normalizeEmail(written) !== normalizeEmail(parsed)) {
    return { ok: false, reason: `The message has no valid From address: "${written.slice(0, 200)}" is not an e-mail address` };
  }
  return { ok: true, name: stripForbiddenCharacters(mailboxes[0]!.name ?? '').trim(), address: normalizeEmail(parsed) };
}

/** The address part of a From line as written: inside the last <…>, else the whole value less comments. */
function writtenAddress(line: string): string {
  const value = line.replace(/\r?\n[ \t]+/g, ' ').replace(/^from\s*:/i, '');
  const angle = /<([^<>]*)>[^<>]*$/.exec(value);
  return (angle ? angle[1]! : value.replace(/\([^()]*\)/g, '')).trim();
}
