import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { checkShipMessage } from '@tandem/shared';
import { AnnouncementComposer, AnnouncementProgress } from '../../components/AnnouncementComposer';
import {
  FeatureMarkShippedMutationDocument,
  FeatureShip_FeatureRequestFragmentDoc,
  type FeatureShip_FeatureRequestFragment,
} from '../../gql/graphql';
import { plural } from './format';
import { useFeatureMutation } from './useFeatureMutation';

/**
 * FR4: "Mark shipped and tell N customers": the message (placeholders filled per customer, W7 checked as
 * it is written), who it tells before the click, then how far telling them has come, live (FeatureShip.graphql).
 */
export function FeatureShip({ featureRequest: from }: { featureRequest: FragmentType<FeatureShip_FeatureRequestFragment> }) {
  const { data: card, complete } = useFragment({ fragment: FeatureShip_FeatureRequestFragmentDoc, from });
  const [markShipped, marking] = useFeatureMutation(FeatureMarkShippedMutationDocument);
  // A merged card's customers hear of it through the card it was merged into (its page says which).
  if (!complete || card.status === 'MERGED') return null;
  const progress = card.announcementProgress;

  if (card.status === 'SHIPPED' || (progress && progress.kind === 'SHIPPED')) {
    return (
      <AnnouncementProgress
        titleId="feature-ship-title"
        title={progress && !progress.isDone ? 'Telling the customers' : 'Shipped: customers told'}
        className="feature-progress"
        progress={progress}
        messageLabel="The message each customer who asked got:"
        message={card.announcementMessage}
        messageClassName="feature-message"
      />
    );
  }

  const can = card.viewerCan.markShipped;
  return (
    <section className="card stack" aria-labelledby="feature-ship-title">
      <h2 id="feature-ship-title">Mark shipped</h2>
      {progress && !progress.isDone && (
        <p role="status" className="small reason">
          Declined: {progress.sentence}
        </p>
      )}
      {!can.allowed ? (
        <p className="muted small reason">{can.reason}</p>
      ) : (
        <AnnouncementComposer
          idPrefix="ship"
          label="Message for the customers who asked"
          placeholder="Hi {{customer.firstName}}, the … you asked for is here. Does it work for you?"
          check={checkShipMessage}
          readySentence="Ready: each customer gets it with the placeholders filled in."
          preview={card.shipPreview.sentence}
          previewClassName="small reason"
          submitLabel={`Mark shipped and tell ${plural(card.shipPreview.customers, 'customer')}`}
          mutation={marking}
          onSubmit={async (message, savedReplyId) => !!(await markShipped({ input: { id: card.id, message, savedReplyId } })).data}
        />
      )}
    </section>
  );
}
