import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { EscalationsPageQueryDocument, EscalationsQueueSubscriptionDocument, type EscalationsPageQueryVariables } from '../../gql/graphql';

/** A refresh reads at most this many rows, however far the person scrolled. */
const MAX_ROWS_PER_REFRESH = 100;

/**
 * Live queue: when any bug changes (on any server instance), its row updates in the cache at once
 * (the subscription carries it), and the rows loaded so far are fetched again in the tab's filter,
 * so a new bug joins and a bug that left the tab goes, in the API's order. Bursts are gathered.
 */
export function useLiveBugQueue(variables: EscalationsPageQueryVariables, loadedRows: number): void {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ variables, loadedRows });
  latest.current = { variables, loadedRows };

  const refresh = useCallback(() => {
    timer.current = null;
    const { variables: vars, loadedRows: rows } = latest.current;
    const first = Math.min(MAX_ROWS_PER_REFRESH, Math.max(vars.first, rows));
    // Written over the tab's list in the cache (the list is kept per filter): the page shows it.
    void client
      .query({ query: EscalationsPageQueryDocument, variables: { ...vars, first, after: null }, fetchPolicy: 'network-only' })
      .catch(() => undefined);
  }, [client]);

  useSubscription(EscalationsQueueSubscriptionDocument, {
    onData: () => {
      if (!timer.current) timer.current = setTimeout(refresh, 300);
    },
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
}
