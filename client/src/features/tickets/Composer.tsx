import type { FragmentType } from '@apollo/client';
import { useApolloClient, useFragment } from '@apollo/client/react';
import { checkReplyBody, keepsSavedReplyText, LIMITS, replyEndsWithQuestion, replyRoute, toneHints, type TonePhrase } from '@tandem/shared';
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import {
  ComposerDrafts_TicketFragmentDoc,
  Composer_TicketFragmentDoc,
  TicketPageQueryDocument,
  type ComposerDrafts_TicketFragment,
  type Composer_TicketFragment,
} from '../../gql/graphql';
import { errorCodeOf, errorMessage } from '../../lib/errors';
import { useViewer } from '../../lib/viewer';
import { NoteEditor } from './NoteEditor';
import { SavedReplyPicker } from './SavedReplyPicker';
import { hasUnsentText, useUnsentText } from './useUnsentText';
import { UnsentTextStatus } from './UnsentTextStatus';
import { useReplyToTicket } from './hooks/useReplyToTicket';
import { useSubmitDraft } from './hooks/useSubmitDraft';

/** Its fragments: `Composer_ticket`, and `ComposerDrafts_ticket` for the writer's own drafts. */
type ComposerTicket = Composer_TicketFragment & Pick<ComposerDrafts_TicketFragment, 'timeline'>;

export interface ComposerHandle {
  focus(mode: 'reply' | 'note'): void;
}

interface Props {
  ticket: FragmentType<Composer_TicketFragment> & FragmentType<ComposerDrafts_TicketFragment>;
  toneGuide: readonly TonePhrase[];
  /** The reply as it is being written, for the live checklist. */
  onReplyChange: (body: string) => void;
  ref?: Ref<ComposerHandle>;
}

/** Reply (or draft) and internal note, one tab each; `r` and `n` jump here. */
export function Composer({ ticket: from, toneGuide, onReplyChange, ref }: Props) {
  const viewer = useViewer();
  const composer = useFragment({ fragment: Composer_TicketFragmentDoc, from });
  const drafts = useFragment({ fragment: ComposerDrafts_TicketFragmentDoc, from });
  // A note left unsent (and no reply) opens on the note, so the restored text is in sight.
  const [mode, setMode] = useState<'reply' | 'note'>(() => {
    const scope = { userId: viewer.id, ticketId: composer.data.id ?? '' };
    return !hasUnsentText({ ...scope, editor: 'reply' }) && hasUnsentText({ ...scope, editor: 'note' }) ? 'note' : 'reply';
  });
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => ({
    focus(next) {
      setMode(next);
      // After the tab switch has rendered.
      requestAnimationFrame(() => (next === 'reply' ? replyRef : noteRef).current?.focus());
    },
  }));
  if (!composer.complete || !drafts.complete) return null;
  const ticket: ComposerTicket = { ...composer.data, timeline: drafts.data.timeline };
  return (
    <section className="composer card stack" aria-label="Write">
      <div role="tablist" aria-label="Write" className="tabs">
        <button
          type="button"
          role="tab"
          aria-selected={mode === 'reply'}
          className={mode === 'reply' ? 'tab active' : 'tab'}
          onClick={() => setMode('reply')}
        >
          Reply to customer <kbd>r</kbd>
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={mode === 'note'}
          className={mode === 'note' ? 'tab active' : 'tab'}
          onClick={() => setMode('note')}
        >
          Internal note <kbd>n</kbd>
        </button>
      </div>
      {/* Both stay mounted: switching tabs keeps what was written. */}
      <div hidden={mode !== 'reply'}>
        <ReplyEditor ticket={ticket} toneGuide={toneGuide} textareaRef={replyRef} onChange={onReplyChange} />
      </div>
      <div hidden={mode !== 'note'}>
        <NoteEditor ticket={ticket} textareaRef={noteRef} />
      </div>
    </section>
  );
}

interface ReplyEditorProps {
  ticket: ComposerTicket;
  toneGuide: readonly TonePhrase[];
  textareaRef: Ref<HTMLTextAreaElement>;
  onChange: (body: string) => void;
}

type Draft = Extract<ComposerTicket['timeline'][number], { __typename: 'Draft' }>;

/** A reply being written, as it is kept until it is sent (per person and ticket). */
interface UnsentReply {
  body: string;
  inserted: { id: string; title: string; body: string } | null;
  suggest: boolean;
  suggestedTitle: string;
  // The newest message the writer has read: sent with the reply so the server refuses it when the
  // customer wrote again meanwhile. While nothing is written, whatever is on screen counts as read.
  seenMessageId: string | null;
}
const NO_REPLY: UnsentReply = { body: '', inserted: null, suggest: false, suggestedTitle: '', seenMessageId: null };
const isBlank = (text: string) => text.trim() === '';

