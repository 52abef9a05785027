import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { checkLinkAsk } from '@tandem/shared';
import { useState } from 'react';
import { TicketActions_TicketFragmentDoc, type TicketActions_TicketFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useNow } from '../../lib/useNow';
import { toPerson } from '../../lib/person';
import { useViewer } from '../../lib/viewer';
import { LinkFeatureRequestButton } from './feature-request/LinkFeatureRequestButton';
import { TeammatePicker } from './TeammatePicker';
import { useAssignTicket } from './hooks/useAssignTicket';
import { useClaimTicket } from './hooks/useClaimTicket';
import { useCloseTicket } from './hooks/useCloseTicket';
import { useReleaseTicket } from './hooks/useReleaseTicket';
import { useReopenTicket } from './hooks/useReopenTicket';
import { useSendFollowUp } from './hooks/useSendFollowUp';

// Refusals of Close that name a step the ticket still needs (not the viewer's role).
const CLOSE_NEEDS = new Set(['BUG_NOT_ESCALATED', 'FEATURE_REQUEST_NOT_LINKED']);

/** Claim, release, assign, close, reopen, follow up; its data is `TicketActions_ticket`. */
export function TicketActions({ ticket: from }: { ticket: FragmentType<TicketActions_TicketFragment> }) {
  const { data: ticket, complete } = useFragment({ fragment: TicketActions_TicketFragmentDoc, from });
  const viewer = useViewer();
  const [claim, claiming] = useClaimTicket();
  const [release, releasing] = useReleaseTicket();
  const [close, closing] = useCloseTicket();
  const [reopen, reopening] = useReopenTicket();
  const [assign, assigning] = useAssignTicket();
  const [followUp, followingUp] = useSendFollowUp();
  const now = useNow();
  const [choosingAssignee, setChoosingAssignee] = useState(false);
  if (!complete) return null;
  const can = ticket.viewerCan;
  const followUpDue = ticket.status === 'PENDING' && ticket.followUpDueAt !== null && new Date(ticket.followUpDueAt) <= now;
  const busy = claiming.loading || releasing.loading || closing.loading || reopening.loading || assigning.loading || followingUp.loading;
  const error = claiming.error ?? releasing.error ?? closing.error ?? reopening.error ?? assigning.error ?? followingUp.error;
  const variables = { id: ticket.id };
  const run = (mutate: (options: { variables: typeof variables }) => Promise<unknown>) => () =>
    void mutate({ variables }).catch(() => undefined);
  const isMine = ticket.assignee?.id === viewer.id;
  // C4/FR1: a feature request may ask for several cards, so linking stays offered after the first.
  const canLinkFeature = ticket.type === 'FEATURE_REQUEST' && checkLinkAsk(toPerson(viewer), null).ok;

  return (
    <div className="ticket-actions stack">
      <div className="row wrap">
        {followUpDue && (
          <button
            type="button"
            className="primary"
            disabled={!can.reply.allowed || busy}
            title={can.reply.reason ?? 'Sends the team’s follow-up saved reply now (F1)'}
            onClick={() =>
              void followUp({ variables: { id: ticket.id, seenMessageId: ticket.latestMessageId ?? '' } }).catch(() => undefined)
            }
          >
            Send follow-up
          </button>
        )}
        {!ticket.assignee && ticket.status !== 'CLOSED' && (
          <button
            type="button"
            className="primary"
            disabled={!can.claim.allowed || busy}
            title={can.claim.reason ?? undefined}
            onClick={run(claim)}
          >
            Claim
          </button>
        )}
        {ticket.assignee && can.release.allowed && (
          <button type="button" disabled={busy} onClick={run(release)}>
            {isMine ? 'Release to the queue' : 'Unassign'}
          </button>
        )}
        {can.assign.allowed && (
          <button type="button" disabled={busy} onClick={() => setChoosingAssignee(!choosingAssignee)} aria-expanded={choosingAssignee}>
            Assign…
          </button>
        )}
        {canLinkFeature && <LinkFeatureRequestButton ticketId={ticket.id} />}
        {ticket.status === 'CLOSED' ? (
          <button type="button" disabled={!can.reopen.allowed || busy} title={can.reopen.reason ?? undefined} onClick={run(reopen)}>
            Reopen
          </button>
        ) : (
          <button type="button" disabled={!can.close.allowed || busy} title={can.close.reason ?? undefined} onClick={run(close)}>
            Close
          </button>
        )}
      </div>
      {!ticket.assignee && !can.claim.allowed && can.claim.reason && ticket.status !== 'CLOSED' && (
        <p className="muted small reason">{can.claim.reason}</p>
      )}
      {/* C3/C4: what the ticket still needs before it closes; a refusal of the viewer's role stays in the tooltip. */}
      {ticket.status !== 'CLOSED' && !can.close.allowed && CLOSE_NEEDS.has(can.close.code ?? '') && can.close.reason && (
        <p className="muted small reason">{can.close.reason}</p>
      )}
      {choosingAssignee && (
        <TeammatePicker
          label="Assign to"
          onPick={(person) => {
            setChoosingAssignee(false);
            void assign({ variables: { id: ticket.id, assigneeId: person.id } }).catch(() => undefined);
          }}
          onCancel={() => setChoosingAssignee(false)}
        />
      )}
      {error && (
        <p role="alert" className="error small">
          {errorMessage(error)}
        </p>
      )}
    </div>
  );
}
