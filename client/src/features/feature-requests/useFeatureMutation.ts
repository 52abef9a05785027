import type { DocumentNode, OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { FeatureRequestPageQueryDocument } from '../../gql/graphql';
import { type ChangedMeanwhile, useVersionedMutation } from '../../lib/useVersionedMutation';

const FEATURE_REQUEST_CHANGED: ChangedMeanwhile = {
  code: 'FEATURE_REQUEST_CHANGED',
  notice: 'Someone changed this request meanwhile; showing the new version. Check it, then try again.',
  pageQuery: FeatureRequestPageQueryDocument,
};

/** A change to a card, with its outcome as a sentence; one refused for FEATURE_REQUEST_CHANGED shows the card's new version. */
export function useFeatureMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables> & DocumentNode,
) {
  return useVersionedMutation(document, FEATURE_REQUEST_CHANGED);
}
