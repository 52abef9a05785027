import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { savedReplyCategoryLabel } from '@tandem/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  SavedRepliesPageQueryDocument,
  SavedReplyCardArchiveMutationDocument,
  SavedReplyCardDeclineMutationDocument,
  SavedReplyCard_SavedReplyFragmentDoc,
  type SavedReplyCard_SavedReplyFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { SavedReplyBody } from './SavedReplyBody';

interface Props {
  reply: FragmentType<SavedReplyCard_SavedReplyFragment>;
  /** Opens the editor with the reply as this card shows it. */
  onEdit: (reply: SavedReplyCard_SavedReplyFragment) => void;
  onAccept: (reply: SavedReplyCard_SavedReplyFragment) => void;
}

// A status change moves the reply to another tab: the lists are read again rather than patched.
const refetchQueries = [SavedRepliesPageQueryDocument];

/** One saved reply; its data is `SavedReplyCard_savedReply`. */
export function SavedReplyCard({ reply: from, onEdit, onAccept }: Props) {
  const { data: reply, complete } = useFragment({ fragment: SavedReplyCard_SavedReplyFragmentDoc, from });
  return complete ? <Card reply={reply} onEdit={() => onEdit(reply)} onAccept={() => onAccept(reply)} /> : null;
}

function Card({ reply, onEdit, onAccept }: { reply: SavedReplyCard_SavedReplyFragment; onEdit: () => void; onAccept: () => void }) {
  const headingId = `saved-reply-${reply.id}`;
  const [confirming, setConfirming] = useState<'archive' | 'decline' | null>(null);
  const [archive, archiving] = useMutation(SavedReplyCardArchiveMutationDocument, { refetchQueries, awaitRefetchQueries: true });
  const [decline, declining] = useMutation(SavedReplyCardDeclineMutationDocument, { refetchQueries, awaitRefetchQueries: true });
  const busy = archiving.loading || declining.loading;
  const error = archiving.error ?? declining.error;
  const { edit, decide } = reply.viewerCan;
  const isSuggestion = reply.status === 'SUGGESTED';
  const isActive = reply.status === 'ACTIVE';

  const confirm = () => {
    const done = confirming === 'archive' ? archive({ variables: { id: reply.id } }) : decline({ variables: { id: reply.id } });
    done.then(() => setConfirming(null)).catch(() => undefined);
  };

  return (
    <article className="card saved-reply" aria-labelledby={headingId}>
      <div className="row spread">
        <h2 id={headingId}>{reply.title}</h2>
        <span className="badge muted-badge">{savedReplyCategoryLabel[reply.category]}</span>
      </div>
      <SavedReplyBody body={reply.body} />
      <p className="muted small">
        {isSuggestion || reply.status === 'DECLINED' ? <Suggester reply={reply} /> : usageText(reply.usageCount)}
      </p>
      {error && (
        <p role="alert" className="error small">
          {errorMessage(error)}
        </p>
      )}
      <div className="row wrap">
        {confirming ? (
          <>
            <button type="button" className="danger" disabled={busy} onClick={confirm}>
              {confirming === 'archive' ? 'Confirm: archive' : 'Confirm: decline'}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            {isActive && edit.allowed && (
              <>
                <button type="button" onClick={onEdit} aria-label={`Edit ${reply.title}`}>
                  Edit
                </button>
                <button
                  type="button"
                  onClick={() => setConfirming('archive')}
                  aria-label={`Archive ${reply.title}`}
                  title="It leaves the library; agents no longer find it."
                >
                  Archive
                </button>
              </>
            )}
            {isSuggestion && (
              <>
                <button
                  type="button"
                  className="primary"
                  disabled={!decide.allowed}
                  title={decide.reason ?? undefined}
                  onClick={onAccept}
                  aria-label={`Accept ${reply.title}`}
                >
                  Accept…
                </button>
                <button
                  type="button"
                  disabled={!decide.allowed}
                  title={decide.reason ?? undefined}
                  onClick={() => setConfirming('decline')}
                  aria-label={`Decline ${reply.title}`}
                >
                  Decline
                </button>
              </>
            )}
          </>
        )}
      </div>
    </article>
  );
}

function Suggester({ reply }: { reply: SavedReplyCard_SavedReplyFragment }) {
  const ticket = reply.sourceDraft?.ticket;
  return (
    <>
      Suggested by {reply.suggestedBy?.name ?? 'someone who has left the team'}
      {ticket && (
        <>
          {' '}
          from <Link to={`/tickets/${ticket.id}`}>ticket #{ticket.number}</Link>
        </>
      )}
    </>
  );
}

function usageText(count: number): string {
  if (count === 0) return 'Not used yet';
  return count === 1 ? 'Used once' : `Used ${count} times`;
}
