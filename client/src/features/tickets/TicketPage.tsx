import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { describeTimer, describeTriggers, nextTimer, ticketStatusLabel, timeLeftMs } from '@tandem/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  TicketActionsAssignMutationDocument,
  TicketActionsClaimMutationDocument,
  TicketActionsCloseMutationDocument,
  TicketActionsFollowUpMutationDocument,
  TicketActionsReleaseMutationDocument,
  TicketActionsReopenMutationDocument,
  TicketPageLiveSubscriptionDocument,
  TicketPageQueryDocument,
  TicketPageViewingMutationDocument,
  type TicketPage_TicketFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatTimeLeft } from '../../lib/format';
import { useNow } from '../../lib/useNow';
import { useShortcuts } from '../../lib/useShortcuts';
import { useViewer } from '../../lib/viewer';
import { Composer, type ComposerHandle } from './Composer';
import { TeammatePicker } from './TeammatePicker';
import { TicketSidebar } from './TicketSidebar';
import { Timeline } from './Timeline';
import './ticket.css';

// The server forgets a viewer after 45 s without a heartbeat.
const PRESENCE_HEARTBEAT_MS = 20_000;

/** One ticket: the conversation, the checklist, and the reply editor; live for everyone who has it open. */
export function TicketPage() {
  const { id = '' } = useParams();
  // Fresh on every visit: the live updates only run while the page is open.
  const { data, error, loading } = useQuery(TicketPageQueryDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // The subscription's payload is the whole ticket: Apollo writes it into the cache by id.
  useSubscription(TicketPageLiveSubscriptionDocument, { variables: { id }, skip: !data?.ticket });
  usePresence(id, Boolean(data?.ticket));
  const navigate = useNavigate();
  const composer = useRef<ComposerHandle>(null);
  const [replyBody, setReplyBody] = useState('');
  // From the inbox: `r` opens the ticket at the reply editor (#reply), `n` at the note (#note).
  const { hash } = useLocation();
  const ready = Boolean(data?.ticket);
  useEffect(() => {
    if (ready && (hash === '#reply' || hash === '#note')) composer.current?.focus(hash === '#reply' ? 'reply' : 'note');
  }, [ready, hash]);
  useShortcuts({
    r: () => composer.current?.focus('reply'),
    n: () => composer.current?.focus('note'),
    // Back to the inbox, unless that would throw away a reply being written.
    Escape: () => replyBody.trim() === '' && navigate('/inbox'),
  });

  if (loading && !data) return <p className="page-loading">Loading the ticket…</p>;
  if (!data?.ticket) {
    return (
      <section aria-labelledby="page-title" className="stack">
        <h1 id="page-title">Ticket</h1>
        <p role="alert" className="error">
          {error ? errorMessage(error) : 'This ticket does not exist.'}
        </p>
        <Link to="/inbox">Back to the inbox</Link>
      </section>
    );
  }
  const ticket = data.ticket;
  return (
    <section aria-labelledby="page-title" className="ticket-page">
      <TicketHeader ticket={ticket} />
      <div className="ticket-layout">
        <div className="ticket-conversation stack">
          <Timeline ticket={ticket} />
          {/* One per ticket: what is written belongs to this ticket (kept per ticket and person). */}
          <Composer key={ticket.id} ref={composer} ticket={ticket} toneGuide={data.teamSettings.toneGuide} onReplyChange={setReplyBody} />
        </div>
        <TicketSidebar ticket={ticket} replyBody={replyBody} />
      </div>
    </section>
  );
}

/** Tells the server (and through it everyone else on the ticket) that the viewer has it open. */
function usePresence(ticketId: string, ready: boolean) {
  const [setViewing] = useMutation(TicketPageViewingMutationDocument);
  useEffect(() => {
    if (!ready) return;
    const beat = () => void setViewing({ variables: { id: ticketId, viewing: true } }).catch(() => undefined);
    beat();
    const timer = setInterval(beat, PRESENCE_HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      void setViewing({ variables: { id: ticketId, viewing: false } }).catch(() => undefined);
    };
  }, [ticketId, ready, setViewing]);
}

function TicketHeader({ ticket }: { ticket: TicketPage_TicketFragment }) {
  const viewer = useViewer();
  const now = useNow();
  const left = timeLeftMs({ responseDueAt: ticket.responseDueAt ? new Date(ticket.responseDueAt) : null }, now);
  const others = ticket.viewers.filter((v) => v.id !== viewer.id);
  return (
    <header className="ticket-header stack">
      <div className="row spread wrap">
        <h1 id="page-title">
          <span className="muted">#{ticket.number}</span> {ticket.subject}
        </h1>
        <TicketActions ticket={ticket} />
      </div>
      <div className="row wrap small ticket-facts">
        <span className="badge muted-badge">{ticketStatusLabel[ticket.status]}</span>
        {ticket.isFrustrated && <span className="badge frustrated-badge">Frustrated customer</span>}
        {!ticket.isFrustrated && ticket.frustrationHint && (
          <span className="badge suggested-badge">Looks frustrated: {describeTriggers(ticket.frustrationHint.triggers)}</span>
        )}
        {ticket.isManagerAssigned && ticket.assignee && (
          <span className="badge assigned-badge">Assigned by {ticket.assignedBy?.name ?? 'a manager'}</span>
        )}
        <span>
          {ticket.assignee ? (
            <>
              Handled by <strong>{ticket.assignee.id === viewer.id ? 'you' : ticket.assignee.name}</strong>
            </>
          ) : (
            'Nobody has claimed it yet'
          )}
        </span>
        {left !== null && (
          <span className={left < 0 ? 'time-left overdue' : 'time-left'} title="Until the first-response goal of the customer's plan (R5)">
            {formatTimeLeft(left)}
          </span>
        )}
        {ticket.isGoalMissed && <span className="badge frustrated-badge">Response goal missed</span>}
        <NextTimer ticket={ticket} now={now} />
        {others.length > 0 && (
          <span className="viewing" role="status">
            {others.map((v) => v.name).join(', ')} {others.length === 1 ? 'is' : 'are'} viewing
          </span>
        )}
      </div>
    </header>
  );
}

/**
 * The next thing the timers will do (F1, W10, R5), from the times the server computed with the
 * shared rules: "follow-up due in 23 h", "closes in 4 d", "first-response goal in 1 h 20 min".
 */
function NextTimer({ ticket, now }: { ticket: TicketPage_TicketFragment; now: Date }) {
  const date = (iso: string | null) => (iso ? new Date(iso) : null);
  const plan = {
    followUpDueAt: date(ticket.followUpDueAt),
    autoCloseAt: date(ticket.autoCloseAt),
    goalWarningAt: null,
    goalMissedAt: ticket.firstResponseAt || ticket.status === 'CLOSED' ? null : date(ticket.firstResponseDueAt),
  };
  const followUpDue = ticket.status === 'PENDING' && plan.followUpDueAt !== null && plan.followUpDueAt <= now;
  const next = nextTimer(plan, now);
  // The goal countdown already shows as "time left"; the others are new information.
  const shown = next && next.kind !== 'GOAL_MISSED' ? describeTimer(next.kind, next.at, now) : null;
  // F1/F4 count from the sending: a reply the customer has not received starts neither.
  const waitsForMail = ticket.followUpWaitsForMail;
  if (!followUpDue && !shown && !waitsForMail) return null;
  return (
    <span className="next-timer" title="Follow-ups and closing follow the team's settings (F1-F4)">
      {followUpDue && <span className="badge todo-badge">Follow-up due</span>}
      {shown && <span>{shown[0]!.toUpperCase() + shown.slice(1)}</span>}
      {waitsForMail && <span>Follow-up starts once the reply’s mail is sent</span>}
    </span>
  );
}

function TicketActions({ ticket }: { ticket: TicketPage_TicketFragment }) {
  const can = ticket.viewerCan;
  const viewer = useViewer();
  const [claim, claiming] = useMutation(TicketActionsClaimMutationDocument);
  const [release, releasing] = useMutation(TicketActionsReleaseMutationDocument);
  const [close, closing] = useMutation(TicketActionsCloseMutationDocument);
  const [reopen, reopening] = useMutation(TicketActionsReopenMutationDocument);
  const [assign, assigning] = useMutation(TicketActionsAssignMutationDocument);
  const [followUp, followingUp] = useMutation(TicketActionsFollowUpMutationDocument);
  const now = useNow();
  const followUpDue = ticket.status === 'PENDING' && ticket.followUpDueAt !== null && new Date(ticket.followUpDueAt) <= now;
  const [choosingAssignee, setChoosingAssignee] = useState(false);
  const busy = claiming.loading || releasing.loading || closing.loading || reopening.loading || assigning.loading || followingUp.loading;
  const error = claiming.error ?? releasing.error ?? closing.error ?? reopening.error ?? assigning.error ?? followingUp.error;
  const variables = { id: ticket.id };
  const run = (mutate: (options: { variables: typeof variables }) => Promise<unknown>) => () => void mutate({ variables }).catch(() => undefined);
  const isMine = ticket.assignee?.id === viewer.id;

  return (
    <div className="ticket-actions stack">
      <div className="row wrap">
        {followUpDue && (
          <button
            type="button"
            className="primary"
            disabled={!can.reply.allowed || busy}
            title={can.reply.reason ?? 'Sends the team’s follow-up saved reply now (F1)'}
            onClick={() => void followUp({ variables: { id: ticket.id, seenMessageId: ticket.latestMessageId ?? '' } }).catch(() => undefined)}
          >
            Send follow-up
          </button>
        )}
        {!ticket.assignee && ticket.status !== 'CLOSED' && (
          <button type="button" className="primary" disabled={!can.claim.allowed || busy} title={can.claim.reason ?? undefined} onClick={run(claim)}>
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
