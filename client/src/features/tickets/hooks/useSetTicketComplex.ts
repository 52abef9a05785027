import { useMutation } from '@apollo/client/react';
import { TicketTriageComplexMutationDocument } from '../../../gql/graphql';

/**
 * Triage: marks the ticket complex or not.
 * Its answer (TicketHeader_ticket, TicketSidebar_ticket, Composer_ticket) updates the ticket cached by id:
 * header, actions, checklist and every permission follow; its event reaches the timeline with the live update.
 */
export function useSetTicketComplex() {
  return useMutation(TicketTriageComplexMutationDocument);
}
