import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isSubscriptionOperation, relayStylePagination } from '@apollo/client/utilities';
import { Observable, type Subscription } from 'rxjs';
import { AppViewerQueryDocument } from '../gql/graphql';
import { storableTextLink } from './storable-text-link';

/**
 * The one Apollo Client: same-origin cookie session; queries and mutations over HTTP, subscriptions over
 * the WebSocket on the same port (lib/websocket-link.ts, loaded with the first subscription). Any
 * UNAUTHENTICATED answer signs the UI out.
 */
export function createApolloClient(): ApolloClient {
  const signOutLink = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      client.cache.writeQuery({ query: AppViewerQueryDocument, data: { viewer: null } });
    }
  });
  const wsLink = loadedOnFirstUse(() => import('./websocket-link').then((m) => m.createWebSocketLink(client)));
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
            bugs: relayStylePagination(['filter']),
            featureRequests: relayStylePagination(['filter']),
          },
        },
        // One per team: every query of it reads and updates the same cached object.
        TeamSettings: { keyFields: [] },
        Ticket: { fields: { timeline: { merge: false }, viewers: { merge: false }, checklist: { merge: false } } },
        // A ticket's permissions carry no id: each component's fragment selects some of them, and a
        // mutation returns those of what it changes, so what arrives is merged into what is cached.
        TicketPermissions: { merge: true },
        // A bug's page shows its timeline and linked tickets whole: what arrives replaces what is cached.
        Bug: {
          fields: { timeline: { merge: false }, tickets: { merge: false }, fixPreview: { merge: false }, fixProgress: { merge: false } },
        },
        BugPermissions: { merge: true },
        // A card's asks are paged: "Load more" appends (each operation selects a card's other fields whole).
        FeatureRequest: { fields: { asks: relayStylePagination() } },
      },
    }),
  });
  return client;
}

/**
 * A link whose code is fetched when the first operation goes through it (and again after a failed
 * fetch); until then the operation waits, and one that is unsubscribed meanwhile is never sent.
 */
function loadedOnFirstUse(load: () => Promise<ApolloLink>): ApolloLink {
  let loading: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let subscription: Subscription | undefined;
        let unsubscribed = false;
        loading ??= load().catch((error: unknown) => {
          loading = undefined;
          throw error;
        });
        loading.then(
          (link) => {
            if (!unsubscribed) subscription = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          unsubscribed = true;
          subscription?.unsubscribe();
        };
      }),
  );
}
