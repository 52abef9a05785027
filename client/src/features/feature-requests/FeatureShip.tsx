import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { checkShipMessage, LIMITS, PLACEHOLDERS, unknownPlaceholders } from '@tandem/shared';
import { useDeferredValue, useState } from 'react';
import {
  FeatureMarkShippedMutationDocument,
  FeatureShip_FeatureRequestFragmentDoc,
  FeatureShipSavedRepliesQueryDocument,
  type FeatureShip_FeatureRequestFragment,
} from '../../gql/graphql';
import { MutationProblem } from '../escalations/MutationProblem';
import { plural } from './format';
import { useFeatureMutation } from './useFeatureMutation';

/**
 * FR4: "Mark shipped and tell N customers": the message (placeholders filled per customer, W7 checked as
 * it is written), who it tells before the click, then how far telling them has come, live (FeatureShip.graphql).
 */
export function FeatureShip({ featureRequest: from }: { featureRequest: FragmentType<FeatureShip_FeatureRequestFragment> }) {
  const { data: card, complete } = useFragment({ fragment: FeatureShip_FeatureRequestFragmentDoc, from });
  const [message, setMessage] = useState('');
  const [savedReplyId, setSavedReplyId] = useState<string | null>(null);
  const [markShipped, marking] = useFeatureMutation(FeatureMarkShippedMutationDocument);
  // A merged card's customers hear of it through the card it was merged into (its page says which).
  if (!complete || card.status === 'MERGED') return null;
  const progress = card.announcementProgress;

  if (card.status === 'SHIPPED' || (progress && progress.kind === 'SHIPPED')) {
    return (
      <section className="card stack feature-progress" aria-labelledby="feature-ship-title">
        <h2 id="feature-ship-title">{progress && !progress.isDone ? 'Telling the customers' : 'Shipped: customers told'}</h2>
        {progress && (
          <>
            <p role="status" className="reason">
              {progress.sentence}
            </p>
            <progress max={Math.max(progress.total, 1)} value={progress.total === 0 ? 1 : progress.sent} aria-label="Customers told" />
          </>
        )}
        {card.announcementMessage && (
          <div className="stack">
            <span className="small muted">The message each customer who asked got:</span>
            <div className="feature-message">{card.announcementMessage}</div>
          </div>
        )}
      </section>
    );
  }

  const can = card.viewerCan.markShipped;
  const check = checkShipMessage(message, unknownPlaceholders(message));
  const customers = card.shipPreview.customers;
  const submit = async () => {
    if (!check.ok) return;
    const { data } = await markShipped({ input: { id: card.id, message: message.trim(), savedReplyId } });
    if (data) setMessage('');
  };
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
        <>
          <SavedReplyInsert
            onInsert={(reply) => {
              setMessage(reply.body);
              setSavedReplyId(reply.id);
            }}
          />
          <label>
            Message for the customers who asked
            <textarea
              rows={6}
              maxLength={LIMITS.ticket.bodyMax}
              value={message}
              placeholder="Hi {{customer.firstName}}, the … you asked for is here. Does it work for you?"
              onChange={(e) => setMessage(e.target.value)}
              aria-describedby="ship-message-check ship-placeholders"
            />
          </label>
          <p id="ship-message-check" className={check.ok ? 'small muted reason' : 'small warn-text reason'}>
            {check.ok ? 'Ready: each customer gets it with the placeholders filled in.' : check.message}
          </p>
          <details id="ship-placeholders" className="small">
            <summary>Placeholders</summary>
            <ul>
              {Object.entries(PLACEHOLDERS).map(([key, what]) => (
                <li key={key}>
                  <code>{`{{${key}}}`}</code> {what}
                </li>
              ))}
            </ul>
          </details>
          <p className="small reason">{card.shipPreview.sentence}</p>
          <MutationProblem problem={marking.problem} />
          <div className="row">
            <button type="button" className="primary" disabled={!check.ok || marking.loading} onClick={() => void submit()}>
              Mark shipped and tell {plural(customers, 'customer')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** Start from a saved reply (S2): its text as written, placeholders and all, filled per customer when sent. */
function SavedReplyInsert({ onInsert }: { onInsert: (reply: { id: string; body: string }) => void }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const { data } = useQuery(FeatureShipSavedRepliesQueryDocument, {
    variables: { filter: deferred ? { search: deferred } : {} },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  if (!open) {
    return (
      <div className="row">
        <button type="button" onClick={() => setOpen(true)}>
          Start from a saved reply…
        </button>
      </div>
    );
  }
  const replies = data?.savedReplies.edges.map((e) => e.node);
  return (
    <div className="stack">
      <div className="row">
        <label className="grow">
          Find a saved reply
          <input
            autoFocus
            type="search"
            placeholder="Title or words of the text"
            maxLength={LIMITS.search.textMax}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
          />
        </label>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <ul className="feature-picker-list" aria-label="Saved replies">
        {replies?.map((reply) => (
          <li key={reply.id}>
            <button
              type="button"
              onClick={() => {
                onInsert(reply);
                setOpen(false);
              }}
            >
              {reply.title}
            </button>
          </li>
        ))}
        {replies?.length === 0 && <li className="muted small">No saved reply matches.</li>}
      </ul>
    </div>
  );
}
