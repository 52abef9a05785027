import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { LIMITS } from '@tandem/shared';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { InboxJumpQueryDocument, InboxPageQueryDocument, InboxSearchCountsQueryDocument, type TicketsFilter } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useNow } from '../../lib/useNow';
import { useShortcuts } from '../../lib/useShortcuts';
import { useViewer } from '../../lib/viewer';
import { useClaimFromInbox } from './hooks/useClaimFromInbox';
import { useLiveQueue } from './hooks/useLiveQueue';
import { INBOX_PAGE_SIZE } from './paging';
import { SearchScope } from './SearchScope';
import { ShortcutHelp } from '../../components/ShortcutHelp';
import { INBOX_SHORTCUTS } from './shortcuts';
import { TicketRow } from './TicketRow';
import { VIEWS } from './views';
import './inbox.css';

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
  const refreshRows = useLiveQueue(variables, viewer.id, () => searching && void counts.refetch().catch(() => undefined));
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const pageInfo = data?.tickets.pageInfo;
  const now = useNow();
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const searchRef = useRef<HTMLInputElement>(null);
  // The selection follows the ticket, not its position: live updates re-sort the rows.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const [claimTicket, claiming] = useClaimFromInbox(refreshRows);

  useEffect(() => setSelectedId(null), [view.key, deferredSearch, searchInView]);
  useEffect(() => {
    if (!search.trim()) setSearchInView(false);
    setJumpError(null);
  }, [search]);
  const selectedIndex = Math.max(
    0,
    tickets.findIndex((t) => t.id === selectedId),
  );
  const current = tickets[selectedIndex];
  const select = (index: number) => setSelectedId(tickets[Math.min(Math.max(index, 0), tickets.length - 1)]?.id ?? null);

  // "#1013" + Enter opens ticket 1013, open or closed, whatever the tab.
  const jumpToNumber = async (number: string) => {
    const result = await apollo
      .query({
        query: InboxJumpQueryDocument,
        variables: { filter: { search: `#${number}`, includeClosed: true } },
        fetchPolicy: 'network-only',
      })
      .catch(() => null);
    const id = result?.data?.tickets.edges[0]?.node.id;
    if (id) navigate(`/tickets/${id}`);
    else
      setJumpError(
        result ? `There is no ticket #${number}.` : 'Tandem cannot reach the server right now. Check your connection and try again.',
      );
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
            {!searching
              ? view.empty
              : searchInView
                ? `No tickets match “${deferredSearch}” in ${view.label}.`
                : `No tickets match “${deferredSearch}”.`}
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
        <button
          type="button"
          disabled={loadingMore}
          onClick={() => fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}
        >
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
      {showHelp && <ShortcutHelp shortcuts={INBOX_SHORTCUTS} onClose={() => setShowHelp(false)} />}
    </section>
  );
}
