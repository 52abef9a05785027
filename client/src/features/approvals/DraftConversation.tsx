import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { DraftConversation_TicketFragmentDoc, type DraftConversation_TicketFragment } from '../../gql/graphql';
import { formatAgo, formatDateTime } from '../../lib/format';

type Entry = DraftConversation_TicketFragment['timeline'][number];
type Message = Extract<Entry, { __typename: 'CustomerMessage' | 'Reply' }>;

// Enough to answer the latest message; the rest is one click away (or on the ticket page).
const SHOWN_AT_FIRST = 4;

interface Props {
  ticket: FragmentType<DraftConversation_TicketFragment>;
  /** When the draft was written: later messages are marked, the draft may not answer them. */
  draftCreatedAt: string;
  /** The newest message the reviewer has acknowledged; later ones are marked new. */
  seenMessageId: string | null;
  now: Date;
}

/** What the customer and the team have said so far, newest last (internal notes and events left out). */
export function DraftConversation({ ticket: from, draftCreatedAt, seenMessageId, now }: Props) {
  const { data: ticket, complete } = useFragment({ fragment: DraftConversation_TicketFragmentDoc, from });
  const [showAll, setShowAll] = useState(false);
  if (!complete) return null;
  const messages = ticket.timeline.filter((e): e is Message => e.__typename === 'CustomerMessage' || e.__typename === 'Reply');
  const seenIndex = messages.findIndex((m) => m.id === seenMessageId);
  const hidden = showAll ? 0 : Math.max(0, messages.length - SHOWN_AT_FIRST);
  const draftTime = new Date(draftCreatedAt).getTime();

  if (messages.length === 0) return <p className="muted small">No messages yet.</p>;
  return (
    <div className="stack approvals-conversation-wrap">
      {hidden > 0 && (
        <button type="button" className="link-button small" onClick={() => setShowAll(true)}>
          Show {hidden} earlier {hidden === 1 ? 'message' : 'messages'}
        </button>
      )}
      <ol className="approvals-conversation" aria-label={`Conversation with ${ticket.customer.name}`}>
        {messages.slice(hidden).map((message) => {
          const index = messages.indexOf(message);
          const isNew = seenIndex >= 0 && index > seenIndex;
          const afterDraft = new Date(message.createdAt).getTime() > draftTime;
          const fromCustomer = message.__typename === 'CustomerMessage';
          return (
            <li key={message.id} className={fromCustomer ? 'approvals-message from-customer' : 'approvals-message from-team'}>
              <div className="small">
                <strong>{fromCustomer ? message.customer.name : (message.author?.name ?? 'Tandem')}</strong>
                {message.__typename === 'Reply' && message.approvedBy && (
                  <span className="muted">, approved by {message.approvedBy.name}</span>
                )}{' '}
                <time className="muted" dateTime={message.createdAt} title={formatDateTime(message.createdAt)}>
                  {formatAgo(message.createdAt, now)}
                </time>
                {isNew && <span className="badge">New</span>}
                {afterDraft && !isNew && <span className="badge muted-badge">After the draft</span>}
              </div>
              <p className="approvals-body">{message.body}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
