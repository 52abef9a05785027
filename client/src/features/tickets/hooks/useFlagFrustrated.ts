import { useMutation } from '@apollo/client/react';
import { TicketTriageFrustratedMutationDocument } from '../../../gql/graphql';

/**
 * Flags (or clears) a frustrated customer (W8).
 * Its answer (TicketHeader_ticket, TicketSidebar_ticket, Composer_ticket) updates the ticket cached by id:
 * header, actions, checklist and every permission follow; its event reaches the timeline with the live update.
 */
export function useFlagFrustrated() {
  return useMutation(TicketTriageFrustratedMutationDocument);
}
