import { draftStatusLabel } from '@tandem/shared';
import { Link } from 'react-router';
import type { TicketPage_TicketFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useViewer } from '../../lib/viewer';

type Entry = TicketPage_TicketFragment['timeline'][number];

/** The ticket's history, oldest first: what the customer wrote, our replies, notes, drafts and events. */
export function Timeline({ ticket }: { ticket: TicketPage_TicketFragment }) {
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
            <strong>{entry.customer.name}</strong> <span className="muted small">wrote {when}</span>
          </header>
          <div className="body">{entry.body}</div>
        </article>
      );
    case 'Reply':
      return (
        <article className="message reply" aria-label={`Reply by ${entry.author.name}`}>
          <header>
            <strong>{entry.author.name}</strong>{' '}
            <span className="muted small">
              replied {when}
              {entry.approvedBy && <> · approved by {entry.approvedBy.name}</>}
              {entry.savedReply && <> · from “{entry.savedReply.title}”</>}
            </span>
          </header>
          <div className="body">{entry.body}</div>
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
              {entry.status === 'PENDING' && (entry.reviewer ? <> · {entry.reviewer.name} reviews it</> : <> · a support manager reviews it</>)}
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
