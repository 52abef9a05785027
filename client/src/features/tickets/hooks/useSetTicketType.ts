import { useMutation } from '@apollo/client/react';
import { TicketTriageTypeMutationDocument } from '../../../gql/graphql';

/**
 * Triage: sets the ticket's type.
 * Its answer (TicketHeader_ticket, TicketSidebar_ticket, Composer_ticket) updates the ticket cached by id:
 * header, actions, checklist and every permission follow; its event reaches the timeline with the live update.
 */
export function useSetTicketType() {
  return useMutation(TicketTriageTypeMutationDocument);
}
