import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { describeTriggers, LIMITS, TicketGroup, ticketGroupLabel, ticketStatusLabel, ticketTypeLabel, timeLeftMs } from '@tandem/shared';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Dialog } from '../../components/Dialog';
import {
  InboxPageQueryDocument,
  InboxQueueSubscriptionDocument,
  InboxRowClaimMutationDocument,
  type InboxRow_TicketFragment,
  type TicketsFilter,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatTimeLeft } from '../../lib/format';
import { useNow } from '../../lib/useNow';
import { useShortcuts } from '../../lib/useShortcuts';
import { useViewer } from '../../lib/viewer';
import './inbox.css';

const PAGE_SIZE = 50;

interface View {
  key: string;
  label: string;
  filter: TicketsFilter;
  empty: string;
}

const VIEWS: View[] = [
  { key: 'unassigned', label: 'Unassigned', filter: { unassigned: true }, empty: 'Nobody is waiting for a first answer. Nice work.' },
  { key: 'mine', label: 'Mine', filter: { mine: true }, empty: 'No tickets are assigned to you. Claim one from Unassigned.' },
  ...[TicketGroup.MARKETING, TicketGroup.DEVELOPMENT, TicketGroup.SALES].map((group) => ({
    key: group.toLowerCase(),
    label: ticketGroupLabel[group],
    filter: { group },
    empty: `No open ${ticketGroupLabel[group].toLowerCase()} tickets.`,
  })),
  {
    key: 'follow-up',
    label: 'Follow-up due',
    filter: { followUpDue: true },
    empty: 'No follow-ups are due. Customers who stay silent after a reply show up here (F1).',
  },
  { key: 'review', label: 'Needs review', filter: { needsReview: true }, empty: 'No drafts are waiting for review.' },
  { key: 'frustrated', label: 'Frustrated', filter: { frustrated: true }, empty: 'No customer is flagged as frustrated.' },
  { key: 'all', label: 'All open', filter: {}, empty: 'No open tickets at all. Enjoy the quiet.' },
];

