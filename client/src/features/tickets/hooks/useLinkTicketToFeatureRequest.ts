import { useMutation } from '@apollo/client/react';
import { TicketFeatureLinkMutationDocument } from '../../../gql/graphql';

/**
 * FR1/C4: the ticket asks for a known card (one click from "Requests that ask for the same"); its
 * tally goes up. Its answer updates the ticket cached by id: the header shows the card, C4 ticks,
 * and Reply and Close follow the server's permissions.
 */
export function useLinkTicketToFeatureRequest() {
  return useMutation(TicketFeatureLinkMutationDocument);
}
