import { CombinedGraphQLErrors } from '@apollo/client';
import { errorSentence, isErrorCode } from '@tandem/shared';

/** A sentence a person can act on, for any error an operation can end with. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR') return errorSentence.INTERNAL_SERVER_ERROR;
    return first?.message || (isErrorCode(code) ? errorSentence[code] : errorSentence.INTERNAL_SERVER_ERROR);
  }
  return 'Tandem cannot reach the server right now. Check your connection and try again.';
}

export function errorCodeOf(error: unknown): string | undefined {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions?.code as string | undefined) : undefined;
}
