import { useQuery } from '@apollo/client/react';
import { LIMITS, PLACEHOLDERS, type RuleResult, unknownPlaceholders } from '@tandem/shared';
import { useDeferredValue, useState } from 'react';
import { AnnouncementComposerSavedRepliesQueryDocument } from '../gql/graphql';
import { MutationProblem } from './MutationProblem';
import './pick-list.css';

interface Progress {
  sent: number;
  total: number;
  sentence: string;
}

/** How far telling the customers has come, live, and the message they got (E3's fix, FR4's ship). */
export function AnnouncementProgress(props: {
  titleId: string;
  title: string;
  className: string;
  progress: Progress | null;
  messageLabel: string;
  message: string | null;
  messageClassName: string;
}) {
  const { progress, message } = props;
  return (
    <section className={`card stack ${props.className}`} aria-labelledby={props.titleId}>
      <h2 id={props.titleId}>{props.title}</h2>
      {progress && (
        <>
          <p role="status" className="reason">
            {progress.sentence}
          </p>
          <progress max={Math.max(progress.total, 1)} value={progress.total === 0 ? 1 : progress.sent} aria-label="Customers told" />
        </>
      )}
      {message && (
        <div className="stack">
          <span className="small muted">{props.messageLabel}</span>
          <div className={props.messageClassName}>{message}</div>
        </div>
      )}
    </section>
  );
}

interface ComposerProps {
  /** Prefixes the ids the message box is described by. */
  idPrefix: string;
  label: string;
  placeholder: string;
  /** The feature's rule for the message (a reply, W7), the one the server applies. */
  check: (body: string, unknownPlaceholders: readonly string[]) => RuleResult;
  readySentence: string;
  /** Who it tells, before the click. */
  preview: string;
  previewClassName: string;
  submitLabel: string;
  mutation: { loading: boolean; problem: string | null };
  /** Sends it; true when it went through (the box is emptied). */
  onSubmit: (message: string, savedReplyId: string | null) => Promise<boolean>;
}

/**
 * The message for every customer a change reaches: started from a saved reply or written, placeholders
 * filled per customer when sent, checked as it is written, and who it tells before the click.
 */
export function AnnouncementComposer({ idPrefix, check: rule, mutation, onSubmit, ...text }: ComposerProps) {
  const [message, setMessage] = useState('');
  const [savedReplyId, setSavedReplyId] = useState<string | null>(null);
  const check = rule(message, unknownPlaceholders(message));
  const submit = async () => {
    if (!check.ok) return;
    if (await onSubmit(message.trim(), savedReplyId)) setMessage('');
  };
  return (
    <>
      <SavedReplyInsert
        onInsert={(reply) => {
          setMessage(reply.body);
          setSavedReplyId(reply.id);
        }}
      />
      <label>
        {text.label}
        <textarea
          rows={6}
          maxLength={LIMITS.ticket.bodyMax}
          value={message}
          placeholder={text.placeholder}
          onChange={(e) => setMessage(e.target.value)}
          aria-describedby={`${idPrefix}-message-check ${idPrefix}-placeholders`}
        />
      </label>
      <p id={`${idPrefix}-message-check`} className={check.ok ? 'small muted reason' : 'small warn-text reason'}>
        {check.ok ? text.readySentence : check.message}
      </p>
      <details id={`${idPrefix}-placeholders`} className="small">
        <summary>Placeholders</summary>
        <ul>
          {Object.entries(PLACEHOLDERS).map(([key, what]) => (
            <li key={key}>
              <code>{`{{${key}}}`}</code> {what}
            </li>
          ))}
        </ul>
      </details>
      <p className={text.previewClassName}>{text.preview}</p>
      <MutationProblem problem={mutation.problem} />
      <div className="row">
        <button type="button" className="primary" disabled={!check.ok || mutation.loading} onClick={() => void submit()}>
          {text.submitLabel}
        </button>
      </div>
    </>
  );
}

/** Start from a saved reply (S2): its text as written, placeholders and all, filled per customer when sent. */
function SavedReplyInsert({ onInsert }: { onInsert: (reply: { id: string; body: string }) => void }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const { data } = useQuery(AnnouncementComposerSavedRepliesQueryDocument, {
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
      <ul className="pick-list" aria-label="Saved replies">
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
