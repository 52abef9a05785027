import { useMutation } from '@apollo/client/react';
import { ReplyEditorSendMutationDocument } from '../../../gql/graphql';

/**
 * Sends a reply to the customer.
 * Its answer (every fragment of the page, the timeline included) updates the ticket cached by id.
 */
export function useReplyToTicket() {
  return useMutation(ReplyEditorSendMutationDocument);
}
