import type { FragmentType } from '@apollo/client';
import { useApolloClient, useFragment } from '@apollo/client/react';
import { askImportanceLabel, askImportanceMeaning } from '@tandem/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  FeatureAsk_AskFragmentDoc,
  FeatureAsks_FeatureRequestFragmentDoc,
  FeatureAsksMoreQueryDocument,
  type FeatureAsk_AskFragment,
  type FeatureAsks_FeatureRequestFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { formatMoney } from '../escalations/format';

/** The tickets that asked, newest first, with each customer's words and how much they need it (FeatureAsks.graphql). */
export function FeatureAsks({ featureRequest: from }: { featureRequest: FragmentType<FeatureAsks_FeatureRequestFragment> }) {
  const { data: card, complete } = useFragment({
    fragment: FeatureAsks_FeatureRequestFragmentDoc,
    fragmentName: 'FeatureAsks_featureRequest',
    from,
  });
  const client = useApolloClient();
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!complete) return null;
  const asks = card.asks.edges.map((e) => e.node);
  const loadMore = async () => {
    setLoadingMore(true);
    setProblem(null);
    try {
      // The next page lands in the same cached list (FeatureRequest.asks is paged in lib/apollo.ts).
      await client.query({ query: FeatureAsksMoreQueryDocument, variables: { id: card.id, after: card.asks.pageInfo.endCursor } });
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <section className="stack" aria-labelledby="feature-asks-title">
      <h2 id="feature-asks-title">Asks ({card.askCount.toLocaleString()})</h2>
      {asks.length === 0 ? (
        <div className="empty-state">
          <p>No ticket asks for it now.</p>
        </div>
      ) : (
        <ol className="feature-asks" aria-label="Asks">
          {asks.map((ask) => (
            <FeatureAskItem key={ask.id} ask={ask} />
          ))}
        </ol>
      )}
      {problem && (
        <p role="alert" className="error small">
          {problem}
        </p>
      )}
      {card.asks.pageInfo.hasNextPage && (
        <div className="row">
          <button type="button" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? 'Loading…' : 'Load more asks'}
          </button>
        </div>
      )}
    </section>
  );
}

function FeatureAskItem({ ask: from }: { ask: FragmentType<FeatureAsk_AskFragment> }) {
  const { data: ask, complete } = useFragment({ fragment: FeatureAsk_AskFragmentDoc, from });
  if (!complete) return null;
  const { customer, ticket } = ask;
  return (
    <li className="feature-ask">
      <div className="row spread wrap">
        <span>
          <strong>{customer.name}</strong>
          {customer.company && <span className="muted"> · {customer.company}</span>}{' '}
          {customer.plan === 'PREMIUM' ? (
            <span className="badge plan-premium">Premium</span>
          ) : (
            <span className="badge muted-badge">Free</span>
          )}{' '}
          <span className="small">{formatMoney(customer.monthlyRevenueCents)} per month</span>
          {customer.isHighValue && customer.plan !== 'PREMIUM' && <span className="small muted"> · high value</span>}
        </span>
        <span
          className={`badge importance-${ask.importance.toLowerCase().replace(/_/g, '-')}`}
          title={askImportanceMeaning[ask.importance]}
        >
          {askImportanceLabel[ask.importance]}
        </span>
      </div>
      <blockquote>{ask.quote}</blockquote>
      <div className="small muted">
        <Link to={`/tickets/${ticket.id}`}>
          #{ticket.number} {ticket.subject}
        </Link>{' '}
        · linked by {ask.linkedBy?.name ?? 'someone'} on {formatDateTime(ask.linkedAt)}
      </div>
    </li>
  );
}
