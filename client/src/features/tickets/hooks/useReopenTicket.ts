import { useMutation } from '@apollo/client/react';
import { TicketActionsReopenMutationDocument } from '../../../gql/graphql';

/**
 * Reopens a closed ticket.
 * Its answer (TicketHeader_ticket, TicketSidebar_ticket, Composer_ticket) updates the ticket cached by id:
 * header, actions, checklist and every permission follow; its event reaches the timeline with the live update.
 */
export function useReopenTicket() {
  return useMutation(TicketActionsReopenMutationDocument);
}
