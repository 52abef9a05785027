import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { featureStatusLabel, featureTagLabel, featureTagMeaning, trendLabel } from '@tandem/shared';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { FeatureRequestsRow_FeatureRequestFragmentDoc, type FeatureRequestsRow_FeatureRequestFragment } from '../../gql/graphql';
import { formatMoney } from '../escalations/format';
import { statusClass } from './format';

interface Props {
  featureRequest: FragmentType<FeatureRequestsRow_FeatureRequestFragment>;
  isSelected: boolean;
}

/** One row of the ranking; what it shows is its fragment `FeatureRequestsRow_featureRequest` (FeatureRow.graphql). */
export function FeatureRow({ featureRequest: from, isSelected }: Props) {
  const { data: card, complete } = useFragment({ fragment: FeatureRequestsRow_FeatureRequestFragmentDoc, from });
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (isSelected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isSelected]);
  if (!complete) return null;
  return (
    <tr ref={ref} className={isSelected ? 'feature-row selected' : 'feature-row'} aria-current={isSelected ? 'true' : undefined}>
      <td className="feature-title-cell">
        <Link to={`/feature-requests/${card.id}`} className="feature-title">
          <span className="muted">{card.reference}</span> {card.title}
        </Link>
      </td>
      <td>
        <span className="badge muted-badge" title={featureTagMeaning[card.tag]}>
          {featureTagLabel[card.tag]}
        </span>
      </td>
      <td>
        <span className={statusClass(card.status)}>{featureStatusLabel[card.status]}</span>
      </td>
      <td className="num">
        {card.customerCount.toLocaleString()}
        {card.highValueCount > 0 && <div className="muted small">{card.highValueCount.toLocaleString()} high value</div>}
      </td>
      <td className="num">{card.askCount.toLocaleString()}</td>
      <td className="num">{formatMoney(card.revenueCents)}</td>
      <td className="num">
        {card.blockerCount > 0 ? <strong>{card.blockerCount.toLocaleString()}</strong> : <span className="muted">0</span>}
      </td>
      <td className="small trend-cell">{trendLabel(card)}</td>
    </tr>
  );
}
