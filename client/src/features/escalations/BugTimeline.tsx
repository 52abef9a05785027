import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { BugTimeline_BugFragmentDoc, type BugTimeline_BugFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';

/** What happened to the bug, oldest first; questions to the customers stand out (BugTimeline.graphql). */
export function BugTimeline({ bug: from }: { bug: FragmentType<BugTimeline_BugFragment> }) {
  const { data: bug, complete } = useFragment({ fragment: BugTimeline_BugFragmentDoc, from });
  if (!complete) return null;
  return (
    <section className="stack" aria-labelledby="bug-timeline-title">
      <h2 id="bug-timeline-title">History</h2>
      <ol className="bug-timeline" aria-label="History">
        {bug.timeline.map((entry) => (
          <li key={entry.id} className={entry.kind === 'QUESTION_ASKED' ? 'question' : undefined}>
            <div>{entry.text}</div>
            <div className="muted small">{formatDateTime(entry.createdAt)}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
