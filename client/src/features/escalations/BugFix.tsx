import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { checkFixMessage, LIMITS, PLACEHOLDERS, unknownPlaceholders } from '@tandem/shared';
import { useDeferredValue, useState } from 'react';
import {
  BugFix_BugFragmentDoc,
  BugFixSavedRepliesQueryDocument,
  BugMarkFixedMutationDocument,
  type BugFix_BugFragment,
} from '../../gql/graphql';
import { MutationProblem } from './MutationProblem';
import { useBugMutation } from './useBugMutation';

/**
 * E3: "Mark fixed and tell N customers": the message (placeholders filled per ticket, W7 checked as
 * it is written), who it tells before the click, then how far telling them has come, live (BugFix.graphql).
 */
export function BugFix({ bug: from }: { bug: FragmentType<BugFix_BugFragment> }) {
  const { data: bug, complete } = useFragment({ fragment: BugFix_BugFragmentDoc, from });
  const [message, setMessage] = useState('');
  const [savedReplyId, setSavedReplyId] = useState<string | null>(null);
  const [markFixed, marking] = useBugMutation(BugMarkFixedMutationDocument);
  // A duplicate's customers hear of the fix through the bug it duplicates (its page says which).
  if (!complete || bug.status === 'DUPLICATE') return null;
  const progress = bug.fixProgress;

  if (bug.status === 'FIXED' || progress) {
    return (
      <section className="card stack fix-progress" aria-labelledby="bug-fix-title">
        <h2 id="bug-fix-title">{progress?.isDone ? 'Customers told of the fix' : 'Telling the customers'}</h2>
        {progress && (
          <>
            <p role="status" className="reason">
              {progress.sentence}
            </p>
            <progress max={Math.max(progress.total, 1)} value={progress.total === 0 ? 1 : progress.sent} aria-label="Customers told" />
          </>
        )}
        {bug.fixMessage && (
          <div className="stack">
            <span className="small muted">The message each linked ticket got:</span>
            <div className="fix-message">{bug.fixMessage}</div>
          </div>
        )}
      </section>
    );
  }

  const can = bug.viewerCan.markFixed;
  const check = checkFixMessage(message, unknownPlaceholders(message));
  const customers = bug.fixPreview.customers;
  const submit = async () => {
    if (!check.ok) return;
    const { data } = await markFixed({ input: { id: bug.id, message: message.trim(), savedReplyId } });
    if (data) setMessage('');
  };
  return (
    <section className="card stack" aria-labelledby="bug-fix-title">
      <h2 id="bug-fix-title">Mark fixed</h2>
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
            Message for the customers
            <textarea
              rows={6}
              maxLength={LIMITS.ticket.bodyMax}
              value={message}
              placeholder="Hi {{customer.firstName}}, we fixed … Is it working for you now?"
              onChange={(e) => setMessage(e.target.value)}
              aria-describedby="fix-message-check fix-placeholders"
            />
          </label>
          <p id="fix-message-check" className={check.ok ? 'small muted reason' : 'small warn-text reason'}>
            {check.ok ? 'Ready: each ticket gets it with the placeholders filled in.' : check.message}
          </p>
          <details id="fix-placeholders" className="small">
            <summary>Placeholders</summary>
            <ul>
              {Object.entries(PLACEHOLDERS).map(([key, what]) => (
                <li key={key}>
                  <code>{`{{${key}}}`}</code> {what}
                </li>
              ))}
            </ul>
          </details>
          <p className="fix-preview small">{bug.fixPreview.sentence}</p>
          <MutationProblem problem={marking.problem} />
          <div className="row">
            <button type="button" className="primary" disabled={!check.ok || marking.loading} onClick={() => void submit()}>
              Mark fixed and tell {customers.toLocaleString()} customer{customers === 1 ? '' : 's'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** Start from a saved reply (S2): its text as written, placeholders and all, filled per ticket when sent. */
function SavedReplyInsert({ onInsert }: { onInsert: (reply: { id: string; body: string }) => void }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const { data } = useQuery(BugFixSavedRepliesQueryDocument, {
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
      <ul className="bug-picker-list" aria-label="Saved replies">
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
