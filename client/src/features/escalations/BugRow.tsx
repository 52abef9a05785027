import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { bugSeverityLabel, bugStatusLabel } from '@tandem/shared';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { EscalationsRow_BugFragmentDoc, type EscalationsRow_BugFragment } from '../../gql/graphql';
import { formatAgo } from '../../lib/format';
import { useViewer } from '../../lib/viewer';
import { formatMoney, severityClass } from './format';

interface Props {
  bug: FragmentType<EscalationsRow_BugFragment>;
  now: Date;
  isSelected: boolean;
}

/** One row of the engineering queue; what it shows is its fragment `EscalationsRow_bug` (BugRow.graphql). */
export function BugRow({ bug: from, now, isSelected }: Props) {
  const viewer = useViewer();
  const { data: bug, complete } = useFragment({ fragment: EscalationsRow_BugFragmentDoc, from });
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (isSelected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isSelected]);
  if (!complete) return null;
  return (
    <tr ref={ref} className={isSelected ? 'bug-row selected' : 'bug-row'} aria-current={isSelected ? 'true' : undefined}>
      <td>
        <span className={severityClass(bug.severity)}>{bugSeverityLabel[bug.severity]}</span>
      </td>
      <td className="bug-title-cell">
        <Link to={`/escalations/${bug.id}`} className="bug-title">
          <span className="muted">{bug.reference}</span> {bug.title}
        </Link>
      </td>
      <td className="num">
        {bug.customerCount.toLocaleString()}
        <div className="muted small">
          {bug.ticketCount.toLocaleString()} ticket{bug.ticketCount === 1 ? '' : 's'}
        </div>
      </td>
      <td className="num">
        {formatMoney(bug.revenueCents)}
        <div className="muted small">per month</div>
      </td>
      <td className="num">
        {bug.highValueCount > 0 ? <span className="badge plan-premium">{bug.highValueCount}</span> : <span className="muted">0</span>}
      </td>
      <td className="small">{formatAgo(bug.createdAt, now)}</td>
      <td className="small">
        {bug.engineer ? bug.engineer.id === viewer.id ? 'You' : bug.engineer.name : <span className="muted">Nobody yet</span>}
      </td>
      <td>
        <span className={bug.status === 'NEW' ? 'badge' : 'badge muted-badge'}>{bugStatusLabel[bug.status]}</span>
      </td>
    </tr>
  );
}
