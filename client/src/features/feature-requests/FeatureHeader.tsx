import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { featureStatusLabel, featureTagLabel, featureTagMeaning, trendLabel } from '@tandem/shared';
import { Link } from 'react-router';
import { FeatureHeader_FeatureRequestFragmentDoc, type FeatureHeader_FeatureRequestFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { formatMoney } from '../escalations/format';
import { statusClass } from './format';

/** A request's title, tag, status, owner and the tally behind it (FeatureHeader.graphql). */
export function FeatureHeader({ featureRequest: from }: { featureRequest: FragmentType<FeatureHeader_FeatureRequestFragment> }) {
  const { data: card, complete } = useFragment({ fragment: FeatureHeader_FeatureRequestFragmentDoc, from });
  if (!complete) return null;
  return (
    <header className="stack">
      <div className="small">
        <Link to="/feature-requests">← Feature requests</Link>
      </div>
      <h1 id="page-title">
        <span className="muted">{card.reference}</span> {card.title}
      </h1>
      <div className="feature-facts">
        <span className="badge muted-badge" title={featureTagMeaning[card.tag]}>
          {featureTagLabel[card.tag]}
        </span>
        <span className={statusClass(card.status)}>{featureStatusLabel[card.status]}</span>
        <span className="small">Owner: {card.owner ? card.owner.name : <span className="muted">nobody yet</span>}</span>
        <span className="small muted">
          Created by {card.createdBy?.name ?? 'someone'} on {formatDateTime(card.createdAt)}
        </span>
        {card.shippedAt && <span className="small muted">Shipped {formatDateTime(card.shippedAt)}</span>}
        {card.status === 'DECLINED' && card.declinedAt && <span className="small muted">Declined {formatDateTime(card.declinedAt)}</span>}
      </div>
      {card.status === 'MERGED' && card.mergedInto && (
        <p className="feature-notice">
          MERGED into{' '}
          <Link to={`/feature-requests/${card.mergedInto.id}`}>
            {card.mergedInto.reference} {card.mergedInto.title}
          </Link>
          : its asks count there now.
        </p>
      )}
      <dl className="feature-counts" aria-label="Behind this request">
        <Count label="Customers" value={card.customerCount.toLocaleString()} />
        <Count label="Companies" value={card.companyCount.toLocaleString()} />
        <Count label="Tickets" value={card.askCount.toLocaleString()} />
        <Count label="Revenue per month" value={formatMoney(card.revenueCents)} />
        <Count label="High-value customers" value={card.highValueCount.toLocaleString()} />
        <Count label="Blockers" value={card.blockerCount.toLocaleString()} />
        <Count label="Trend" value={trendLabel(card)} />
        <Count label="Newest ask" value={card.lastAskedAt ? formatDateTime(card.lastAskedAt) : 'none yet'} />
      </dl>
    </header>
  );
}

function Count({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
