/** V1: one entry of the team's phrase guide: a phrase to avoid and what to say instead. */
export interface TonePhrase {
  avoid: string;
  suggestion: string;
}

export const DEFAULT_TONE_GUIDE: TonePhrase[] = [
  { avoid: "I don't understand", suggestion: 'Ask for what you need: "Could you tell me a bit more about …?" (W4)' },
  { avoid: 'unfortunately', suggestion: 'Say what you can do: "Here is what we can do …"' },
  { avoid: 'as I said', suggestion: '"To recap, …"' },
  { avoid: 'you should have', suggestion: '"Next time, you can …"' },
  { avoid: 'calm down', suggestion: '"I understand how frustrating this is."' },
  { avoid: 'not possible', suggestion: 'Offer the closest thing that works: "What we can do is …"' },
  { avoid: 'per our policy', suggestion: 'Explain the reason in plain words.' },
];

export interface ToneHint extends TonePhrase {
  /** Where the phrase starts in the text. */
  index: number;
}

function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}

/** V1: phrases to avoid found in a reply, in the order they appear. Hints, never blocks. */
export function toneHints(body: string, guide: readonly TonePhrase[]): ToneHint[] {
  const text = normalizeApostrophes(body).toLowerCase();
  const hints: ToneHint[] = [];
  for (const phrase of guide) {
    const needle = normalizeApostrophes(phrase.avoid).toLowerCase().trim();
    if (!needle) continue;
    const index = text.indexOf(needle);
    if (index >= 0) hints.push({ ...phrase, index });
  }
  return hints.sort((a, b) => a.index - b.index);
}
