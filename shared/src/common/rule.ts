import type { ErrorCode } from './errors.js';

/** The answer of every workflow rule: allowed, or refused with a code and a sentence that says why. */
export type RuleResult = { ok: true } | { ok: false; code: ErrorCode; message: string };

export const allow: RuleResult = Object.freeze({ ok: true });

export function deny(code: ErrorCode, message: string): RuleResult {
  return { ok: false, code, message };
}

/** The first refusal among several checks, or `allow`. */
export function firstDenial(...results: RuleResult[]): RuleResult {
  return results.find((r) => !r.ok) ?? allow;
}

/** The sentence of a refusal, or null when the rule allows (for inline form hints). */
export function reasonOf(result: RuleResult): string | null {
  return result.ok ? null : result.message;
}
