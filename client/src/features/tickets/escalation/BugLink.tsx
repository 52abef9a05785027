import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { bugBadge, bugReference, checkLinkTicket, checkTellFixed } from '@tandem/shared';
import { Link } from 'react-router';
import { BugLink_TicketFragmentDoc, type BugLink_TicketFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { toPerson } from '../../../lib/person';
import { useViewer } from '../../../lib/viewer';
import { useLinkTicketToBug } from '../hooks/useLinkTicketToBug';
import { useUnlinkTicketFromBug } from '../hooks/useUnlinkTicketFromBug';
import './escalation.css';

/**
 * C3/E3 in the ticket's header: the bug it is linked to ("BUG-12 · In progress", to the bug's page),
 * unlinking, and, once the bug is fixed, telling this customer now if they were not told yet.
 */
export function BugLink({ ticket: from }: { ticket: FragmentType<BugLink_TicketFragment> }) {
  const { data: ticket, complete } = useFragment({ fragment: BugLink_TicketFragmentDoc, from });
  const viewer = useViewer();
  const [unlink, unlinking] = useUnlinkTicketFromBug();
  const [link, linking] = useLinkTicketToBug();
  if (!complete || !ticket.bug) return null;
  const bug = ticket.bug;
  const person = toPerson(viewer);
  const canUnlink = checkLinkTicket(person, null).ok;
  // T1: a trainee is never offered the button, but is told why the customer has not heard yet.
  const tell = bug.status === 'FIXED' && !ticket.isToldOfFix ? checkTellFixed(person, bug) : null;
  const busy = unlinking.loading || linking.loading;
  const error = unlinking.error ?? linking.error;
  return (
    <span className="bug-link">
      <Link to={`/escalations/${bug.id}`} className="badge bug-badge" title="Open the bug engineering works on">
        {bugBadge(bug)}
      </Link>
      {canUnlink && (
        <button
          type="button"
          className="link-button small"
          disabled={busy}
          aria-label={`Unlink from ${bugReference(bug.number)}`}
          onClick={() => void unlink({ variables: { ticketId: ticket.id } }).catch(() => undefined)}
        >
          Unlink
        </button>
      )}
      {tell?.ok && (
        <button
          type="button"
          className="small"
          disabled={busy}
          title="Sends this customer the fix message now (E3)"
          onClick={() =>
            void link({ variables: { input: { ticketId: ticket.id, bugId: bug.id, tellFixed: true } } }).catch(() => undefined)
          }
        >
          Tell the customer it’s fixed
        </button>
      )}
      {tell && !tell.ok && <span className="muted small">The customer has not been told of the fix yet. {tell.message}</span>}
      {error && (
        <span role="alert" className="error small">
          {errorMessage(error)}
        </span>
      )}
    </span>
  );
}
