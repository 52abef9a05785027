import type { DocumentNode, OperationVariables } from '@apollo/client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef } from 'react';

/** A refresh reads at most this many rows, however far the person scrolled. */
const MAX_ROWS_PER_REFRESH = 100;

/**
 * A live list: when any of its objects changes (on any server instance), its row updates in the cache at
 * once (the subscription carries it), and the rows loaded so far are fetched again with the page's
 * variables, so a new one joins, one that moved moves and one that left the filter goes. Bursts are gathered.
 */
export function useLiveList<TVariables extends OperationVariables & { first: number; after?: string | null }>(
  list: { query: TypedDocumentNode<unknown, TVariables> & DocumentNode; subscription: DocumentNode },
  variables: TVariables,
  loadedRows: number,
): void {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ list, variables, loadedRows });
  latest.current = { list, variables, loadedRows };

  const refresh = useCallback(() => {
    timer.current = null;
    const { list: current, variables: vars, loadedRows: rows } = latest.current;
    const first = Math.min(MAX_ROWS_PER_REFRESH, Math.max(vars.first, rows));
    // Written over the filter's list in the cache (the list is kept per filter): the page shows it.
    void client
      .query({ query: current.query, variables: { ...vars, first, after: null }, fetchPolicy: 'network-only' })
      .catch(() => undefined);
  }, [client]);

  useSubscription(list.subscription, {
    onData: () => {
      if (!timer.current) timer.current = setTimeout(refresh, 300);
    },
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
}
