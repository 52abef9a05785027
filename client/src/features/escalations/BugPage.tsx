import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery, useSubscription } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { BugPage_BugFragmentDoc, BugPageLiveSubscriptionDocument, BugPageQueryDocument, type BugPage_BugFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useShortcuts } from '../../lib/useShortcuts';
import { BugActions } from './BugActions';
import { BugFields } from './BugFields';
import { BugFix } from './BugFix';
import { BugHeader, BugStatusDates } from './BugHeader';
import { BugTickets } from './BugTickets';
import { BugTimeline } from './BugTimeline';
import './escalations.css';

/** One bug: what it is, who it hurts, where it stands; live for everyone who has it open. */
export function BugPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(BugPageQueryDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // The subscription's payload is the whole bug: Apollo writes it into the cache by id.
  useSubscription(BugPageLiveSubscriptionDocument, { variables: { id }, skip: !data?.bug });
  const navigate = useNavigate();
  useShortcuts({ Escape: () => navigate('/escalations') });

  if (loading && !data) return <p className="page-loading">Loading the bug…</p>;
  if (!data?.bug) {
    return (
      <section aria-labelledby="page-title" className="stack">
        <h1 id="page-title">Bug</h1>
        <p role="alert" className="error">
          {error ? errorMessage(error) : 'This bug does not exist.'}
        </p>
        <Link to="/escalations">Back to Escalations</Link>
      </section>
    );
  }
  return <BugPageBody bug={data.bug} />;
}

function BugPageBody({ bug: from }: { bug: FragmentType<BugPage_BugFragment> }) {
  // Masked: each component reads its own fragment of the bug (useFragment, by its id).
  const { data: bug, complete } = useFragment({ fragment: BugPage_BugFragmentDoc, fragmentName: 'BugPage_bug', from });
  if (!complete) return null;
  return (
    <section aria-labelledby="page-title" className="bug-page">
      <BugHeader bug={bug} />
      <div className="bug-layout">
        <div className="stack">
          <BugFields bug={bug} />
          <BugFix bug={bug} />
          <BugTickets bug={bug} />
          <BugTimeline bug={bug} />
        </div>
        <aside className="bug-side" aria-label="Bug status and people">
          <BugActions bug={bug} />
          <BugStatusDates bug={bug} />
        </aside>
      </div>
    </section>
  );
}
