import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import {
  FeatureRequestsLiveSubscriptionDocument,
  FeatureRequestsPageQueryDocument,
  type FeatureRequestsPageQueryVariables,
} from '../../gql/graphql';

/** A refresh reads at most this many rows, however far the person scrolled. */
const MAX_ROWS_PER_REFRESH = 100;

/**
 * Live ranking: when any card changes (a ticket linked on any server instance, a merge, a status),
 * its row updates in the cache at once (the subscription carries it), and the rows loaded so far are
 * fetched again in the current sort and filters, so a card that moved up moves, a new one joins and one
 * that left the filter goes. Bursts are gathered.
 */
export function useLiveFeatureRanking(variables: FeatureRequestsPageQueryVariables, loadedRows: number): void {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ variables, loadedRows });
  latest.current = { variables, loadedRows };

  const refresh = useCallback(() => {
    timer.current = null;
    const { variables: vars, loadedRows: rows } = latest.current;
    const first = Math.min(MAX_ROWS_PER_REFRESH, Math.max(vars.first, rows));
    // Written over the filter's list in the cache (the list is kept per filter): the page shows it.
    void client
      .query({ query: FeatureRequestsPageQueryDocument, variables: { ...vars, first, after: null }, fetchPolicy: 'network-only' })
      .catch(() => undefined);
  }, [client]);

  useSubscription(FeatureRequestsLiveSubscriptionDocument, {
    onData: () => {
      if (!timer.current) timer.current = setTimeout(refresh, 300);
    },
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
}
