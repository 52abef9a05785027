import { useMutation } from '@apollo/client/react';
import { TicketLinksRevokeMutationDocument } from '../../../gql/graphql';

/**
 * Revokes every customer link of the ticket.
 * Its answer (TicketSidebar_ticket) updates the ticket cached by id.
 */
export function useRevokeTicketLinks() {
  return useMutation(TicketLinksRevokeMutationDocument);
}
