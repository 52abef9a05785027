import { useMutation } from '@apollo/client/react';
import { TicketBugLinkMutationDocument } from '../../../gql/graphql';

/**
 * E3: the ticket hits a known bug (one click from "Bugs that look the same"); with tellFixed, a fixed
 * bug's message goes to this customer now. Its answer updates the ticket cached by id like an escalation.
 */
export function useLinkTicketToBug() {
  return useMutation(TicketBugLinkMutationDocument);
}
