import { isErrorCode } from '@tandem/shared';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
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
 * DomainError and validation failures as API errors (DomainError -> its code; class-validator
 * failures -> BAD_USER_INPUT naming the fields); null for anything unexpected.
 */
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
/**
 * A resolver's error that is no API error (no DomainError, no validation failure): logged once,
 * with the request id and the field's path, and marked with the request id, which the masked answer
 * keeps (formatError) so a person can quote it. Over HTTP (the plugin below) and the WebSocket.
 */
export function noteUnexpectedError(error: GraphQLError, context: Pick<Context, 'log' | 'requestId'>): void {
  const original = unwrapResolverError(error);
  if (!error.path || knownError(original) || error.extensions.requestId) return;
  context.log.error({ err: original, path: error.path }, 'unexpected error in resolver');
  (error.extensions as Record<string, unknown>).requestId = context.requestId;
}

export function unexpectedErrorsPlugin<T extends Pick<Context, 'log' | 'requestId'>>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) if (error instanceof GraphQLError) noteUnexpectedError(error, contextValue);
        },
      };
    },
  };
}

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
 * no internals); anything else becomes INTERNAL_SERVER_ERROR. Errors already logged
 * (noteUnexpectedError) carry a requestId; anything else (e.g. a failing context) is logged here.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isVariableErrorLimit(error)) formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    // Every resolver's DomainError and validation failure, and the auth checker's, land here.
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
