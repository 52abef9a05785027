import { useMutation } from '@apollo/client/react';
import { ReplyEditorSubmitDraftMutationDocument } from '../../../gql/graphql';

/**
 * Submits a draft for review (T1, W6).
 * Its answer (the draft, and the ticket's Timeline_ticket and Composer_ticket) updates the ticket cached by id.
 */
export function useSubmitDraft() {
  return useMutation(ReplyEditorSubmitDraftMutationDocument);
}
