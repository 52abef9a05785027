import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { draftStatusLabel, messageChannelLabel } from '@tandem/shared';
import { Link } from 'react-router';
import { Timeline_TicketFragmentDoc, type Timeline_TicketFragment } from '../../gql/graphql';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useViewer } from '../../lib/viewer';
import { DeliveryStatus } from '../mail/DeliveryStatus';

type Entry = Timeline_TicketFragment['timeline'][number];
type CustomerMessageEntry = Extract<Entry, { __typename: 'CustomerMessage' }>;
type ReplyEntry = Extract<Entry, { __typename: 'Reply' }>;

/** The ticket's history, oldest first: what the customer wrote, our replies, notes, drafts and events. */
export function Timeline({ ticket: from }: { ticket: FragmentType<Timeline_TicketFragment> }) {
  const { data: ticket, complete } = useFragment({ fragment: Timeline_TicketFragmentDoc, fragmentName: 'Timeline_ticket', from });
  if (!complete) return null;
  return (
    <ol className="timeline" aria-label="Conversation">
      {ticket.timeline.map((entry) => (
        <li key={`${entry.__typename}:${entry.id}`}>
          <TimelineEntry entry={entry} />
        </li>
      ))}
    </ol>
  );
}

function TimelineEntry({ entry }: { entry: Entry }) {
  const viewer = useViewer();
  const when = <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>;
  switch (entry.__typename) {
    case 'CustomerMessage':
      return (
        <article className="message customer-message" aria-label={`Message from ${entry.customer.name}`}>
          <header>
            <strong>{entry.customer.name}</strong>{' '}
            <span className="muted small">
              wrote {when}
              {entry.channel && <> · {messageChannelLabel[entry.channel]}</>}
            </span>
          </header>
          <div className="body">{entry.body}</div>
          <CustomerMessageExtras entry={entry} />
        </article>
      );
    case 'Reply':
      return (
        <article className="message reply" aria-label={`Reply by ${entry.replyAuthor?.name ?? 'Tandem'}`}>
          <header>
            <strong>{entry.replyAuthor?.name ?? 'Tandem'}</strong>{' '}
            <span className="muted small">
              {entry.replyAuthor ? 'replied' : 'replied automatically'} {when}
              {entry.approvedBy && <> · approved by {entry.approvedBy.name}</>}
              {entry.savedReply && <> · from “{entry.savedReply.title}”</>}
            </span>
          </header>
          <div className="body">{entry.body}</div>
          <ReplyMail entry={entry} />
        </article>
      );
    case 'Note':
      return (
        <article className="message note" aria-label={`Note by ${entry.author.name}`}>
          <header>
            <strong>{entry.author.name}</strong> <span className="muted small">internal note {when}</span>
          </header>
          <div className="body">{entry.body}</div>
        </article>
      );
    case 'Draft': {
      const isMine = entry.author.id === viewer.id;
      return (
        <article className={`message draft draft-${entry.status.toLowerCase()}`} aria-label={`Draft by ${entry.author.name}`}>
          <header>
            <strong>{entry.author.name}</strong>{' '}
            <span className="muted small">
              draft {when} · {draftStatusLabel[entry.status]}
              {entry.status === 'PENDING' &&
                (entry.reviewer ? <> · {entry.reviewer.name} reviews it</> : <> · a support manager reviews it</>)}
              {entry.reviewedBy && entry.status !== 'PENDING' && <> by {entry.reviewedBy.name}</>}
            </span>
          </header>
          <div className="body">{entry.body}</div>
          {entry.suggestAsSavedReply && <p className="small muted">Suggested as a saved reply: “{entry.suggestedTitle}”</p>}
          {entry.feedback && (
            <div className="feedback" role={isMine && entry.status === 'CHANGES_REQUESTED' ? 'note' : undefined}>
              <strong>Feedback:</strong> {entry.feedback}
            </div>
          )}
          {entry.status === 'PENDING' && !isMine && (
            <p className="small">
              <Link to="/approvals">Review it in Approvals</Link>
            </p>
          )}
        </article>
      );
    }
    case 'TicketEvent':
      return (
        <p className="event small muted">
          {entry.text} · {when}
        </p>
      );
  }
}

/** A mail's full text (quoted history, signature) collapsed, and its attachments as downloads. */
function CustomerMessageExtras({ entry }: { entry: CustomerMessageEntry }) {
  return (
    <>
      {entry.quotedText && (
        <details className="quoted small">
          <summary>Show the whole mail</summary>
          <div className="body">{entry.quotedText}</div>
        </details>
      )}
      {entry.attachments.length > 0 && (
        <ul className="attachments small" aria-label="Attachments">
          {entry.attachments.map((file) => (
            <li key={file.id}>
              {/* Served as a download with the staff session cookie: never opened inline. */}
              <a href={`/attachments/${encodeURIComponent(file.id)}`} download={file.filename}>
                {file.filename}
              </a>{' '}
              <span className="muted">({formatBytes(file.sizeBytes)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** How the reply's mail went out, and whether the customer has seen it (W9). */
function ReplyMail({ entry }: { entry: ReplyEntry }) {
  // Replies from before mail have no delivery and nothing could have marked them seen.
  if (!entry.delivery && !entry.seenAt) return null;
  return (
    <p className="reply-mail small muted">
      {entry.delivery && (
        <>
          <DeliveryStatus delivery={entry.delivery} />
          {' · '}
        </>
      )}
      {entry.seenAt ? (
        <span className="seen">
          Seen by the customer <time dateTime={entry.seenAt}>{formatDateTime(entry.seenAt)}</time>
        </span>
      ) : (
        <span>Not seen yet</span>
      )}
    </p>
  );
}