function ReplyEditor({ ticket, toneGuide, textareaRef, onChange }: ReplyEditorProps) {
  const viewer = useViewer();
  const client = useApolloClient();
  const unsent = useUnsentText<UnsentReply>({ userId: viewer.id, ticketId: ticket.id, editor: 'reply' }, NO_REPLY, (r) => isBlank(r.body));
  const { body, inserted, suggest, suggestedTitle } = unsent.value;
  const seenMessageId = unsent.value.seenMessageId ?? ticket.latestMessageId;
  const { setValue } = unsent;
  const setBody = (next: string | ((current: string) => string)) =>
    setValue((r) => ({ ...r, body: typeof next === 'function' ? next(r.body) : next }));
  const setInserted = (next: UnsentReply['inserted']) => setValue((r) => ({ ...r, inserted: next }));
  const setSuggest = (next: boolean) => setValue((r) => ({ ...r, suggest: next }));
  const setSuggestedTitle = (next: string) => setValue((r) => ({ ...r, suggestedTitle: next }));
  const setSeenMessageId = (next: string | null) => setValue((r) => ({ ...r, seenMessageId: next }));
  // What was sent last; a draft's note shows only while that draft waits for review.
  const [sent, setSent] = useState<{ text: string; draftId: string | null } | null>(null);
  const isWriting = !isBlank(body);
  useEffect(() => onChange(body), [body, onChange]);
  useEffect(() => {
    if (!isWriting) setValue((r) => (r.seenMessageId === ticket.latestMessageId ? r : { ...r, seenMessageId: ticket.latestMessageId }));
  }, [isWriting, ticket.latestMessageId, setValue]);
  const [reply, replying] = useReplyToTicket();
  const [submitDraft, submitting] = useSubmitDraft();
  const error = replying.error ?? submitting.error;
  const busy = replying.loading || submitting.loading;

  // W3/W6: the reply counts as starting from the saved reply only while it keeps its words (as the server checks).
  const savedReply = inserted && keepsSavedReplyText(body, inserted.body) ? inserted : null;
  const can = ticket.viewerCan;
  // T1: trainees always draft; W6: a trained agent's novel reply goes to review when the team says so.
  const mustDraft = replyRoute(can.reply, can.replyNeedsReview, Boolean(savedReply)) === 'DRAFT';
  const permission = mustDraft ? can.submitDraft : can.reply;
  const bodyCheck = checkReplyBody(body);
  const hasUnreadMessage = isWriting && seenMessageId !== ticket.latestMessageId;
  const blockedBy = !permission.allowed
    ? permission.reason
    : hasUnreadMessage
      ? 'Read the new message first.'
      : !bodyCheck.ok && isWriting
        ? bodyCheck.message
        : null;
  const canSend = permission.allowed && bodyCheck.ok && !hasUnreadMessage && !busy;
  const hints = toneHints(body, toneGuide);
  const myDrafts = ticket.timeline.filter((e): e is Draft => e.__typename === 'Draft' && e.author.id === viewer.id);
  const lastDraft = myDrafts[myDrafts.length - 1];
  const sentNote = sent && (sent.draftId === null || (lastDraft?.id === sent.draftId && lastDraft.status === 'PENDING')) ? sent.text : null;

  const send = async () => {
    if (!canSend) return;
    setSent(null);
    const base = { ticketId: ticket.id, body, savedReplyId: savedReply?.id ?? null, seenMessageId: seenMessageId ?? '' };
    try {
      if (mustDraft) {
        const result = await submitDraft({
          variables: { input: { ...base, suggestAsSavedReply: suggest, suggestedTitle: suggest ? suggestedTitle.trim() : null } },
        });
        setSent({
          text:
            can.reply.code === 'TRAINEE_MUST_SUBMIT_DRAFT'
              ? 'Draft submitted for approval. Your trainer has been told.'
              : 'Reply submitted for review.',
          draftId: result.data?.submitDraft.id ?? null,
        });
      } else {
        await reply({ variables: { input: base } });
        setSent({ text: 'Reply sent.', draftId: null });
      }
      unsent.clear();
    } catch (failure) {
      // Shown from the mutation's error state; nothing was sent. When the customer wrote meanwhile,
      // fetch the ticket so the new message is on screen even if the live update was missed.
      if (errorCodeOf(failure) === 'TICKET_CHANGED') await client.refetchQueries({ include: [TicketPageQueryDocument] });
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {lastDraft?.status === 'CHANGES_REQUESTED' && (
        <div className="feedback-banner" role="note">
          <strong>{lastDraft.reviewedBy?.name ?? 'Your reviewer'} asked for changes:</strong> {lastDraft.feedback}
          {!isWriting && (
            <div>
              <button
                type="button"
                onClick={() =>
                  // The revision keeps what the draft was: its saved reply and its suggestion (T3).
                  setValue((r) => ({
                    ...r,
                    body: lastDraft.body,
                    inserted: lastDraft.savedReply ?? null,
                    suggest: lastDraft.suggestAsSavedReply,
                    suggestedTitle: lastDraft.suggestedTitle ?? '',
                  }))
                }
              >
                Revise my draft
              </button>
            </div>
          )}
        </div>
      )}
      {lastDraft?.status === 'PENDING' && (
        <p className="muted small" role="status">
          Your draft is waiting for {lastDraft.reviewer?.name ?? 'a support manager'}. Submitting another one replaces it.
        </p>
      )}
      {hasUnreadMessage && (
        <div className="feedback-banner" role="alert">
          A new message arrived while you were writing. Read it above, then{' '}
          <button type="button" onClick={() => setSeenMessageId(ticket.latestMessageId)}>
            I have read it
          </button>
        </div>
      )}
      <UnsentTextStatus unsent={unsent} />
      <SavedReplyPicker
        ticketId={ticket.id}
        onInsert={(picked, text) => {
          setInserted(picked);
          setBody((current) => (current.trim() ? `${current.trimEnd()}\n\n${text}` : text));
        }}
      />
      {inserted && !savedReply && isWriting && (
        <p className="small muted">Rewritten: this reply no longer counts as the saved reply “{inserted.title}”.</p>
      )}
      {savedReply && (
        <p className="small muted">
          Starts from the saved reply “{savedReply.title}”.{' '}
          <button type="button" className="link-button" onClick={() => setInserted(null)}>
            Unlink
          </button>
        </p>
      )}
      <label>
        <span className="visually-hidden">Reply</span>
        <textarea
          ref={textareaRef}
          rows={8}
          maxLength={LIMITS.ticket.bodyMax}
          placeholder={`Write to ${ticket.customer.name}… end with a question, such as “Did that help?”`}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      <div className="row wrap spread">
        <QuestionIndicator body={body} />
        <span className="muted small">{mustDraft ? 'Ctrl+Enter submits for approval' : 'Ctrl+Enter sends'}</span>
      </div>
      {hints.length > 0 && (
        <ul className="tone-hints small" aria-label="Tone hints">
          {hints.map((hint) => (
            <li key={`${hint.avoid}:${hint.index}`}>
              Instead of “{hint.avoid}”: {hint.suggestion}
            </li>
          ))}
        </ul>
      )}
      {mustDraft && (
        <div className="stack">
          <p className="muted small">
            {can.reply.code === 'TRAINEE_MUST_SUBMIT_DRAFT'
              ? 'Your trainer approves your replies before the customer sees them (T1).'
              : 'Your team reviews replies that use no saved reply (W6). Start from a saved reply to send directly.'}
          </p>
          <label className="check">
            <input type="checkbox" checked={suggest} onChange={(e) => setSuggest(e.target.checked)} />
            Suggest this answer as a saved reply (T3)
          </label>
          {suggest && (
            <label>
              Saved reply title
              {/* Optional, as on the server: an accepted suggestion without one is titled after the ticket. */}
              <input
                value={suggestedTitle}
                maxLength={LIMITS.draft.suggestedTitleMax}
                placeholder={`Optional: “${ticket.subject.slice(0, 60)}” if left empty`}
                onChange={(e) => setSuggestedTitle(e.target.value)}
              />
            </label>
          )}
        </div>
      )}
      <div className="row wrap">
        <button type="submit" className="primary" disabled={!canSend}>
          {busy ? 'Sending…' : mustDraft ? 'Submit for approval' : 'Send reply'}
        </button>
        {isWriting && (
          <button type="button" onClick={unsent.clear}>
            Discard
          </button>
        )}
        {blockedBy && <span className="muted small reason">{blockedBy}</span>}
      </div>
      {error && (
        <p role="alert" className="error small">
          {errorMessage(error)}
          {errorCodeOf(error) === 'TICKET_CHANGED' && ' The new message is shown above.'}
        </p>
      )}
      {sentNote && !error && (
        <p role="status" className="small">
          {sentNote}
        </p>
      )}
    </form>
  );
}

/** W7, live: the same rule the server applies when the reply is sent. */
function QuestionIndicator({ body }: { body: string }) {
  if (!body.trim()) return <span className="muted small">Every reply ends with a direct question (W7).</span>;
  return replyEndsWithQuestion(body) ? (
    <span className="small ok-text">✓ Ends with a question</span>
  ) : (
    <span className="small warn-text">End with a direct question, such as “Did that help?” (W7)</span>
  );
}
