import type { ApolloClient } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { AppViewerQueryDocument } from '../gql/graphql';

/**
 * Subscriptions over the WebSocket on the same port (the browser sends the session cookie with the
 * upgrade). Loaded with graphql-ws on the first subscription, which only a signed-in page opens.
 */
export function createWebSocketLink(client: ApolloClient): GraphQLWsLink {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
    createClient({
      url: url.href,
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
}
