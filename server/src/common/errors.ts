import { isErrorCode } from '@tandem/shared';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError, type MiddlewareFn } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';
import { DomainError } from './domain-error.js';

const MASKED_MESSAGE = 'Something went wrong on our side. Please try again.';

function validationMessages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((m) => m.replace(error.property, field));
    return [...own, ...validationMessages(error.children ?? [], `${field}.`)];
  });
}

/**
 * The one place resolver errors become API errors: DomainError -> its code; class-validator
 * failures -> BAD_USER_INPUT naming the fields; anything else is logged and masked.
 */
/** DomainError and validation failures as API errors; null for anything unexpected. */
function knownError(error: unknown): GraphQLError | null {
  if (error instanceof DomainError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  if (error instanceof ArgumentValidationError) {
    const messages = validationMessages(error.extensions.validationErrors);
    return new GraphQLError(messages.join('; ') || 'Some of the input is not valid.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  if (error instanceof GraphQLError && isErrorCode(error.extensions.code) && error.extensions.code !== 'INTERNAL_SERVER_ERROR') {
    return error;
  }
  return null;
}

/**
 * The one place resolver errors become API errors: DomainError -> its code; class-validator
 * failures -> BAD_USER_INPUT naming the fields; anything else is logged and masked.
 */
export const errorMiddleware: MiddlewareFn<Context> = async ({ context, info }, next) => {
  try {
    return await next();
  } catch (error) {
    const known = knownError(error);
    if (known) throw known;
    context.log.error({ err: error, path: info.path }, 'unexpected error in resolver');
    throw new GraphQLError(MASKED_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: context.requestId } });
  }
};

// Errors GraphQL itself produces about the request (syntax, validation, variables): safe to show.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'INTROSPECTION_DISABLED',
  'MAX_RECURSIVE_SELECTIONS_EXCEEDED',
]);

/** graphql-js stops after 50 bad variable values with an error of its own, without a code. */
function isVariableErrorLimit(error: unknown): boolean {
  return error instanceof GraphQLError && error.message.startsWith('Too many errors processing variables, error limit reached.');
}

/** Drops graphql-js's "Did you mean ...?" guesses (enum values, input fields, arguments, types). */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^]*\?$/, '');
}

/**
 * Apollo's last word on every error: known codes pass with their message only (no stack traces,
 * no internals); anything else becomes INTERNAL_SERVER_ERROR. Errors the middleware already
 * logged carry a requestId; anything else (e.g. a failing context) is logged here.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isVariableErrorLimit(error)) formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    // type-graphql runs the auth checker before the global middleware, so its DomainErrors land here.
    const domain = knownError(unwrapResolverError(error));
    if (domain) formatted = { ...formatted, message: domain.message, extensions: { ...formatted.extensions, ...domain.extensions } };
    const code = formatted.extensions?.code;
    const known = (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code));
    if (known) {
      // `http` sets the response status (e.g. 400 for QUERY_TOO_COMPLEX); it is no part of the answer.
      const { stacktrace: _, http: _http, ...extensions } = formatted.extensions ?? {};
      // GraphQL's own messages guess at names ("Did you mean the enum value "OPEN"?"): that tells a
      // stranger the schema, so it goes, as it does for validation errors.
      return { message: withoutSuggestions(formatted.message), locations: formatted.locations, path: formatted.path, extensions };
    }
    const requestId = formatted.extensions?.requestId;
    if (!requestId) log.error({ err: error }, 'unexpected error outside a resolver');
    return {
      message: MASKED_MESSAGE,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  };
}
