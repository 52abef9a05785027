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
  const complexity = costOf(schema, document, operationName, variables);
  if (complexity === null || complexity <= max) return null;
  return new GraphQLError(
    `This request asks for too much at once (cost ${complexity}, limit ${max}). Ask for fewer rows or fields.`,
    // A refused request, not a server fault: 400 (Apollo answers errors of this hook with 500 otherwise).
    { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
  );
}

// The same document (Apollo keeps parsed documents) with the same variables costs the same: a page of
// the inbox is costed once, not on every request. Per document, a bounded number of variable sets.
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number | null>>>();
const VARIABLE_SETS_PER_DOCUMENT = 100;
// Variables holding text (a reply's body) are costed each time rather than kept.
const CACHED_VARIABLES_MAX_CHARS = 2000;

/** The operation's cost; null when its variables do not fit the schema (execution refuses them with BAD_USER_INPUT). */
function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number | null {
  const bySchema = costs.get(schema) ?? new WeakMap<DocumentNode, Map<string, number | null>>();
  costs.set(schema, bySchema);
  const known = bySchema.get(document) ?? new Map<string, number | null>();
  bySchema.set(document, known);
  const key = JSON.stringify([operationName ?? null, variables ?? null]);
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let complexity: number | null;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? undefined,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    complexity = null;
  }
  if (key.length > CACHED_VARIABLES_MAX_CHARS) return complexity;
  if (known.size >= VARIABLE_SETS_PER_DOCUMENT) known.clear();
  known.set(key, complexity);
  return complexity;
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
