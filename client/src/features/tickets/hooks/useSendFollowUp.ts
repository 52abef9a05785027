import { useMutation } from '@apollo/client/react';
import { TicketActionsFollowUpMutationDocument } from '../../../gql/graphql';

/**
 * Sends the team's follow-up saved reply now (F1).
 * Its answer (every fragment of the page, the timeline included) updates the ticket cached by id.
 */
export function useSendFollowUp() {
  return useMutation(TicketActionsFollowUpMutationDocument);
}
