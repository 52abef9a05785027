import { useMutation } from '@apollo/client/react';
import { TicketActionsClaimMutationDocument } from '../../../gql/graphql';

/**
 * Claims the ticket for the viewer (W1).
 * Its answer (TicketHeader_ticket, TicketSidebar_ticket, Composer_ticket) updates the ticket cached by id:
 * header, actions, checklist and every permission follow; its event reaches the timeline with the live update.
 */
export function useClaimTicket() {
  return useMutation(TicketActionsClaimMutationDocument);
}
