// Lines that open the quoted previous message in a reply ("On Mon, Kate wrote:", Outlook headers).
const QUOTE_HEADER = /^(on\b.{0,200}\bwrote:|-{2,}\s*original message\s*-{2,}|from:\s.+|_{5,})$/i;
// Sign-offs that start a signature block: "Best,", "Thanks!", "Kind regards" ...
const SIGN_OFF =
  /^(best|best wishes|best regards|kind regards|warm regards|regards|thanks|thanks again|thank you|many thanks|cheers|all the best|warmly|sincerely|talk soon|take care)\s*[,.!]*$/i;
// What may follow the question mark: spaces, emoji (with modifiers and joiners), closing quotes
// and brackets, markdown emphasis, and text emoticons such as :) ;-) :D
const TRAILING = /(?:[\s"'”’»)\]*_~]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|[:;]-?[)D(P])+$/u;

/**
 * The reply as the customer reads it new: without the quoted earlier messages and without the
 * signature (a "-- " line, or a sign-off such as "Best," in the last few lines).
 */
export function replyWithoutQuoteAndSignature(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (QUOTE_HEADER.test(trimmed)) break;
    if (trimmed === '--' || line === '-- ') break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  // A sign-off within the last four lines starts the signature: "Best,\nKate\nTandem support".
  for (let i = Math.max(0, kept.length - 4); i < kept.length; i++) {
    if (SIGN_OFF.test(kept[i]!.trim()) && i > 0) {
      kept.length = i;
      break;
    }
  }
  return kept.join('\n').trim();
}

// The end of a sentence: . ! ? … before a space or the end, or a CJK stop anywhere.
const SENTENCE_END = /[.!?…]+(?=\s|$)|[。！？]+/gu;

/**
 * W7: every reply ends with a direct question ("Did that help?", "Was that clear?"). True when the
 * last sentence of the reply (quotes and signature aside) ends with a question mark and has at
 * least one word; emoji, emoticons, closing quotes and spaces after it do not count, and a lone
 * "?", "??" or "🙂?" is not a question.
 */
export function replyEndsWithQuestion(body: string): boolean {
  const text = replyWithoutQuoteAndSignature(body).replace(TRAILING, '');
  // "Did that really work?!" is a question too.
  if (!/[?？¿][?？!！]*$/.test(text)) return false;
  // The last sentence, without its closing marks: it must have a word in it.
  const withoutMarks = text.replace(/[?？¿!！]+$/u, '').trimEnd();
  const lastSentence = withoutMarks.split(SENTENCE_END).pop() ?? '';
  return /\p{L}/u.test(lastSentence);
}
