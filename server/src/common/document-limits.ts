import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { complexityError } from './complexity.js';

/**
 * Bounds on one GraphQL document, checked before any work is spent on it: characters and tokens
 * before and while parsing (a huge document is refused in milliseconds), then fragments, depth and
 * aliases as validation rules. The client's largest document has about 2,500 characters and 300
 * tokens; the limits leave room for the features to come.
 */
export const DOCUMENT_LIMITS = {
  characters: 20_000,
  tokens: 2_000,
  fragments: 50,
  depth: 8,
  aliases: 15,
} as const;

/** Reports a graphql-armor limit as an ordinary validation error (the rules would throw one). */
function reportLimit(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

function maxFragmentsRule(max: number): ValidationRule {
  return (context) => ({
    Document(node) {
      const count = node.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).length;
      if (count > max) context.reportError(new GraphQLError(`The document has ${count} fragments; at most ${max} are allowed.`));
    },
  });
}

/** Rules run after GraphQL's own, for HTTP and WebSocket alike. */
export const DOCUMENT_RULES: ValidationRule[] = [
  maxFragmentsRule(DOCUMENT_LIMITS.fragments),
  maxDepthRule({ n: DOCUMENT_LIMITS.depth, flattenFragments: true, propagateOnRejection: false, onReject: [reportLimit] }),
  maxAliasesRule({ n: DOCUMENT_LIMITS.aliases, propagateOnRejection: false, onReject: [reportLimit] }),
];

/** Apollo's and graphql-ws's parser options: parsing stops at the token limit. */
export const PARSE_OPTIONS = { maxTokens: DOCUMENT_LIMITS.tokens } as const;

/** A document longer than the limit, refused before it is parsed; null when the length is fine. */
export function documentTooLong(query: unknown): GraphQLError | null {
  if (typeof query !== 'string' || query.length <= DOCUMENT_LIMITS.characters) return null;
  return new GraphQLError(`The document is too long (${query.length} characters; at most ${DOCUMENT_LIMITS.characters}).`, {
    extensions: { code: 'GRAPHQL_PARSE_FAILED' },
  });
}

/**
 * The same checks as the HTTP path (variables too), for an operation that arrives over the
 * WebSocket, which carries subscriptions only (queries and mutations go over HTTP).
 */
export function parseAndValidate(
  schema: GraphQLSchema,
  query: string,
  variableValues?: Record<string, unknown> | null,
  operationName?: string | null,
): { document: DocumentNode } | { errors: GraphQLError[] } {
  const tooLong = documentTooLong(query);
  if (tooLong) return { errors: [tooLong] };
  let document: DocumentNode;
  try {
    document = parse(query, PARSE_OPTIONS);
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The document could not be parsed.';
    return { errors: [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
  }
  // Codes as Apollo gives them over HTTP, so the client can tell a refused document from a fault.
  const errors = validate(schema, document, [...specifiedRules, ...DOCUMENT_RULES]).map(
    (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
  );
  if (errors.length) return { errors };
  const operation = getOperationAST(document, operationName);
  if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return {
      errors: [
        new GraphQLError('The live connection carries subscriptions only; send queries and mutations over HTTP.', {
          extensions: { code: 'BAD_REQUEST' },
        }),
      ],
    };
  }
  const variables = operation ? getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}) : null;
  if (variables?.errors) {
    return {
      errors: variables.errors.map(
        (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } }),
      ),
    };
  }
  const tooCostly = complexityError(schema, document, operationName, variableValues);
  return tooCostly ? { errors: [tooCostly] } : { document };
}
