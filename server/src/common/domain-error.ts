import type { ErrorCode, RuleResult } from '@tandem/shared';

/** The one error type use cases throw; the error middleware turns it into `extensions.code`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Throws the refusal of a shared rule as a DomainError; does nothing when the rule allows. */
export function ensure(result: RuleResult): void {
  if (!result.ok) throw new DomainError(result.code, result.message);
}
