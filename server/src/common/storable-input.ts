import { findForbiddenCharacter, forbiddenCharacterMessage } from '@tandem/shared';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { DomainError } from './domain-error.js';

/**
 * Text no resolver ever sees: an argument holding a character that cannot be stored (NUL, other
 * control characters, lone surrogates; see shared `findForbiddenCharacter`) is refused with
 * BAD_USER_INPUT naming it, before anything runs. Checked once per operation, for every argument
 * of every field, whether written inline in the document or passed as a variable.
 */
export function unstorableArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  // Variables that do not fit the schema: execution refuses them with its own BAD_USER_INPUT.
  if (coerced.errors) return null;
  const typeInfo = new TypeInfo(schema);
  let found: GraphQLError | null = null;
  const definitions = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  visit(
    { kind: Kind.DOCUMENT, definitions },
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (found || !argument) return false;
        const value = valueFromAST(node.value, argument.type, coerced.coerced);
        found = firstUnstorable(value, node.name.value);
        return false;
      },
    }),
  );
  return found;
}

function firstUnstorable(value: unknown, path: string): GraphQLError | null {
  if (typeof value === 'string') {
    const character = findForbiddenCharacter(value);
    if (!character) return null;
    return new GraphQLError(forbiddenCharacterMessage(path, character), {
      extensions: { code: 'BAD_USER_INPUT', field: path },
    });
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const error = firstUnstorable(item, `${path}[${index}]`);
      if (error) return error;
    }
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const error = firstUnstorable(item, `${path}.${key}`);
      if (error) return error;
    }
  }
  return null;
}

// Input objects as graphql-js builds them (no prototype, or Object's); never a Date or a Buffer.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}

/** The HTTP path's check (WebSocket operations call `unstorableArgument` in onSubscribe). */
export function storableInputPlugin<T extends object>(schema: GraphQLSchema): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const error = unstorableArgument(schema, document, request.operationName, request.variables);
          // A refused request, not a server fault: 400 (Apollo answers errors of this hook with 500 otherwise).
          if (error) throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}

/** The same rule for the customer pages' form fields: a DomainError the form shows (400). */
export function ensureStorableFields(fields: Record<string, string>, labels: Record<string, string> = {}): void {
  for (const [name, text] of Object.entries(fields)) {
    const character = findForbiddenCharacter(text);
    if (character) throw new DomainError('BAD_USER_INPUT', forbiddenCharacterMessage(labels[name] ?? name, character));
  }
}
