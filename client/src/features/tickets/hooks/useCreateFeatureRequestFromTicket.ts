import { useMutation } from '@apollo/client/react';
import { TicketFeatureCreateMutationDocument } from '../../../gql/graphql';

/** FR1: no card fits, so a new one (tagged) is created with this ticket's ask on it; the ticket updates as after a link. */
export function useCreateFeatureRequestFromTicket() {
  return useMutation(TicketFeatureCreateMutationDocument);
}
