import type { Unmasked } from '@apollo/client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { compareQueue, type QueueKeyFacts } from '@tandem/shared';
import { useCallback, useEffect, useRef } from 'react';
import {
  InboxChangedRowsQueryDocument,
  InboxPageQueryDocument,
  InboxQueueSubscriptionDocument,
  type InboxPageQuery,
  type InboxPageQueryVariables,
  type InboxRow_TicketFragment,
} from '../../../gql/graphql';
import { INBOX_PAGE_SIZE } from '../paging';

// The rows as the cache holds them: unmasked, so the queue order can read the rows' fields.
type Connection = Unmasked<InboxPageQuery>['tickets'];
type Edge = Connection['edges'][number];

/** At most a page of rows per refresh, so a burst of changes never makes one costly request. */
const ROWS_PER_REFRESH = INBOX_PAGE_SIZE;

function queueKey(ticket: InboxRow_TicketFragment): QueueKeyFacts {
  return {
    id: ticket.id,
    isManagerAssigned: ticket.isManagerAssigned,
    assigneeId: ticket.assignee?.id ?? null,
    isFrustrated: ticket.isFrustrated,
    responseDueAt: ticket.responseDueAt ? new Date(ticket.responseDueAt) : null,
  };
}

/**
 * The loaded rows with the changed tickets taken out and the fresh ones (those still in the view)
 * put back in their place in the R4/R5 order. A row that sorts after the last loaded one while
 * more pages exist is left to "Load more"; when everything is loaded it joins at the end.
 */
export function mergeChangedRows(
  connection: Connection,
  changedIds: ReadonlySet<string>,
  fresh: readonly Edge[],
  viewerId: string,
): Connection {
  const edges = connection.edges.filter((edge) => !changedIds.has(edge.node.id));
  const last = edges.at(-1);
  const compare = (a: Edge, b: Edge) => compareQueue(queueKey(a.node), queueKey(b.node), viewerId);
  for (const edge of fresh) {
    if (connection.pageInfo.hasNextPage && (!last || compare(edge, last) > 0)) continue;
    const at = edges.findIndex((other) => compare(edge, other) < 0);
    edges.splice(at < 0 ? edges.length : at, 0, edge);
  }
  // "Load more" continues after the last row shown (the previous last one may have moved or left).
  return { ...connection, edges, pageInfo: { ...connection.pageInfo, endCursor: edges.at(-1)?.cursor ?? connection.pageInfo.endCursor } };
}

/**
 * Live queue: when tickets change (on any server instance), fetches just those tickets within the
 * view's filter and merges them into the loaded rows, so a refresh costs the same however far the
 * person scrolled. Returns a function to refresh tickets at once (after the viewer's own claim).
 */
export function useLiveQueue(variables: InboxPageQueryVariables, viewerId: string, onChange?: () => void): (ids: string[]) => void {
  const client = useApolloClient();
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ variables, onChange });
  latest.current = { variables, onChange };

  const flush = useCallback(async () => {
    timer.current = null;
    const ids = [...pending.current];
    pending.current.clear();
    const { variables: vars, onChange: changed } = latest.current;
    changed?.();
    for (let i = 0; i < ids.length; i += ROWS_PER_REFRESH) {
      const chunk = ids.slice(i, i + ROWS_PER_REFRESH);
      const rows = { query: InboxChangedRowsQueryDocument, variables: { first: chunk.length, filter: { ...vars.filter, ids: chunk } } };
      const result = await client.query({ ...rows, fetchPolicy: 'network-only' }).catch(() => null);
      if (!result?.data) continue;
      // The answer is masked (only references to the rows' fragments): the rows are read back from the
      // cache, which has them whole, and this one-off list is dropped from it again.
      const fresh = client.cache.readQuery(rows)?.tickets.edges;
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'tickets', args: { filter: rows.variables.filter } });
      if (!fresh) continue;
      let emptied = false;
      client.cache.updateQuery({ query: InboxPageQueryDocument, variables: vars }, (current) => {
        if (!current) return undefined;
        const tickets = mergeChangedRows(current.tickets, new Set(chunk), fresh, viewerId);
        emptied = tickets.edges.length === 0 && tickets.pageInfo.hasNextPage;
        return { ...current, tickets };
      });
      // Every loaded row left the view: start again from the first page (one page, as on arrival).
      if (emptied) void client.refetchQueries({ include: [InboxPageQueryDocument] }).catch(() => undefined);
    }
  }, [client, viewerId]);

  const refresh = useCallback(
    (ids: string[], delay = 0) => {
      for (const id of ids) pending.current.add(id);
      if (timer.current) {
        if (delay > 0) return;
        clearTimeout(timer.current);
      }
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  useSubscription(InboxQueueSubscriptionDocument, {
    // Changes come in bursts (a claim, its event, the timers): gather them for half a second.
    onData: ({ data }) => {
      const id = data.data?.queueChanged.ticketId;
      if (id) refresh([id], 500);
    },
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return refresh;
}
