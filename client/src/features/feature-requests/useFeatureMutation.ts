import type { DocumentNode, OperationVariables } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useState } from 'react';
import { FeatureRequestPageQueryDocument } from '../../gql/graphql';
import { errorCodeOf, errorMessage } from '../../lib/errors';

/** What a request's page says when the card changed under the viewer's change (FEATURE_REQUEST_CHANGED). */
const CHANGED_NOTICE = 'Someone changed this request meanwhile; showing the new version. Check it, then try again.';

/**
 * A change to a card, with its outcome as a sentence. A change refused because someone changed the card
 * since (FEATURE_REQUEST_CHANGED) fetches it again, so the page shows the version the next try is made against.
 */
export function useFeatureMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables> & DocumentNode,
) {
  const client = useApolloClient();
  const [mutateWith, state] = useMutation(document);
  // Generic over the document, so the variables are passed as the caller typed them.
  const mutate = mutateWith as unknown as (options: { variables: TVariables }) => Promise<{ data?: TData | null }>;
  const [problem, setProblem] = useState<string | null>(null);
  /** The mutation's data, or null when it did not go through; `changed`: refused for FEATURE_REQUEST_CHANGED. */
  const run = async (variables: TVariables): Promise<{ data: TData | null; changed: boolean }> => {
    setProblem(null);
    try {
      const result = await mutate({ variables });
      return { data: result.data ?? null, changed: false };
    } catch (error) {
      const changed = errorCodeOf(error) === 'FEATURE_REQUEST_CHANGED';
      setProblem(changed ? CHANGED_NOTICE : errorMessage(error));
      if (changed) await client.refetchQueries({ include: [FeatureRequestPageQueryDocument] }).catch(() => undefined);
      return { data: null, changed };
    }
  };
  return [run, { loading: state.loading, problem, clear: () => setProblem(null) }] as const;
}
