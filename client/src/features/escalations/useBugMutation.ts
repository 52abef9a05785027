import type { DocumentNode, OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { BugPageQueryDocument } from '../../gql/graphql';
import { type ChangedMeanwhile, useVersionedMutation } from '../../lib/useVersionedMutation';

const BUG_CHANGED: ChangedMeanwhile = {
  code: 'BUG_CHANGED',
  notice: 'Someone changed this bug meanwhile; showing the new version. Check it, then try again.',
  pageQuery: BugPageQueryDocument,
};

/** A change to a bug, with its outcome as a sentence; one refused for BUG_CHANGED shows the bug's new version. */
export function useBugMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables> & DocumentNode,
) {
  return useVersionedMutation(document, BUG_CHANGED);
}