/** The queue (W1, R4, R5): tabs per view, live, keyboard-driven; rows in the API's priority order. */
export function InboxPage() {
  const [params, setParams] = useSearchParams();
  const view = VIEWS.find((v) => v.key === params.get('view')) ?? VIEWS[0]!;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const deferredSearch = useDeferredValue(search.trim());
  const filter: TicketsFilter = { ...view.filter, search: deferredSearch || null };
  const { data, loading, error, fetchMore, refetch, networkStatus } = useQuery(InboxPageQueryDocument, {
    variables: { first: PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const tickets = data?.tickets.edges.map((e) => e.node) ?? [];
  // Live: reload as many rows as are shown (pages loaded with "Load more" stay).
  useLiveQueue(() => void refetch({ first: Math.min(100, Math.max(PAGE_SIZE, tickets.length)) }).catch(() => undefined));
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const pageInfo = data?.tickets.pageInfo;
  const now = useNow();
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  // The selection follows the ticket, not its position: live updates re-sort the rows.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const [claim, claiming] = useMutation(InboxRowClaimMutationDocument);

  useEffect(() => setSelectedId(null), [view.key, deferredSearch]);
  const selectedIndex = Math.max(0, tickets.findIndex((t) => t.id === selectedId));
  const current = tickets[selectedIndex];
  const select = (index: number) => setSelectedId(tickets[Math.min(Math.max(index, 0), tickets.length - 1)]?.id ?? null);
  const claimTicket = (ticket: InboxRow_TicketFragment) =>
    claim({ variables: { id: ticket.id } })
      .then(() => refetch())
      .catch(() => undefined);

  useShortcuts({
    j: () => select(selectedIndex + 1),
    k: () => select(selectedIndex - 1),
    Enter: () => current && navigate(`/tickets/${current.id}`),
    o: () => current && navigate(`/tickets/${current.id}`),
    c: () => current?.viewerCan.claim.allowed && !claiming.loading && void claimTicket(current),
    r: () => current && navigate(`/tickets/${current.id}#reply`),
    n: () => current && navigate(`/tickets/${current.id}#note`),
    '/': () => searchRef.current?.focus(),
    '?': () => setShowHelp(true),
  });

  const selectView = (key: string) => {
    const next = new URLSearchParams(params);
    next.set('view', key);
    setParams(next, { replace: true });
  };

  return (
    <section aria-labelledby="page-title" className="stack inbox">
      <div className="row spread">
        <h1 id="page-title">Inbox</h1>
        <button type="button" className="link-button small" onClick={() => setShowHelp(true)}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
      </div>
      <div role="tablist" aria-label="Queues" className="tabs">
        {VIEWS.map((v) => (
          <button
            key={v.key}
            type="button"
            role="tab"
            aria-selected={v.key === view.key}
            className={v.key === view.key ? 'tab active' : 'tab'}
            onClick={() => selectView(v.key)}
          >
            {v.label}
          </button>
        ))}
      </div>
      <label className="search">
        <span className="visually-hidden">Search tickets</span>
        <input
          ref={searchRef}
          type="search"
          placeholder="Search subject, messages, customer or #number  ( / )"
          maxLength={LIMITS.searchMax}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            // Esc leaves the field for the j/k/Enter shortcuts and keeps the search (a search input would clear it).
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.currentTarget.blur();
          }}
        />
      </label>
      {(error ?? claiming.error) && (
        <p role="alert" className="error">
          {errorMessage(error ?? claiming.error)}
        </p>
      )}
      {!loading && !error && tickets.length === 0 && (
        <div className="empty-state">
          <p>{deferredSearch ? `No tickets match “${deferredSearch}” in ${view.label}.` : view.empty}</p>
        </div>
      )}
      {tickets.length > 0 && (
        <ol className="ticket-list" aria-label={`${view.label} tickets`}>
          {tickets.map((ticket, index) => (
            <TicketRow
              key={ticket.id}
              ticket={ticket}
              now={now}
              isSelected={index === selectedIndex}
              onClaim={() => void claimTicket(ticket)}
              claiming={claiming.loading}
            />
          ))}
        </ol>
      )}
      {pageInfo?.hasNextPage && (
        <button type="button" disabled={loadingMore} onClick={() => fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
      {showHelp && <ShortcutHelp onClose={() => setShowHelp(false)} />}
    </section>
  );
}

/** Refetches (at most every half second) whenever any ticket of the queue changes, on any server instance. */
function useLiveQueue(refresh: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(refresh);
  latest.current = refresh;
  useSubscription(InboxQueueSubscriptionDocument, {
    onData: () => {
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        latest.current();
      }, 500);
    },
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
}

interface RowProps {
  ticket: InboxRow_TicketFragment;
  now: Date;
  isSelected: boolean;
  onClaim: () => void;
  claiming: boolean;
}

function TicketRow({ ticket, now, isSelected, onClaim, claiming }: RowProps) {
  const viewer = useViewer();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (isSelected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isSelected]);
  const left = timeLeftMs({ responseDueAt: ticket.responseDueAt ? new Date(ticket.responseDueAt) : null }, now);
  const timeLeft = formatTimeLeft(left);
  const claim = ticket.viewerCan.claim;
  const others = ticket.viewers.filter((v) => v.id !== viewer.id);
  return (
    <li ref={ref} className={isSelected ? 'ticket-row selected' : 'ticket-row'} aria-current={isSelected ? 'true' : undefined}>
      <div className="ticket-main">
        <Link to={`/tickets/${ticket.id}`} className="ticket-subject">
          <span className="muted">#{ticket.number}</span> {ticket.subject}
        </Link>
        <div className="ticket-meta small">
          <span>
            {ticket.customer.name}
            {ticket.customer.company && <span className="muted"> · {ticket.customer.company}</span>}
          </span>
          {ticket.customer.plan === 'PREMIUM' ? (
            <span className="badge plan-premium">Premium</span>
          ) : (
            ticket.customer.isHighValue && <span className="badge plan-premium">High value</span>
          )}
          <span className={ticket.type ? 'badge' : 'badge todo-badge'}>{ticket.type ? ticketTypeLabel[ticket.type] : 'Type not set'}</span>
          {ticket.status !== 'OPEN' && <span className="badge muted-badge">{ticketStatusLabel[ticket.status]}</span>}
          {ticket.isFrustrated && <span className="badge frustrated-badge">Frustrated</span>}
          {!ticket.isFrustrated && ticket.frustrationHint && (
            <span className="badge suggested-badge">Looks frustrated: {describeTriggers(ticket.frustrationHint.triggers)}</span>
          )}
          {ticket.isManagerAssigned && ticket.assignee?.id === viewer.id && <span className="badge assigned-badge">Assigned to you by a manager</span>}
          {ticket.status === 'PENDING' && ticket.followUpDueAt && new Date(ticket.followUpDueAt) <= now && (
            <span className="badge todo-badge">Follow-up due</span>
          )}
          {ticket.pendingDraftCount > 0 && (
            <span className="badge">
              {ticket.pendingDraftCount} draft{ticket.pendingDraftCount > 1 ? 's' : ''} to review
            </span>
          )}
          {others.length > 0 && <span className="viewing">{others.map((v) => v.name).join(', ')} viewing</span>}
        </div>
      </div>
      <div className="ticket-side">
        {timeLeft ? (
          <span className={left !== null && left < 0 ? 'time-left overdue' : 'time-left'}>{timeLeft}</span>
        ) : (
          <span className="muted small">Waiting on customer</span>
        )}
        {ticket.assignee ? (
          <span className="small">{ticket.assignee.id === viewer.id ? 'You' : ticket.assignee.name}</span>
        ) : (
          <>
            <button type="button" disabled={!claim.allowed || claiming} onClick={onClaim} aria-label={`Claim #${ticket.number}`}>
              Claim
            </button>
            {!claim.allowed && claim.reason && <span className="muted small reason">{claim.reason}</span>}
          </>
        )}
      </div>
    </li>
  );
}

const SHORTCUTS: [string, string][] = [
  ['j / k', 'Next / previous ticket'],
  ['Enter or o', 'Open the selected ticket'],
  ['c', 'Claim the selected ticket'],
  ['r / n', 'Open the selected ticket to reply / to write a note'],
  ['/', 'Search'],
  ['?', 'This help'],
  ['On a ticket: r', 'Write a reply'],
  ['On a ticket: n', 'Write an internal note'],
  ['On a ticket: Ctrl+Enter', 'Send what you are writing'],
  ['On a ticket: Esc', 'Back to the inbox'],
];

function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="table">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
