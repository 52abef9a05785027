import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { bugSeverityLabel, bugSeverityMeaning, bugStatusLabel } from '@tandem/shared';
import { Link } from 'react-router';
import { BugHeader_BugFragmentDoc, type BugHeader_BugFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { formatMoney, severityClass } from './format';

/** A bug's title, severity, status, people and the counts behind it (BugHeader.graphql). */
export function BugHeader({ bug: from }: { bug: FragmentType<BugHeader_BugFragment> }) {
  const { data: bug, complete } = useFragment({ fragment: BugHeader_BugFragmentDoc, from });
  if (!complete) return null;
  return (
    <header className="bug-header stack">
      <div className="small">
        <Link to="/escalations">← Escalations</Link>
      </div>
      <h1 id="page-title">
        <span className="muted">{bug.reference}</span> {bug.title}
      </h1>
      <div className="bug-facts">
        <span className={severityClass(bug.severity)} title={bugSeverityMeaning[bug.severity]}>
          {bugSeverityLabel[bug.severity]}
        </span>
        <span className={bug.status === 'NEW' ? 'badge' : 'badge muted-badge'}>{bugStatusLabel[bug.status]}</span>
        <span className="small">Engineer: {bug.engineer ? bug.engineer.name : <span className="muted">nobody yet</span>}</span>
        <span className="small muted">
          Escalated by {bug.escalatedBy?.name ?? 'someone'} on {formatDateTime(bug.createdAt)}
        </span>
      </div>
      {bug.status === 'DUPLICATE' && bug.duplicateOf && (
        <p className="notice">
          Duplicate of{' '}
          <Link to={`/escalations/${bug.duplicateOf.id}`}>
            {bug.duplicateOf.reference} {bug.duplicateOf.title}
          </Link>
          : its tickets moved there.
        </p>
      )}
      <dl className="bug-counts" aria-label="Behind this bug">
        <div>
          <dt>Tickets</dt>
          <dd>{bug.ticketCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Customers</dt>
          <dd>{bug.customerCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Users affected</dt>
          <dd>{bug.usersAffected.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Revenue per month</dt>
          <dd>{formatMoney(bug.revenueCents)}</dd>
        </div>
        <div>
          <dt>High-value customers</dt>
          <dd>{bug.highValueCount.toLocaleString()}</dd>
        </div>
      </dl>
    </header>
  );
}

/** When the bug reached each status it has been in (BugHeader.graphql), for the side column. */
export function BugStatusDates({ bug: from }: { bug: FragmentType<BugHeader_BugFragment> }) {
  const { data: bug, complete } = useFragment({ fragment: BugHeader_BugFragmentDoc, from });
  if (!complete) return null;
  const dates: [string, string | null][] = [
    [bugStatusLabel.NEW, bug.createdAt],
    [bugStatusLabel.ACKNOWLEDGED, bug.acknowledgedAt],
    [bugStatusLabel.IN_PROGRESS, bug.inProgressAt],
    [bugStatusLabel.NEEDS_INFO, bug.needsInfoAt],
    [bugStatusLabel.FIXED, bug.fixedAt],
    [bugStatusLabel.WONT_FIX, bug.wontFixAt],
    [bugStatusLabel.DUPLICATE, bug.duplicateAt],
  ];
  return (
    <section className="card stack" aria-labelledby="bug-dates-title">
      <h2 id="bug-dates-title">When</h2>
      <dl className="bug-fields small">
        {dates
          .filter(([, at]) => at)
          .map(([label, at]) => (
            <div key={label} className="pair">
              <dt>{label}</dt>
              <dd>{formatDateTime(at)}</dd>
            </div>
          ))}
      </dl>
      {bug.fixedBy && <p className="small muted reason">Marked fixed by {bug.fixedBy.name}</p>}
    </section>
  );
}
