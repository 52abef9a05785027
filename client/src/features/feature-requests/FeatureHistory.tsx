import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { FeatureHistory_FeatureRequestFragmentDoc, type FeatureHistory_FeatureRequestFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';

/** What happened to the request (and to those merged into it), oldest first (FeatureHistory.graphql). */
export function FeatureHistory({ featureRequest: from }: { featureRequest: FragmentType<FeatureHistory_FeatureRequestFragment> }) {
  const { data: card, complete } = useFragment({ fragment: FeatureHistory_FeatureRequestFragmentDoc, from });
  if (!complete) return null;
  return (
    <section className="stack" aria-labelledby="feature-history-title">
      <h2 id="feature-history-title">History</h2>
      <ol className="feature-history" aria-label="History">
        {card.history.map((entry) => (
          <li key={entry.id}>
            <div>{entry.text}</div>
            <div className="muted small">{formatDateTime(entry.createdAt)}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
