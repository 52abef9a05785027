import { useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { ApprovalsPageNotificationsSubscriptionDocument, ApprovalsPageQueueSubscriptionDocument } from '../../gql/graphql';

interface Options {
  /** Tickets of the drafts on screen: a new customer message there must show before anyone approves. */
  ticketIds: ReadonlySet<string>;
  /** Support managers review every draft but are only notified of novel replies (W6), so any ticket change counts. */
  seesAllDrafts: boolean;
}

/**
 * Refetches the drafts (at most every 300 ms) when a draft reaches the viewer (notifications) or a
 * ticket it concerns changes, on any server instance.
 */
export function useLiveDrafts(refresh: () => void, { ticketIds, seesAllDrafts }: Options): void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ refresh, ticketIds, seesAllDrafts });
  latest.current = { refresh, ticketIds, seesAllDrafts };
  const schedule = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current.refresh();
    }, 300);
  }, []);
  useSubscription(ApprovalsPageNotificationsSubscriptionDocument, { onData: schedule });
  useSubscription(ApprovalsPageQueueSubscriptionDocument, {
    onData: ({ data }) => {
      const ticketId = data.data?.queueChanged.ticketId;
      if (latest.current.seesAllDrafts || (ticketId && latest.current.ticketIds.has(ticketId))) schedule();
    },
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
}
