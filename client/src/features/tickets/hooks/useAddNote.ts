import { useMutation } from '@apollo/client/react';
import { NoteEditorAddMutationDocument } from '../../../gql/graphql';

/**
 * Adds an internal note (with @mentions).
 * Its answer (Timeline_ticket) updates the ticket cached by id: the note joins the timeline.
 */
export function useAddNote() {
  return useMutation(NoteEditorAddMutationDocument);
}
