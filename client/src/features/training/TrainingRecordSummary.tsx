import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { TrainingRecordSummary_RecordFragmentDoc, type TrainingRecordSummary_RecordFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { formatDay, formatWeeks } from './format';

/** A trainee's record (T4): weeks in training, their drafts and what became of them, recent feedback (TrainingRecordSummary.graphql). */
export function TrainingRecordSummary({ record: from }: { record: FragmentType<TrainingRecordSummary_RecordFragment> }) {
  const { data: record, complete } = useFragment({ fragment: TrainingRecordSummary_RecordFragmentDoc, from });
  if (!complete) return null;
  const share = record.approvedAsWrittenShare;
  return (
    <section aria-labelledby="record-title" className="stack card">
      <h2 id="record-title">Training record</h2>
      <p className="muted small">
        Trained by {record.trainer.name} since {formatDay(record.startedAt)}
        {record.graduatedAt ? `, graduated ${formatDay(record.graduatedAt)}` : ''}.
      </p>
      <dl className="training-counts">
        <Count label="Weeks in training" value={formatWeeks(record.weeksInTraining)} />
        <Count label="Drafts submitted" value={record.draftsSubmitted} />
        <Count
          label="Approved as written"
          value={record.approvedAsWritten}
          detail={share === null ? null : `${Math.round(share * 100)}% of the drafts reviewed`}
        />
        <Count label="Approved with edits" value={record.approvedWithEdits} />
        <Count label="Changes requested" value={record.changesRequested} />
        <Count label="Waiting for review" value={record.pending} />
      </dl>
      <div className="stack">
        <h3>Recent feedback</h3>
        {record.recentFeedback.length === 0 ? (
          <p className="muted small">No feedback yet: no draft was sent back for changes.</p>
        ) : (
          <ul className="training-feedback">
            {record.recentFeedback.map((f) => (
              <li key={`${f.reviewedAt}-${f.feedback}`}>
                <q>{f.feedback}</q>{' '}
                <span className="muted small">
                  {f.reviewerName}, {formatDateTime(f.reviewedAt)}
                  {f.ticketNumber !== null && ` on #${f.ticketNumber}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {record.note && (
        <p>
          <span className="muted small">Graduation note by {record.graduatedBy?.name ?? 'their trainer'}:</span> <q>{record.note}</q>
        </p>
      )}
    </section>
  );
}

function Count({ label, value, detail = null }: { label: string; value: string | number; detail?: string | null }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {value}
        {detail && <span className="muted small training-count-detail">{detail}</span>}
      </dd>
    </div>
  );
}
