import { useMutation } from '@apollo/client/react';
import { TicketTriageGroupMutationDocument } from '../../../gql/graphql';

/**
 * Triage: moves the ticket to a group.
 * Its answer (TicketHeader_ticket, TicketSidebar_ticket, Composer_ticket) updates the ticket cached by id:
 * header, actions, checklist and every permission follow; its event reaches the timeline with the live update.
 */
export function useSetTicketGroup() {
  return useMutation(TicketTriageGroupMutationDocument);
}
