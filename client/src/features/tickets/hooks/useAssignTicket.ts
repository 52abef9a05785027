import { useMutation } from '@apollo/client/react';
import { TicketActionsAssignMutationDocument } from '../../../gql/graphql';

/**
 * Assigns the ticket to a teammate.
 * Its answer (TicketHeader_ticket, TicketSidebar_ticket, Composer_ticket) updates the ticket cached by id:
 * header, actions, checklist and every permission follow; its event reaches the timeline with the live update.
 */
export function useAssignTicket() {
  return useMutation(TicketActionsAssignMutationDocument);
}
