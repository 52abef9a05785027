import { useMutation } from '@apollo/client/react';
import { EscalationFormEscalateMutationDocument } from '../../../gql/graphql';

/**
 * E1/E2: a new bug from the ticket, complete, linked to it.
 * Its answer (TicketHeader_ticket, TicketSidebar_ticket, Composer_ticket) updates the ticket cached by id:
 * the header shows the bug, C3 ticks and Close follows; its event reaches the timeline with the live update.
 */
export function useEscalateTicket() {
  return useMutation(EscalationFormEscalateMutationDocument);
}
