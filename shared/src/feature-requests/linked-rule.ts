import { ErrorCode } from '../common/errors.js';
import { allow, deny, type RuleResult } from '../common/rule.js';

/**
 * C4/FR1: a feature-request ticket is categorized only once it is linked to the request it asks for
 * (at least one ask), so the tally counts it; until then it is neither answered nor closed.
 */
export function checkFeatureRequestLinked(ticket: { type: string | null; askCount: number }): RuleResult {
  return ticket.type === 'FEATURE_REQUEST' && ticket.askCount < 1
    ? deny(
        ErrorCode.FEATURE_REQUEST_NOT_LINKED,
        'This ticket is a feature request: link it to the request it asks for (an existing one, or a new card) first (C4).',
      )
    : allow;
}
