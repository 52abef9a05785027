import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Cost ceiling of one operation: every field costs 1, list fields cost their page size times their
 * selection, except what comes with a row already read (ROW_COLUMN).
 */
export const MAX_QUERY_COMPLEXITY = 3000;

/**
 * A field that is a column of the row its parent already read (a ticket's own columns) or a rule's
 * answer computed in memory (a Permission's parts) costs nothing more: the inbox's page of 100 rows
 * fits the limit, while each lookup (customer, assignee, drafts) still counts per row.
 */
export const ROW_COLUMN = { complexity: 0 } as const;

/** The refusal of an operation over the cost limit, or null when it is within it. */
export function complexityError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  max = MAX_QUERY_COMPLEXITY,
): GraphQLError | null {
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? undefined,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // Variables that do not fit the schema: execution refuses them with BAD_USER_INPUT (400).
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  if (complexity <= max) return null;
  return new GraphQLError(
    `This request asks for too much at once (cost ${complexity}, limit ${max}). Ask for fewer rows or fields.`,
    // A refused request, not a server fault: 400 (Apollo answers errors of this hook with 500 otherwise).
    { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
  );
}

export function complexityLimitPlugin<T extends object>(schema: GraphQLSchema, max = MAX_QUERY_COMPLEXITY): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const refused = complexityError(schema, document, request.operationName, request.variables, max);
          if (refused) throw refused;
        },
      };
    },
  };
}
