import { useQuery } from '@apollo/client/react';
import { hasRole } from '@tandem/shared';
import { useCallback, useRef, useState } from 'react';
import { ApprovalsPageQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useNow } from '../../lib/useNow';
import { useViewer } from '../../lib/viewer';
import { DraftReview, type ReviewOutcome } from './DraftReview';
import { useLiveDrafts } from './useLiveDrafts';
import './approvals.css';

const PAGE_SIZE = 20;
// The API serves at most 100 drafts per request.
const MAX_PAGE = 100;

/** T2: trainers (and support managers) approve, edit and approve, or send back their trainees' drafts. */
export function ApprovalsPage() {
  const viewer = useViewer();
  const isManager = hasRole(viewer, 'MANAGER');
  const now = useNow(60_000);
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(ApprovalsPageQueryDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  // A draft that was just approved or sent back leaves at once (its status changed in the cache);
  // the refetch that follows brings the rest of the list up to date.
  const drafts = (data?.draftsToReview.edges ?? []).map((e) => e.node).filter((d) => d.status === 'PENDING');
  const pageInfo = data?.draftsToReview.pageInfo;
  const toneGuide = data?.teamSettings.toneGuide ?? [];

  const shown = useRef(0);
  shown.current = drafts.length;
  // Refetching replaces the pages loaded so far, so ask for as many as are on screen.
  const reload = useCallback(
    () => refetch({ first: Math.min(MAX_PAGE, Math.max(PAGE_SIZE, shown.current)) }).catch(() => undefined),
    [refetch],
  );
  useLiveDrafts(() => void reload(), { ticketIds: new Set(drafts.map((d) => d.ticket.id)), seesAllDrafts: isManager });

  const loadMore = () => {
    if (!pageInfo?.endCursor || loadingMore) return;
    setLoadingMore(true);
    fetchMore({ variables: { after: pageInfo.endCursor } })
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  };

  const onReviewed = (next: ReviewOutcome) => {
    setOutcome(next);
    void reload();
  };

  return (
    <section aria-labelledby="page-title" className="stack approvals-page">
      <div>
        <h1 id="page-title">Approvals</h1>
        <p className="muted">
          {isManager ? 'Drafts of every trainee and novel replies (W6)' : 'Your trainees’ drafts'}, oldest first. Approving sends the reply
          to the customer, credited to the author and you (T2).
        </p>
        {/* Always in the page, so screen readers announce what lands in it. */}
        <div role="status" className="approvals-outcome">
          {outcome?.kind === 'status' && outcome.content}
        </div>
      </div>
      {outcome?.kind === 'alert' && (
        <p role="alert" className="error">
          {outcome.content}
        </p>
      )}

      {error && (
        <div role="alert" className="error row wrap">
          <span>{errorMessage(error)}</span>
          <button type="button" disabled={loading} onClick={() => void reload()}>
            Try again
          </button>
        </div>
      )}
      {!data && loading && <p className="muted">Loading drafts…</p>}
      {data && drafts.length === 0 && (
        <div className="empty-state">
          <p>No drafts waiting for you. When your trainees submit a reply, it appears here.</p>
        </div>
      )}
      {drafts.length > 0 && (
        <ul className="approvals-list" aria-label="Drafts waiting for review">
          {drafts.map((draft) => (
            <li key={draft.id}>
              <DraftReview draft={draft} toneGuide={toneGuide} now={now} onReviewed={onReviewed} reload={reload} />
            </li>
          ))}
        </ul>
      )}
      {pageInfo?.hasNextPage && (
        <button type="button" className="approvals-more" disabled={loadingMore} onClick={loadMore}>
          {loadingMore ? 'Loading…' : 'Load more drafts'}
        </button>
      )}
    </section>
  );
}
