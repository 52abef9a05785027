import { useMutation } from '@apollo/client/react';
import { TicketActionsReleaseMutationDocument } from '../../../gql/graphql';

/**
 * Releases the ticket to the queue (or unassigns it).
 * Its answer (TicketHeader_ticket, TicketSidebar_ticket, Composer_ticket) updates the ticket cached by id:
 * header, actions, checklist and every permission follow; its event reaches the timeline with the live update.
 */
export function useReleaseTicket() {
  return useMutation(TicketActionsReleaseMutationDocument);
}
