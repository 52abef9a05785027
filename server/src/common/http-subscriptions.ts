import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Live updates run over the WebSocket at /graphql (graphql-ws); sent as an HTTP POST, a
 * subscription would run as a query without its event and fail inside. It is refused with 400.
 */
export function subscriptionsOverWebSocketOnlyPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError('Subscriptions run over the WebSocket at /graphql (graphql-transport-ws protocol), not over HTTP.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        },
      };
    },
  };
}
