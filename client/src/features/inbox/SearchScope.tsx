import type { InboxSearchCountsQuery } from '../../gql/graphql';

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
export function SearchScope({ counts, viewLabel, inView, onShowAll, onNarrow }: SearchScopeProps) {
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
