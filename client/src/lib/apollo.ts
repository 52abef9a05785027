import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { AppViewerQueryDocument } from '../gql/graphql';

/** The one Apollo Client: same-origin cookie session; any UNAUTHENTICATED answer signs the UI out. */
export function createApolloClient(): ApolloClient {
  const signOutLink = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      client.cache.writeQuery({ query: AppViewerQueryDocument, data: { viewer: null } });
    }
  });
  const client = new ApolloClient({
    link: ApolloLink.from([signOutLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Pages of a list are one list per filter; "Load more" appends.
        Query: { fields: { users: relayStylePagination(['filter']) } },
      },
    }),
  });
  return client;
}
