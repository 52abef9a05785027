// Words that say nothing about which bug it is.
const STOP_WORDS = new Set(
  `a an and are as at be but by can cannot do does doesn't dont don't for from get gets got has have i i'm in into is it it's its
  my me no not of on or our so the then there this that to too up us was we were when where which while with won't you your
  click clicked open opens opened page go goes went see sees saw try tried trying still after before again`.split(/\s+/),
);

/** The distinct words of a text that tell one bug from another (lower case, no stop words, no 1-letter words). */
export function bugWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];
  return new Set(words.map((w) => w.replace(/['’]s$/, '')).filter((w) => w.length > 1 && !STOP_WORDS.has(w)));
}

/**
 * E1: how alike two bugs read, from 0 (no word in common) to 1 (the same words): the Dice
 * coefficient of the words of their title and steps, with the title's words counting twice.
 */
export function bugSimilarity(a: { title: string; steps: string }, b: { title: string; steps: string }): number {
  const weighted = (bug: { title: string; steps: string }) => {
    const weights = new Map<string, number>();
    for (const w of bugWords(bug.steps)) weights.set(w, 1);
    for (const w of bugWords(bug.title)) weights.set(w, 2);
    return weights;
  };
  const wa = weighted(a);
  const wb = weighted(b);
  let shared = 0;
  let total = 0;
  for (const [w, weight] of wa) {
    total += weight;
    const other = wb.get(w);
    if (other) shared += Math.min(weight, other);
  }
  for (const weight of wb.values()) total += weight;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** From this similarity on, a bug is offered as "looks the same" before a new one is created. */
export const SIMILAR_BUG_THRESHOLD = 0.25;
