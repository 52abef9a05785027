import { useMutation } from '@apollo/client/react';
import { InboxRowClaimMutationDocument } from '../../../gql/graphql';

/**
 * Claims a ticket from its row. The answer (InboxRow_ticket) updates the ticket cached by id, so
 * every loaded row shows the new assignee; whether the row still belongs in the tab (it leaves
 * Unassigned) is the server's to say: `refreshRows` (useLiveQueue) fetches just that row in the
 * tab's filter at once, as the live update would half a second later.
 */
export function useClaimFromInbox(refreshRows: (ids: string[]) => void) {
  const [claim, claiming] = useMutation(InboxRowClaimMutationDocument);
  const claimTicket = (ticket: { id: string }) =>
    claim({ variables: { id: ticket.id } })
      .then(() => refreshRows([ticket.id]))
      .catch(() => undefined);
  return [claimTicket, claiming] as const;
}
