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
  { avoid: 'Dear customer', suggestion: 'Use their name: "Hi {{customer.firstName}},"' },
  { avoid: 'we apologize for any inconvenience', suggestion: 'Say what went wrong and what you did: "Sorry about that: I have …"' },
  { avoid: 'do not hesitate to contact', suggestion: 'End with a direct question instead (W7): "Did that help?"' },
  { avoid: "don't hesitate to contact", suggestion: 'End with a direct question instead (W7): "Did that help?"' },
  { avoid: 'as per', suggestion: '"As we discussed, …" or just say it.' },
  { avoid: 'kindly', suggestion: '"Could you …, please?"' },
];

export interface ToneHint extends TonePhrase {
  /** Where the phrase starts in the text. */
  index: number;
}

function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * V1: phrases to avoid found in a reply, in the order they appear, as whole words ("as per" is not
 * found in "has performed"). Hints, never blocks.
 */
export function toneHints(body: string, guide: readonly TonePhrase[]): ToneHint[] {
  const text = normalizeApostrophes(body).toLowerCase();
  const hints: ToneHint[] = [];
  for (const phrase of guide) {
    const needle = normalizeApostrophes(phrase.avoid).toLowerCase().trim();
    if (!needle) continue;
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
    if (match) hints.push({ ...phrase, index: match.index });
  }
  return hints.sort((a, b) => a.index - b.index);
}
