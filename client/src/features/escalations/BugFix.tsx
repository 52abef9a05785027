import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { checkFixMessage } from '@tandem/shared';
import { AnnouncementComposer, AnnouncementProgress } from '../../components/AnnouncementComposer';
import { BugFix_BugFragmentDoc, BugMarkFixedMutationDocument, type BugFix_BugFragment } from '../../gql/graphql';
import { useBugMutation } from './useBugMutation';

/**
 * E3: "Mark fixed and tell N customers": the message (placeholders filled per ticket, W7 checked as
 * it is written), who it tells before the click, then how far telling them has come, live (BugFix.graphql).
 */
export function BugFix({ bug: from }: { bug: FragmentType<BugFix_BugFragment> }) {
  const { data: bug, complete } = useFragment({ fragment: BugFix_BugFragmentDoc, from });
  const [markFixed, marking] = useBugMutation(BugMarkFixedMutationDocument);
  // A duplicate's customers hear of the fix through the bug it duplicates (its page says which).
  if (!complete || bug.status === 'DUPLICATE') return null;
  const progress = bug.fixProgress;

  if (bug.status === 'FIXED' || progress) {
    return (
      <AnnouncementProgress
        titleId="bug-fix-title"
        title={progress?.isDone ? 'Customers told of the fix' : 'Telling the customers'}
        className="fix-progress"
        progress={progress}
        messageLabel="The message each linked ticket got:"
        message={bug.fixMessage}
        messageClassName="fix-message"
      />
    );
  }

  const can = bug.viewerCan.markFixed;
  const customers = bug.fixPreview.customers;
  return (
    <section className="card stack" aria-labelledby="bug-fix-title">
      <h2 id="bug-fix-title">Mark fixed</h2>
      {!can.allowed ? (
        <p className="muted small reason">{can.reason}</p>
      ) : (
        <AnnouncementComposer
          idPrefix="fix"
          label="Message for the customers"
          placeholder="Hi {{customer.firstName}}, we fixed … Is it working for you now?"
          check={checkFixMessage}
          readySentence="Ready: each ticket gets it with the placeholders filled in."
          preview={bug.fixPreview.sentence}
          previewClassName="fix-preview small"
          submitLabel={`Mark fixed and tell ${customers.toLocaleString()} customer${customers === 1 ? '' : 's'}`}
          mutation={marking}
          onSubmit={async (message, savedReplyId) => !!(await markFixed({ input: { id: bug.id, message, savedReplyId } })).data}
        />
      )}
    </section>
  );
}
