import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  canReadFeatureReports,
  FEATURE_TAGS,
  type FeatureOrder,
  type FeatureTag,
  featureOrderLabel,
  featureTagLabel,
  LIMITS,
} from '@tandem/shared';
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ShortcutHelp } from '../../components/ShortcutHelp';
import { FeatureRequestsLiveSubscriptionDocument, FeatureRequestsPageQueryDocument, type FeatureRequestsFilter } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useLiveList } from '../../lib/useLiveList';
import { useShortcuts } from '../../lib/useShortcuts';
import { useViewer } from '../../lib/viewer';
import { FeatureRow } from './FeatureRow';
import { RankingHeads } from './RankingHeads';
import { FEATURE_REQUESTS_SHORTCUTS } from './shortcuts';
import { CHART_SIZE, FEATURE_ORDERS, FEATURE_PAGE_SIZE, FEATURE_STATUS_VIEWS } from './views';
import './feature-requests.css';

// chart.js is its own chunk, fetched after the table is on screen: the page's first paint does not wait for it.
const FeatureChart = lazy(() => import('./FeatureChart').then((m) => ({ default: m.FeatureChart })));

/** Live ranking: a changed card (a ticket linked, a merge, a status) moves, joins or leaves in the current sort and filters. */
const LIVE_RANKING = { query: FeatureRequestsPageQueryDocument, subscription: FeatureRequestsLiveSubscriptionDocument };

/**
 * Product's home (FR2): one card per request, ranked by the customers, tickets, revenue or trend behind
 * it; tag and status filters, a search, the top 20 as a chart; live and keyboard-driven like the queues.
 */
export function FeatureRequestsPage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const order = FEATURE_ORDERS.find((o) => o === params.get('sort')) ?? 'CUSTOMERS';
  const tag = FEATURE_TAGS.find((t) => t === params.get('tag')) ?? null;
  const statusView = FEATURE_STATUS_VIEWS.find((v) => v.key === params.get('status')) ?? FEATURE_STATUS_VIEWS[0]!;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const deferredSearch = useDeferredValue(search.trim());
  const filter: FeatureRequestsFilter = { orderBy: order, tag, status: statusView.status, search: deferredSearch || null };
  const variables = { first: FEATURE_PAGE_SIZE, filter };
  const { data, loading, error, fetchMore, networkStatus } = useQuery(FeatureRequestsPageQueryDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const cards = useMemo(() => data?.featureRequests.edges.map((e) => e.node) ?? [], [data]);
  const top = useMemo(() => cards.slice(0, CHART_SIZE), [cards]);
  useLiveList(LIVE_RANKING, variables, cards.length);
  const pageInfo = data?.featureRequests.pageInfo;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  // The selection follows the card, not its position: live updates re-rank the rows.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  useEffect(() => setSelectedId(null), [order, tag, statusView.key, deferredSearch]);
  const selectedIndex = Math.max(
    0,
    cards.findIndex((c) => c.id === selectedId),
  );
  const current = cards[selectedIndex];
  const select = (index: number) => setSelectedId(cards[Math.min(Math.max(index, 0), cards.length - 1)]?.id ?? null);
  const open = () => current && navigate(`/feature-requests/${current.id}`);

  useShortcuts({
    j: () => select(selectedIndex + 1),
    k: () => select(selectedIndex - 1),
    Enter: open,
    o: open,
    '/': () => searchRef.current?.focus(),
    '?': () => setShowHelp(true),
  });

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const isFiltered = Boolean(deferredSearch || tag || statusView.status);

  return (
    <section aria-labelledby="page-title" className="stack feature-requests">
      <div className="row spread">
        <h1 id="page-title">Feature requests</h1>
        <div className="row">
          {canReadFeatureReports(viewer) && <Link to="/feature-requests/reports">Reports for engineering</Link>}
          <button type="button" className="link-button small" onClick={() => setShowHelp(true)}>
            Keyboard shortcuts <kbd>?</kbd>
          </button>
        </div>
      </div>
      <div role="tablist" aria-label="Rank by" className="tabs">
        {FEATURE_ORDERS.map((o) => (
          <button
            key={o}
            type="button"
            role="tab"
            aria-selected={o === order}
            className={o === order ? 'tab active' : 'tab'}
            onClick={() => setParam('sort', o === 'CUSTOMERS' ? null : o)}
          >
            {featureOrderLabel[o as FeatureOrder]}
          </button>
        ))}
      </div>
      <div className="row wrap feature-filters">
        <label className="search">
          <span className="visually-hidden">Search feature requests</span>
          <input
            ref={searchRef}
            type="search"
            placeholder="Search words of the request, or FR-12  ( / )"
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
        <label>
          Tag{' '}
          <select value={tag ?? ''} onChange={(e) => setParam('tag', e.target.value || null)}>
            <option value="">All tags</option>
            {FEATURE_TAGS.map((t: FeatureTag) => (
              <option key={t} value={t}>
                {featureTagLabel[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select
            value={statusView.key}
            onChange={(e) => setParam('status', e.target.value === FEATURE_STATUS_VIEWS[0]!.key ? null : e.target.value)}
          >
            {FEATURE_STATUS_VIEWS.map((v) => (
              <option key={v.key} value={v.key}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      {!loading && !error && cards.length === 0 && (
        <div className="empty-state">
          {isFiltered ? (
            <p>{deferredSearch ? `No feature requests match “${deferredSearch}” here.` : 'No feature requests in this filter.'}</p>
          ) : (
            <>
              <p>No feature requests yet: agents link tickets from the C4 step.</p>
              <p className="muted small">Each ticket of type Feature request adds its customer to a card here, as it arrives.</p>
            </>
          )}
        </div>
      )}
      {cards.length > 0 && (
        <>
          <Suspense fallback={<div className="feature-chart placeholder" aria-hidden="true" />}>
            <FeatureChart cards={top} order={order} />
          </Suspense>
          <div className="feature-table-wrap">
            <table className="table feature-table" aria-label={`Feature requests by ${featureOrderLabel[order].toLowerCase()}`}>
              <thead>
                <tr>
                  <RankingHeads />
                  <th scope="col">Trend</th>
                </tr>
              </thead>
              <tbody>
                {cards.map((card, index) => (
                  <FeatureRow key={card.id} featureRequest={card} isSelected={index === selectedIndex} />
                ))}
              </tbody>
            </table>
          </div>
        </>
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
      {showHelp && <ShortcutHelp shortcuts={FEATURE_REQUESTS_SHORTCUTS} onClose={() => setShowHelp(false)} />}
    </section>
  );
}
