import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { checkReplyBody, LIMITS, ticketGroupLabel, ticketTypeLabel, type TonePhrase } from '@tandem/shared';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  DraftReviewApproveMutationDocument,
  DraftReviewRequestChangesMutationDocument,
  DraftReview_DraftFragmentDoc,
  type DraftReview_DraftFragment,
} from '../../gql/graphql';
import { errorCodeOf, errorMessage } from '../../lib/errors';
import { formatAgo, formatDateTime } from '../../lib/format';
import { draftReasonHelp, draftReasonLabel } from './draft-labels';
import { DraftConversation } from './DraftConversation';
import { QuestionCheck, ToneHints } from './ReplyChecks';

export type ReviewOutcome = { kind: 'status' | 'alert'; content: ReactNode };

interface Props {
  draft: FragmentType<DraftReview_DraftFragment>;
  toneGuide: readonly TonePhrase[];
  now: Date;
  /** The draft has left the reviewer's hands (sent, sent back, or reviewed by someone else). */
  onReviewed: (outcome: ReviewOutcome) => void;
  /** Fetches the drafts again, e.g. to show a message that arrived meanwhile. */
  reload: () => Promise<unknown>;
}

type Mode = 'read' | 'edit' | 'feedback';

/** One draft: the conversation beside the draft, and approve / edit and approve / request changes (T2). */
export function DraftReview({ draft: from, ...props }: Props) {
  const { data: draft, complete } = useFragment({ fragment: DraftReview_DraftFragmentDoc, fragmentName: 'DraftReview_draft', from });
  return complete ? <Review draft={draft} {...props} /> : null;
}

