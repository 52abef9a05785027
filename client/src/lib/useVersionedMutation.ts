import type { DocumentNode, OperationVariables } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ErrorCode } from '@tandem/shared';
import { useState } from 'react';
import { errorCodeOf, errorMessage } from './errors';

/** How a page holding a versioned object (a bug, a card) takes a change refused because it changed meanwhile. */
export interface ChangedMeanwhile {
  /** The error code of that refusal (BUG_CHANGED, FEATURE_REQUEST_CHANGED). */
  code: ErrorCode;
  /** What the page says then. */
  notice: string;
  /** The page's query, fetched again so it shows the version the next try is made against. */
  pageQuery: DocumentNode;
}

/**
 * A change to a versioned object, with its outcome as a sentence. A change refused because someone changed
 * the object since fetches the page again, so the page shows the version the next try is made against.
 */
export function useVersionedMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables> & DocumentNode,
  meanwhile: ChangedMeanwhile,
) {
  const client = useApolloClient();
  const [mutateWith, state] = useMutation(document);
  // Generic over the document, so the variables are passed as the caller typed them.
  const mutate = mutateWith as unknown as (options: { variables: TVariables }) => Promise<{ data?: TData | null }>;
  const [problem, setProblem] = useState<string | null>(null);
  /** The mutation's data, or null when it did not go through; `changed`: refused for `meanwhile.code`. */
  const run = async (variables: TVariables): Promise<{ data: TData | null; changed: boolean }> => {
    setProblem(null);
    try {
      const result = await mutate({ variables });
      return { data: result.data ?? null, changed: false };
    } catch (error) {
      const changed = errorCodeOf(error) === meanwhile.code;
      setProblem(changed ? meanwhile.notice : errorMessage(error));
      if (changed) await client.refetchQueries({ include: [meanwhile.pageQuery] }).catch(() => undefined);
      return { data: null, changed };
    }
  };
  return [run, { loading: state.loading, problem, clear: () => setProblem(null) }] as const;
}
