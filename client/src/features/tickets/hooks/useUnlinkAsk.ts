import { useMutation } from '@apollo/client/react';
import { TicketFeatureUnlinkMutationDocument } from '../../../gql/graphql';

/** The ticket does not ask for that card after all: its tally goes down, and C4 opens again if it was the last one. */
export function useUnlinkAsk() {
  return useMutation(TicketFeatureUnlinkMutationDocument);
}
