import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@tandem/shared';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { EscalationsPageQueryDocument, EscalationsQueueSubscriptionDocument, type BugsFilter } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useLiveList } from '../../lib/useLiveList';
import { useNow } from '../../lib/useNow';
import { useShortcuts } from '../../lib/useShortcuts';
import { BugRow } from './BugRow';
import { ShortcutHelp } from '../../components/ShortcutHelp';
import { ESCALATIONS_SHORTCUTS } from './shortcuts';
import { BUG_PAGE_SIZE, BUG_VIEWS } from './views';
import './escalations.css';

/** Live queue: a changed bug joins, moves or leaves the tab, in the API's order. */
const LIVE_QUEUE = { query: EscalationsPageQueryDocument, subscription: EscalationsQueueSubscriptionDocument };

/**
 * The engineering queue (E1-E3): bugs escalated by support, most severe and costly first, with the
 * customers and revenue behind each; tabs per status, a search, live, keyboard-driven like the inbox.
 */
export function EscalationsPage() {
  const [params, setParams] = useSearchParams();
  const view = BUG_VIEWS.find((v) => v.key === params.get('view')) ?? BUG_VIEWS[0]!;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const deferredSearch = useDeferredValue(search.trim());
  const filter: BugsFilter = { ...view.filter, search: deferredSearch || null };
  const variables = { first: BUG_PAGE_SIZE, filter };
  const { data, loading, error, fetchMore, networkStatus } = useQuery(EscalationsPageQueryDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const bugs = data?.bugs.edges.map((e) => e.node) ?? [];
  useLiveList(LIVE_QUEUE, variables, bugs.length);
  const pageInfo = data?.bugs.pageInfo;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const now = useNow();
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  // The selection follows the bug, not its position: live updates re-sort the rows.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  useEffect(() => setSelectedId(null), [view.key, deferredSearch]);
  const selectedIndex = Math.max(
    0,
    bugs.findIndex((b) => b.id === selectedId),
  );
  const current = bugs[selectedIndex];
  const select = (index: number) => setSelectedId(bugs[Math.min(Math.max(index, 0), bugs.length - 1)]?.id ?? null);
  const open = () => current && navigate(`/escalations/${current.id}`);

  useShortcuts({
    j: () => select(selectedIndex + 1),
    k: () => select(selectedIndex - 1),
    Enter: open,
    o: open,
    '/': () => searchRef.current?.focus(),
    '?': () => setShowHelp(true),
  });

  const selectView = (key: string) => {
    const next = new URLSearchParams(params);
    next.set('view', key);
    setParams(next, { replace: true });
  };

  return (
    <section aria-labelledby="page-title" className="stack escalations">
      <div className="row spread">
        <h1 id="page-title">Escalations</h1>
        <button type="button" className="link-button small" onClick={() => setShowHelp(true)}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
      </div>
      <div role="tablist" aria-label="Bug queues" className="tabs">
        {BUG_VIEWS.map((v) => (
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
        <span className="visually-hidden">Search bugs</span>
        <input
          ref={searchRef}
          type="search"
          placeholder="Search words of the bug, or BUG-12  ( / )"
          maxLength={LIMITS.search.textMax}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            // Esc leaves the field for the j/k/Enter shortcuts and keeps the search.
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.currentTarget.blur();
          }}
        />
      </label>
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      {!loading && !error && bugs.length === 0 && (
        <div className="empty-state">
          <p>{deferredSearch ? `No bugs match “${deferredSearch}” in ${view.label}.` : view.empty}</p>
          {!deferredSearch && <p className="muted small">Agents escalate bugs from a ticket; new ones appear here as they arrive.</p>}
        </div>
      )}
      {bugs.length > 0 && (
        <div className="bug-table-wrap">
          <table className="table bug-table" aria-label={`${view.label} bugs`}>
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">Bug</th>
                <th scope="col" className="num">
                  Customers
                </th>
                <th scope="col" className="num">
                  Revenue
                </th>
                <th scope="col" className="num">
                  High value
                </th>
                <th scope="col">Age</th>
                <th scope="col">Engineer</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {bugs.map((bug, index) => (
                <BugRow key={bug.id} bug={bug} now={now} isSelected={index === selectedIndex} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageInfo?.hasNextPage && (
        <div className="row">
          <button
            type="button"
            disabled={loadingMore}
            onClick={() => fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}
          >
            {loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
      {showHelp && <ShortcutHelp shortcuts={ESCALATIONS_SHORTCUTS} onClose={() => setShowHelp(false)} />}
    </section>
  );
}
