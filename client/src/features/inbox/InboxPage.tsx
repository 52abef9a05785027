import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { describeTriggers, LIMITS, TicketGroup, ticketGroupLabel, ticketStatusLabel, ticketTypeLabel, timeLeftMs } from '@tandem/shared';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Dialog } from '../../components/Dialog';
import {
  InboxJumpQueryDocument,
  InboxPageQueryDocument,
  InboxRowClaimMutationDocument,
  InboxSearchCountsQueryDocument,
  type InboxRow_TicketFragment,
  type InboxSearchCountsQuery,
  type TicketsFilter,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatTimeLeft } from '../../lib/format';
import { useNow } from '../../lib/useNow';
import { useShortcuts } from '../../lib/useShortcuts';
import { useViewer } from '../../lib/viewer';
import { INBOX_PAGE_SIZE } from './paging';
import { useLiveRows } from './useLiveRows';
import './inbox.css';

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

/** A search with a `#` or only digits names a ticket number: Enter opens that ticket. */
const TICKET_NUMBER = /^#?(\d{1,9})$/;

/**
 * The queue (W1, R4, R5): tabs per view, live, keyboard-driven; rows in the API's priority order.
 * A search looks through all tickets (closed ones too); the tab narrows it when asked.
 */
export function InboxPage() {
  const [params, setParams] = useSearchParams();
  const view = VIEWS.find((v) => v.key === params.get('view')) ?? VIEWS[0]!;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [searchInView, setSearchInView] = useState(false);
  const [jumpError, setJumpError] = useState<string | null>(null);
  const deferredSearch = useDeferredValue(search.trim());
  const searching = deferredSearch !== '';
  const viewFilter: TicketsFilter = { ...view.filter, search: deferredSearch || null };
  const allFilter: TicketsFilter = { search: deferredSearch, includeClosed: true };
  const filter = searching && !searchInView ? allFilter : viewFilter;
  const variables = { first: INBOX_PAGE_SIZE, filter };
  const { data, loading, error, fetchMore, networkStatus } = useQuery(InboxPageQueryDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const counts = useQuery(InboxSearchCountsQueryDocument, {
    variables: { inView: viewFilter, all: allFilter },
    skip: !searching,
    fetchPolicy: 'cache-and-network',
  });
  const tickets = data?.tickets.edges.map((e) => e.node) ?? [];
  const viewer = useViewer();
  // Live: only the tickets that changed are fetched again and put in their place among the loaded rows.
  const refreshRows = useLiveRows(variables, viewer.id, () => searching && void counts.refetch().catch(() => undefined));
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const pageInfo = data?.tickets.pageInfo;
  const now = useNow();
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const searchRef = useRef<HTMLInputElement>(null);
  // The selection follows the ticket, not its position: live updates re-sort the rows.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const [claim, claiming] = useMutation(InboxRowClaimMutationDocument);

  useEffect(() => setSelectedId(null), [view.key, deferredSearch, searchInView]);
  useEffect(() => {
    if (!search.trim()) setSearchInView(false);
    setJumpError(null);
  }, [search]);
  const selectedIndex = Math.max(0, tickets.findIndex((t) => t.id === selectedId));
  const current = tickets[selectedIndex];
  const select = (index: number) => setSelectedId(tickets[Math.min(Math.max(index, 0), tickets.length - 1)]?.id ?? null);
  const claimTicket = (ticket: InboxRow_TicketFragment) =>
    claim({ variables: { id: ticket.id } })
      .then(() => refreshRows([ticket.id]))
      .catch(() => undefined);

  // "#1013" + Enter opens ticket 1013, open or closed, whatever the tab.
  const jumpToNumber = async (number: string) => {
    const result = await apollo
      .query({ query: InboxJumpQueryDocument, variables: { filter: { search: `#${number}`, includeClosed: true } }, fetchPolicy: 'network-only' })
      .catch(() => null);
    const id = result?.data?.tickets.edges[0]?.node.id;
    if (id) navigate(`/tickets/${id}`);
    else setJumpError(result ? `There is no ticket #${number}.` : 'Tandem cannot reach the server right now. Check your connection and try again.');
  };

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
    // While searching, a tab narrows the search to it.
    if (search.trim()) setSearchInView(true);
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
          maxLength={LIMITS.search.textMax}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            const number = TICKET_NUMBER.exec(e.currentTarget.value.trim());
            if (e.key === 'Enter' && number) {
              e.preventDefault();
              void jumpToNumber(number[1]!);
              return;
            }
            // Esc leaves the field for the j/k/Enter shortcuts and keeps the search (a search input would clear it).
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.currentTarget.blur();
          }}
        />
      </label>
      {jumpError && (
        <p role="alert" className="error">
          {jumpError}
        </p>
      )}
      {searching && counts.data && (
        <SearchScope
          counts={counts.data}
          viewLabel={view.label}
          inView={searchInView}
          onShowAll={() => setSearchInView(false)}
          onNarrow={() => setSearchInView(true)}
        />
      )}
      {(error ?? claiming.error) && (
        <p role="alert" className="error">
          {errorMessage(error ?? claiming.error)}
        </p>
      )}
      {!loading && !error && tickets.length === 0 && (
        <div className="empty-state">
          <p>
            {!searching ? view.empty : searchInView ? `No tickets match “${deferredSearch}” in ${view.label}.` : `No tickets match “${deferredSearch}”.`}
          </p>
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

function formatCount({ count, hasMore }: { count: number; hasMore: boolean }): string {
  return hasMore ? `more than ${count}` : String(count);
}

interface SearchScopeProps {
  counts: InboxSearchCountsQuery;
  viewLabel: string;
  inView: boolean;
  onShowAll: () => void;
  onNarrow: () => void;
}

/** How many tickets match in the tab and in all tickets, and the switch between the two. */
function SearchScope({ counts, viewLabel, inView, onShowAll, onNarrow }: SearchScopeProps) {
  const inTab = `${formatCount(counts.inView)} in ${viewLabel}`;
  const inAll = `${formatCount(counts.all)} in all tickets`;
  // A switch only where it would show something else.
  const differ = formatCount(counts.inView) !== formatCount(counts.all);
  if (!differ || (!inView && counts.inView.count === 0)) {
    return (
      <p className="search-scope small" role="status">
        {inAll} (closed ones too){counts.inView.count === 0 && counts.all.count > 0 ? `, ${inTab}` : ''}
      </p>
    );
  }
  return (
    <p className="search-scope small" role="status">
      {inView ? (
        <>
          {inTab}, {inAll}:{' '}
          <button type="button" className="link-button" onClick={onShowAll}>
            Show all
          </button>
        </>
      ) : (
        <>
          {inAll} (closed ones too), {inTab}:{' '}
          <button type="button" className="link-button" onClick={onNarrow}>
            Only {viewLabel}
          </button>
        </>
      )}
    </p>
  );
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
          ticket.status !== 'CLOSED' && <span className="muted small">Waiting on customer</span>
        )}
        {/* A search shows closed tickets too: nothing to claim there (the status badge says why). */}
        {ticket.assignee ? (
          <span className="small">{ticket.assignee.id === viewer.id ? 'You' : ticket.assignee.name}</span>
        ) : (
          ticket.status !== 'CLOSED' && (
            <>
              <button type="button" disabled={!claim.allowed || claiming} onClick={onClaim} aria-label={`Claim #${ticket.number}`}>
                Claim
              </button>
              {!claim.allowed && claim.reason && <span className="muted small reason">{claim.reason}</span>}
            </>
          )
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
