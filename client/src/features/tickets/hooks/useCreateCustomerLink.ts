import { useMutation } from '@apollo/client/react';
import { CustomerLinkCreateMutationDocument } from '../../../gql/graphql';

/**
 * Creates a link for the customer to follow the ticket.
 * Its answer (the url, and TicketSidebar_ticket) updates the ticket cached by id.
 */
export function useCreateCustomerLink() {
  return useMutation(CustomerLinkCreateMutationDocument);
}
