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
  'refund',
  'third time',
  'still not working',
  'still broken',
  'nobody has answered',
  'no one has answered',
  'no one answered',
  'nobody answered',
];

// Shouted acronyms are not shouting.
const ACRONYMS = new Set(['API', 'URL', 'PDF', 'SSO', 'CSV', 'HTTP', 'HTTPS', 'SMS', 'FAQ', 'USA', 'GDPR', 'SAML', 'OKTA', 'JSON', 'HTML', 'iOS']);

export interface FrustrationHint {
  looksFrustrated: boolean;
  /** What gave it away, for the hint shown to the agent. */
  signals: string[];
}

/**
 * W8: whether a customer message looks frustrated: telling words ("unacceptable", "third time"),
 * or shouting (capitals) together with repeated exclamation marks. A suggestion to flag the
 * ticket, never a decision: the agent flags it.
 */
export function frustrationHint(message: string): FrustrationHint {
  const signals: string[] = [];
  const lower = message.toLowerCase();
  const words = FRUSTRATED_WORDS.filter((w) => lower.includes(w));
  if (words.length > 0) signals.push(`words such as "${words[0]}"`);
  const exclamations = /!{2,}|(?:![^!\n]*){3,}/.test(message);
  if (exclamations) signals.push('repeated exclamation marks');
  const shouted = (message.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !ACRONYMS.has(w));
  const letters = message.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  const shouting = shouted.length >= 2 || (letters.length >= 15 && capitals / letters.length > 0.6);
  if (shouting) signals.push('capital letters');
  return { looksFrustrated: words.length > 0 || (shouting && exclamations) || (shouting && shouted.length >= 4), signals };
}
