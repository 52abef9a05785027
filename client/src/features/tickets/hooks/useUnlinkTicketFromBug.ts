import { useMutation } from '@apollo/client/react';
import { TicketBugUnlinkMutationDocument } from '../../../gql/graphql';

/** The ticket is not that bug after all: C3 opens again for a bug ticket, and the header drops the bug. */
export function useUnlinkTicketFromBug() {
  return useMutation(TicketBugUnlinkMutationDocument);
}
