import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery, useSubscription } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  FeatureRequestPage_FeatureRequestFragmentDoc,
  FeatureRequestPageLiveSubscriptionDocument,
  FeatureRequestPageQueryDocument,
  type FeatureRequestPage_FeatureRequestFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useShortcuts } from '../../lib/useShortcuts';
import { FeatureActions } from './FeatureActions';
import { FeatureAsks } from './FeatureAsks';
import { FeatureFields } from './FeatureFields';
import { FeatureHeader } from './FeatureHeader';
import { FeatureHistory } from './FeatureHistory';
import { FeatureShip } from './FeatureShip';
import './feature-requests.css';

/** One request: what it is, who asked and how much it matters to them, where it stands; live. */
export function FeatureRequestPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(FeatureRequestPageQueryDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // The subscription's payload is the whole card: Apollo writes it into the cache by id.
  useSubscription(FeatureRequestPageLiveSubscriptionDocument, { variables: { id }, skip: !data?.featureRequest });
  const navigate = useNavigate();
  useShortcuts({ Escape: () => navigate('/feature-requests') });

  if (loading && !data) return <p className="page-loading">Loading the request…</p>;
  if (!data?.featureRequest) {
    return (
      <section aria-labelledby="page-title" className="stack">
        <h1 id="page-title">Feature request</h1>
        <p role="alert" className="error">
          {error ? errorMessage(error) : 'This feature request does not exist.'}
        </p>
        <Link to="/feature-requests">Back to Feature requests</Link>
      </section>
    );
  }
  return <FeatureRequestBody featureRequest={data.featureRequest} />;
}

function FeatureRequestBody({ featureRequest: from }: { featureRequest: FragmentType<FeatureRequestPage_FeatureRequestFragment> }) {
  // Masked: each component reads its own fragment of the card (useFragment, by its id).
  const { data: card, complete } = useFragment({
    fragment: FeatureRequestPage_FeatureRequestFragmentDoc,
    fragmentName: 'FeatureRequestPage_featureRequest',
    from,
  });
  if (!complete) return null;
  return (
    <section aria-labelledby="page-title" className="feature-page">
      <FeatureHeader featureRequest={card} />
      <div className="feature-layout">
        <div className="stack">
          <FeatureFields featureRequest={card} />
          <FeatureShip featureRequest={card} />
          <FeatureAsks featureRequest={card} />
          <FeatureHistory featureRequest={card} />
        </div>
        <aside className="feature-side" aria-label="Request status and owner">
          <FeatureActions featureRequest={card} />
        </aside>
      </div>
    </section>
  );
}
