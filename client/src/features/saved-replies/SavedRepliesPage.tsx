import { useQuery } from '@apollo/client/react';
import { checkSavedReplyEditing, LIMITS, SavedReplyCategory, savedReplyCategoryLabel } from '@tandem/shared';
import { useDeferredValue, useState, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import { SavedRepliesPageQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { toPerson } from '../../lib/person';
import { useViewer } from '../../lib/viewer';
import { SavedReplyCard } from './SavedReplyCard';
import { SavedReplyEditor, type EditorPurpose } from './SavedReplyEditor';
import { STATUS_TABS, type StatusTab } from './status-tabs';
import './saved-replies.css';

const PAGE_SIZE = 25;
const CATEGORIES = Object.values(SavedReplyCategory);

/** S1/S2/T3: the library, most used first; suggestions wait here for a manager's decision. */
export function SavedRepliesPage() {
  const viewer = useViewer();
  const canCreate = checkSavedReplyEditing(toPerson(viewer)).ok;
  const [params, setParams] = useSearchParams();
  const tab = STATUS_TABS.find((t) => t.key === params.get('tab')) ?? STATUS_TABS[0]!;
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<SavedReplyCategory | ''>('');
  const [editing, setEditing] = useState<EditorPurpose | null>(null);
  const deferredSearch = useDeferredValue(search.trim());
  const filter = { status: tab.status, search: deferredSearch || null, category: category || null };
  const { data, loading, error, fetchMore } = useQuery(SavedRepliesPageQueryDocument, {
    variables: { first: PAGE_SIZE, filter },
    // Another tab may have changed since it was cached (an accepted suggestion joins Active).
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const replies = data?.savedReplies.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.savedReplies.pageInfo;
  const isFiltered = Boolean(deferredSearch || category);

  const selectTab = (next: StatusTab) => {
    const nextParams = new URLSearchParams(params);
    nextParams.set('tab', next.key);
    setParams(nextParams, { replace: true });
  };

  return (
    <section aria-labelledby="page-title" className="stack saved-replies">
      <div className="row spread">
        <h1 id="page-title">Saved replies</h1>
        {canCreate && (
          <button type="button" className="primary" onClick={() => setEditing({ kind: 'create' })}>
            New saved reply
          </button>
        )}
      </div>
      <StatusTabs current={tab} onSelect={selectTab} />
      <div className="row wrap filters">
        <label>
          Search
          <input
            type="search"
            placeholder="Title or text"
            maxLength={LIMITS.search.textMax}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label>
          Category
          <select value={category} onChange={(e) => setCategory(e.target.value as SavedReplyCategory | '')}>
            <option value="">Any category</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {savedReplyCategoryLabel[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div role="tabpanel" id="saved-replies-panel" aria-labelledby={tabId(tab)} className="stack">
        {error && (
          <p role="alert" className="error">
            {errorMessage(error)}
          </p>
        )}
        {!loading && !error && replies.length === 0 && (
          <div className="empty-state">
            <p>
              {isFiltered
                ? 'Nothing here matches this search and category. Clear the search or pick another category.'
                : tab.empty(canCreate)}
            </p>
          </div>
        )}
        {replies.length > 0 && (
          <ul className="saved-reply-list" aria-label={`${tab.label} saved replies`}>
            {replies.map((reply) => (
              <li key={reply.id}>
                <SavedReplyCard
                  reply={reply}
                  onEdit={(shown) => setEditing({ kind: 'edit', reply: shown })}
                  onAccept={(shown) => setEditing({ kind: 'accept', reply: shown })}
                />
              </li>
            ))}
          </ul>
        )}
        {pageInfo?.hasNextPage && (
          <div>
            <button
              type="button"
              disabled={loading}
              onClick={() => fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}
            >
              {loading ? 'Loading…' : 'Load more'}
            </button>
          </div>
        )}
      </div>
      {editing && <SavedReplyEditor purpose={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}

/** ARIA tabs: arrow keys move between them, only the selected one is in the tab order. */
function StatusTabs({ current, onSelect }: { current: StatusTab; onSelect: (tab: StatusTab) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    const focused = STATUS_TABS.findIndex((t) => tabId(t) === (event.target as HTMLElement).id);
    const index = focused >= 0 ? focused : STATUS_TABS.indexOf(current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = STATUS_TABS[(index + step + STATUS_TABS.length) % STATUS_TABS.length]!;
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div role="tablist" aria-label="Saved replies by status" className="status-tabs" onKeyDown={onKeyDown}>
      {STATUS_TABS.map((t) => (
        <button
          key={t.key}
          id={tabId(t)}
          type="button"
          role="tab"
          aria-selected={t.key === current.key}
          aria-controls="saved-replies-panel"
          tabIndex={t.key === current.key ? 0 : -1}
          className={t.key === current.key ? 'status-tab selected' : 'status-tab'}
          onClick={() => onSelect(t)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

function tabId(tab: StatusTab): string {
  return `saved-replies-tab-${tab.key}`;
}