/** The review of a draft its fragment `DraftReview_draft` describes. */
function Review({ draft, toneGuide, now, onReviewed, reload }: Omit<Props, 'draft'> & { draft: DraftReview_DraftFragment }) {
  const ticket = draft.ticket;
  const author = draft.author.name;
  const customer = ticket.customer.name;
  const reasonId = useId();
  const [mode, setMode] = useState<Mode>('read');
  const [body, setBody] = useState(draft.body);
  const [feedback, setFeedback] = useState('');
  // The newest message the reviewer has had in front of them; sent with the approval so the server
  // refuses it when the customer wrote again meanwhile. A message arriving live must be acknowledged.
  const [seenMessageId, setSeenMessageId] = useState(ticket.latestMessageId);
  // Guards the gap between a click and the re-render that disables the button: one request per click burst.
  const inFlight = useRef(false);
  const [approve, approving] = useMutation(DraftReviewApproveMutationDocument);
  const [requestChanges, requesting] = useMutation(DraftReviewRequestChangesMutationDocument);
  const busy = approving.loading || requesting.loading;
  const error = mode === 'feedback' ? requesting.error : approving.error;

  const can = draft.viewerCan;
  const hasUnreadMessage = seenMessageId !== ticket.latestMessageId;
  const approveBlockedBy = !can.approve.allowed
    ? (can.approve.reason ?? 'You cannot approve this draft.')
    : hasUnreadMessage
      ? 'Read the new message first.'
      : null;
  const bodyCheck = checkReplyBody(body);
  const editBlockedBy = approveBlockedBy ?? (bodyCheck.ok ? null : bodyCheck.message);
  const suggestionTitle = draft.suggestedTitle?.trim() || ticket.subject;

  const switchTo = (next: Mode) => {
    approving.reset();
    requesting.reset();
    setMode(next);
  };

  const sendApproval = async (edited: boolean) => {
    if (inFlight.current || (edited ? editBlockedBy : approveBlockedBy)) return;
    inFlight.current = true;
    try {
      await approve({
        variables: { input: { draftId: draft.id, seenMessageId: seenMessageId ?? '', ...(edited ? { body } : {}) } },
      });
      onReviewed({
        kind: 'status',
        content: (
          <>
            {edited ? 'Your edited reply' : `${author}’s reply`} was sent to {customer} on{' '}
            <Link to={`/tickets/${ticket.id}`}>#{ticket.number}</Link>, credited to {author} and you.
            {draft.suggestAsSavedReply && (
              <>
                {' '}
                The saved-reply suggestion “{suggestionTitle}” waits for a decision on the <Link to="/saved-replies">Saved replies</Link>{' '}
                page.
              </>
            )}
          </>
        ),
      });
    } catch (failure) {
      await afterFailure(failure);
    } finally {
      inFlight.current = false;
    }
  };

  const sendFeedback = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current || !feedback.trim() || !can.requestChanges.allowed) return;
    inFlight.current = true;
    try {
      await requestChanges({ variables: { input: { draftId: draft.id, feedback: feedback.trim() } } });
      onReviewed({
        kind: 'status',
        content: (
          <>
            Feedback sent to {author}. The draft on <Link to={`/tickets/${ticket.id}`}>#{ticket.number}</Link> is back with them.
          </>
        ),
      });
    } catch (failure) {
      await afterFailure(failure);
    } finally {
      inFlight.current = false;
    }
  };

  // The error itself shows from the mutation state; some errors also change what is on screen.
  const afterFailure = async (failure: unknown) => {
    const code = errorCodeOf(failure);
    // The customer (or a teammate) wrote meanwhile: fetch it so the reviewer reads it before approving.
    if (code === 'TICKET_CHANGED') await reload();
    if (code === 'DRAFT_ALREADY_REVIEWED' || code === 'NOT_FOUND') {
      onReviewed({ kind: 'alert', content: `Draft by ${author} on #${ticket.number}: ${errorMessage(failure)}` });
      await reload();
    }
  };

  const acknowledgeNewMessage = () => {
    setSeenMessageId(ticket.latestMessageId);
    approving.reset();
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void sendApproval(true);
    }
  };

  return (
    <article className="draft-review" aria-label={`Draft by ${author} on #${ticket.number}`}>
      <header className="stack approvals-header">
        <h2>
          <Link to={`/tickets/${ticket.id}`}>
            #{ticket.number} {ticket.subject}
          </Link>
        </h2>
        <div className="row wrap approvals-facts small">
          <span>
            {customer}
            {ticket.customer.plan === 'PREMIUM' && <span className="badge plan-premium">Premium</span>}
          </span>
          <span>Type: {ticket.type ? ticketTypeLabel[ticket.type] : <em>not set (C1)</em>}</span>
          <span>Group: {ticketGroupLabel[ticket.group]}</span>
          {ticket.status === 'CLOSED' && <span className="badge muted-badge">Closed</span>}
        </div>
      </header>

      {hasUnreadMessage && (
        <div className="approvals-banner" role="alert">
          A new message arrived on this ticket while you were reviewing. Read it (marked New), then{' '}
          <button type="button" onClick={acknowledgeNewMessage}>
            I have read it
          </button>
        </div>
      )}

      <div className="approvals-columns">
        <section className="stack">
          <h3>Conversation so far</h3>
          <DraftConversation ticket={ticket} draftCreatedAt={draft.createdAt} seenMessageId={seenMessageId} now={now} />
        </section>

        <section className="stack">
          <h3>
            Draft by {author}{' '}
            <span className={draft.reason === 'TRAINEE' ? 'badge' : 'badge todo-badge'} title={draftReasonHelp[draft.reason]}>
              {draftReasonLabel[draft.reason]}
            </span>
          </h3>
          <p className="muted small">
            Written{' '}
            <time dateTime={draft.createdAt} title={formatDateTime(draft.createdAt)}>
              {formatAgo(draft.createdAt, now)}
            </time>
            {draft.savedReply && <> from the saved reply “{draft.savedReply.title}”</>}. {draftReasonHelp[draft.reason]}
          </p>

          {mode === 'edit' ? (
            <form
              className="stack"
              onSubmit={(e) => {
                e.preventDefault();
                void sendApproval(true);
              }}
            >
              <label>
                Reply to {customer}
                <textarea
                  rows={8}
                  autoFocus
                  maxLength={LIMITS.draft.bodyMax}
                  value={body}
                  onChange={(e) => setBody(e.target.value)}
                  onKeyDown={onEditorKeyDown}
                />
              </label>
              <div className="row wrap spread">
                <QuestionCheck body={body} />
                <span className="muted small">Ctrl+Enter approves and sends</span>
              </div>
              <ToneHints body={body} toneGuide={toneGuide} />
              <div className="row wrap approvals-actions">
                <button
                  type="submit"
                  className="primary"
                  disabled={busy || editBlockedBy !== null}
                  aria-describedby={editBlockedBy ? reasonId : undefined}
                >
                  {approving.loading ? 'Sending…' : 'Approve and send edited reply'}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    setBody(draft.body);
                    switchTo('read');
                  }}
                >
                  Cancel editing
                </button>
              </div>
              {editBlockedBy && (
                <p id={reasonId} className="approvals-reason small">
                  {editBlockedBy}
                </p>
              )}
            </form>
          ) : (
            <>
              <p className="approvals-body approvals-draft-body">{draft.body}</p>
              <ToneHints body={draft.body} toneGuide={toneGuide} />
            </>
          )}

          {draft.suggestAsSavedReply && (
            <p className="small approvals-suggestion">
              <strong>Suggested as a saved reply: {suggestionTitle}</strong>
              <br />
              Approving sends the reply and leaves the suggestion for you or a support manager to accept or decline on the{' '}
              <Link to="/saved-replies">Saved replies</Link> page (T3).
            </p>
          )}

          {mode === 'feedback' && (
            <form className="stack" onSubmit={sendFeedback}>
              <label>
                Feedback for {author}
                <textarea
                  rows={4}
                  autoFocus
                  required
                  maxLength={LIMITS.draft.feedbackMax}
                  placeholder="What should change, and why?"
                  value={feedback}
                  onChange={(e) => setFeedback(e.target.value)}
                />
              </label>
              <p className="muted small">{author} sees your feedback on the ticket and submits a new draft (T2).</p>
              <div className="row wrap approvals-actions">
                <button type="submit" className="primary" disabled={busy || !feedback.trim() || !can.requestChanges.allowed}>
                  {requesting.loading ? 'Sending…' : 'Send feedback'}
                </button>
                <button type="button" disabled={busy} onClick={() => switchTo('read')}>
                  Cancel
                </button>
              </div>
              {!can.requestChanges.allowed && <p className="approvals-reason small">{can.requestChanges.reason}</p>}
            </form>
          )}

          {mode === 'read' && (
            <>
              <div className="row wrap approvals-actions">
                <button
                  type="button"
                  className="primary"
                  disabled={busy || approveBlockedBy !== null}
                  aria-describedby={approveBlockedBy ? reasonId : undefined}
                  onClick={() => void sendApproval(false)}
                >
                  {approving.loading ? 'Sending…' : 'Approve and send'}
                </button>
                <button
                  type="button"
                  disabled={busy || approveBlockedBy !== null}
                  aria-describedby={approveBlockedBy ? reasonId : undefined}
                  onClick={() => switchTo('edit')}
                >
                  Edit and approve
                </button>
                <button type="button" disabled={busy || !can.requestChanges.allowed} onClick={() => switchTo('feedback')}>
                  Request changes
                </button>
              </div>
              {approveBlockedBy && (
                <p id={reasonId} className="approvals-reason small">
                  {approveBlockedBy}
                  {can.approve.code === 'CHECKLIST_INCOMPLETE' && (
                    <>
                      {' '}
                      <Link to={`/tickets/${ticket.id}`}>Open the ticket to set it.</Link>
                    </>
                  )}
                </p>
              )}
              {!can.requestChanges.allowed && can.requestChanges.reason !== approveBlockedBy && (
                <p className="approvals-reason small">{can.requestChanges.reason}</p>
              )}
            </>
          )}

          {error && (
            <p role="alert" className="error small">
              {errorMessage(error)}
              {errorCodeOf(error) === 'TICKET_CHANGED' && ' It is shown in the conversation.'}
            </p>
          )}
        </section>
      </div>
    </article>
  );
}
