const FRUSTRATED_WORDS = [
  'unacceptable',
  'ridiculous',
  'frustrat',
  'furious',
  'angry',
  'terrible',
  'awful',
  'worst',
  'useless',
  'disappointed',
  'fed up',
  'waste of time',
  'cancel my',
  'will cancel',
  'going to cancel',
  'cancel our',
  'cancel the subscription',
  'cancel the account',
  'refund',
  'third time',
  'fourth time',
  'fifth time',
  'still not working',
  'still broken',
  'nobody has answered',
  'no one has answered',
  'no one answered',
  'nobody answered',
];

// "extremely frustrated" is one trigger, shown as the customer wrote it.
const INTENSIFIERS = ['extremely', 'very', 'really', 'so', 'absolutely', 'totally', 'completely', 'utterly'];

// Shouted acronyms are not shouting.
const ACRONYMS = new Set([
  'API',
  'URL',
  'PDF',
  'SSO',
  'CSV',
  'HTTP',
  'HTTPS',
  'SMS',
  'FAQ',
  'USA',
  'GDPR',
  'SAML',
  'OKTA',
  'JSON',
  'HTML',
  'iOS',
]);

/** The trigger shown for a message written in capitals. */
export const ALL_CAPS_TRIGGER = 'ALL CAPS';

export interface FrustrationHint {
  looksFrustrated: boolean;
  /** What gave it away, for the hint shown to the agent. */
  signals: string[];
  /**
   * The words that triggered it, as the customer wrote them ("THIRD TIME", "extremely frustrated",
   * "!!!"), and "ALL CAPS" for shouting; in the order they appear, without repeats.
   */
  triggers: string[];
}

/** The whole word(s) around a match, with an intensifier just before it ("extremely frustrat" -> "extremely frustrated"). */
const MAX_WORD_GROWTH = 20;

function wordsAround(message: string, start: number, length: number): [number, number] {
  let from = start;
  let to = start + length;
  // To the ends of its words, never further than a word's length (a trigger stays short to show).
  while (from > 0 && start - from < MAX_WORD_GROWTH && /[\p{L}']/u.test(message[from - 1]!)) from--;
  while (to < message.length && to - start - length < MAX_WORD_GROWTH && /[\p{L}']/u.test(message[to]!)) to++;
  const before = /([\p{L}]+)\s+$/u.exec(message.slice(Math.max(0, from - 20), from));
  if (before && INTENSIFIERS.includes(before[1]!.toLowerCase())) from -= before[0].length;
  return [from, to];
}

/** Overlapping phrases ("will cancel" and "cancel my") show as one: "will cancel my". */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && from < last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * W8: whether a customer message looks frustrated: telling words ("unacceptable", "third time",
 * "will cancel"), or shouting (capitals) together with repeated exclamation marks. A suggestion to
 * flag the ticket, never a decision: the agent confirms or dismisses it.
 */
export function frustrationHint(message: string): FrustrationHint {
  const signals: string[] = [];
  const lower = message.toLowerCase();
  const found: [number, number][] = [];
  const words = FRUSTRATED_WORDS.filter((w) => lower.includes(w));
  for (const w of words) found.push(wordsAround(message, lower.indexOf(w), w.length));
  if (words.length > 0) signals.push(`words such as "${words[0]}"`);
  const exclamations = /!{2,}|(?:![^!\n]*){3,}/.test(message);
  if (exclamations) {
    signals.push('repeated exclamation marks');
    const run = /!{2,}/.exec(message);
    if (run) found.push([run.index, run.index + Math.min(run[0].length, 5)]);
  }
  const shouted = (message.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !ACRONYMS.has(w));
  const letters = message.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  const allCaps = letters.length >= 15 && capitals / letters.length > 0.6;
  const shouting = shouted.length >= 2 || allCaps;
  if (shouting) signals.push('capital letters');
  const looksFrustrated = words.length > 0 || (shouting && exclamations) || (shouting && shouted.length >= 4);
  if (!looksFrustrated) return { looksFrustrated, signals, triggers: [] };
  // A few shouted words are shown as written; a whole message in capitals is "ALL CAPS".
  if (shouting && !allCaps) {
    for (const m of message.matchAll(/\b[A-Z]{3,}\b/g)) if (!ACRONYMS.has(m[0])) found.push([m.index, m.index + m[0].length]);
  }
  const triggers = [...new Set(mergeRanges(found).map(([from, to]) => message.slice(from, to)))];
  if (allCaps) triggers.push(ALL_CAPS_TRIGGER);
  return { looksFrustrated, signals, triggers };
}

/** The triggers as shown to people: “THIRD TIME”, “!!!”, ALL CAPS. */
export function describeTriggers(triggers: readonly string[]): string {
  return triggers.map((t) => (t === ALL_CAPS_TRIGGER ? 'all caps' : `“${t}”`)).join(', ');
}
