import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { AppViewerQueryDocument } from '../gql/graphql';
import { storableTextLink } from './storable-text-link';

/**
 * The one Apollo Client: same-origin cookie session; queries and mutations over HTTP, subscriptions over
 * the WebSocket on the same port (the browser sends the session cookie with the upgrade). Any
 * UNAUTHENTICATED answer signs the UI out.
 */
export function createApolloClient(): ApolloClient {
  const signOutLink = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      client.cache.writeQuery({ query: AppViewerQueryDocument, data: { viewer: null } });
    }
  });
  const wsUrl = new URL('/graphql', window.location.href);
  wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  const wsLink = new GraphQLWsLink(
    createClient({
      url: wsUrl.href,
      lazy: true,
      // Reconnects after a restart or a lost network (at most 30 s apart); a ping every 15 s notices
      // a dead connection. After a reconnect the open pages refetch what they missed.
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) + Math.random() * 1000)),
      keepAlive: 15_000,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) void client.refetchQueries({ include: 'active' });
        },
        // The server closes the socket of a session that ended (4401: signed out elsewhere or a
        // password change; 4403: deactivated): asking who is signed in signs the UI out at once.
        closed: (event) => {
          const code = (event as { code?: number } | null)?.code;
          if (code === 4401 || code === 4403) void client.refetchQueries({ include: [AppViewerQueryDocument] }).catch(() => undefined);
        },
      },
    }),
  );
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const client = new ApolloClient({
    // Data masking: a query's or mutation's data holds only the fields it selects itself; each
    // component reads its own fragment with useFragment (the generated types are masked the same way).
    dataMasking: true,
    link: ApolloLink.from([
      signOutLink,
      storableTextLink,
      ApolloLink.split(({ query }) => isSubscriptionOperation(query), wsLink, httpLink),
    ]),
    cache: new InMemoryCache({
      possibleTypes: { TimelineEntry: ['CustomerMessage', 'Reply', 'Note', 'TicketEvent', 'Draft'] },
      typePolicies: {
        // Pages of a list are one list per filter; "Load more" appends.
        Query: {
          fields: {
            users: relayStylePagination(['filter']),
            tickets: relayStylePagination(['filter']),
            savedReplies: relayStylePagination(['filter']),
            notifications: relayStylePagination(['unreadOnly']),
            draftsToReview: relayStylePagination(),
            outbox: relayStylePagination(['status']),
          },
        },
        // One per team: every query of it reads and updates the same cached object.
        TeamSettings: { keyFields: [] },
        Ticket: { fields: { timeline: { merge: false }, viewers: { merge: false }, checklist: { merge: false } } },
        // A ticket's permissions carry no id: each component's fragment selects some of them, and a
        // mutation returns those of what it changes, so what arrives is merged into what is cached.
        TicketPermissions: { merge: true },
      },
    }),
  });
  return client;
}
