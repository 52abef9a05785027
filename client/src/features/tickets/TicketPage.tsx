import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { TicketPageLiveSubscriptionDocument, TicketPageQueryDocument, TicketPageViewingMutationDocument } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useShortcuts } from '../../lib/useShortcuts';
import { Composer, type ComposerHandle } from './Composer';
import { TicketHeader } from './TicketHeader';
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
  // Masked: each component reads its own fragment of the ticket (useFragment, by its id).
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
