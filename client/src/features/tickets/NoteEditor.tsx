import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@tandem/shared';
import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { TeammatePickerQueryDocument, type Composer_TicketFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useViewer } from '../../lib/viewer';
import { useUnsentText } from './useUnsentText';
import { UnsentTextStatus } from './UnsentTextStatus';
import { useAddNote } from './hooks/useAddNote';

interface Props {
  ticket: Composer_TicketFragment;
  textareaRef: Ref<HTMLTextAreaElement>;
}

interface Person {
  id: string;
  name: string;
}

/** A note being written, as it is kept until it is added (per person and ticket). */
interface UnsentNote {
  body: string;
  mentioned: Person[];
}
const NO_NOTE: UnsentNote = { body: '', mentioned: [] };

// "@" and the start of a name, right before the caret.
const MENTION_AT_CARET = /(?:^|\s)@([\p{L}\p{M}'-]{0,40})$/u;

/** Internal notes: never shown to the customer; @mention a teammate to notify them. */
export function NoteEditor({ ticket, textareaRef }: Props) {
  const viewer = useViewer();
  const unsent = useUnsentText<UnsentNote>(
    { userId: viewer.id, ticketId: ticket.id, editor: 'note' },
    NO_NOTE,
    (n) => n.body.trim() === '',
  );
  const { body, mentioned } = unsent.value;
  const { setValue } = unsent;
  const setBody = (next: string) => setValue((n) => ({ ...n, body: next }));
  const setMentioned = (next: (list: Person[]) => Person[]) => setValue((n) => ({ ...n, mentioned: next(n.mentioned) }));
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const localRef = useRef<HTMLTextAreaElement | null>(null);
  const [addNote, adding] = useAddNote();
  const { data } = useQuery(TeammatePickerQueryDocument, { variables: { search: query || null }, skip: query === null });
  const suggestions = query === null ? [] : (data?.users.edges.map((e) => e.node) ?? []).slice(0, 8);
  const permission = ticket.viewerCan.addNote;
  const canSend = permission.allowed && body.trim() !== '' && !adding.loading;

  const track = (text: string, caret: number) => {
    const match = MENTION_AT_CARET.exec(text.slice(0, caret));
    setQuery(match ? match[1]! : null);
    setActive(0);
  };
  const pick = (person: Person) => {
    const textarea = localRef.current;
    const caret = textarea?.selectionStart ?? body.length;
    const before = body.slice(0, caret).replace(/@([\p{L}\p{M}'-]{0,40})$/u, `@${person.name} `);
    const next = before + body.slice(caret);
    setBody(next);
    setMentioned((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
    setQuery(null);
    requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(before.length, before.length);
    });
  };
  const send = async () => {
    if (!canSend) return;
    // Only the people still named in the text are notified.
    const mentionIds = mentioned.filter((p) => body.includes(`@${p.name}`)).map((p) => p.id);
    try {
      await addNote({ variables: { input: { ticketId: ticket.id, body, mentionIds } } });
      unsent.clear();
    } catch {
      // Shown from the mutation's error state.
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        pick(suggestions[active]!);
        return;
      }
      if (event.key === 'Escape') {
        setQuery(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form
      className="stack note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <label>
        <span className="visually-hidden">Internal note</span>
        <textarea
          ref={(el) => {
            localRef.current = el;
            if (typeof textareaRef === 'function') textareaRef(el);
            else if (textareaRef) textareaRef.current = el;
          }}
          rows={4}
          maxLength={LIMITS.note.bodyMax}
          placeholder="Only the team sees notes. Type @ to mention someone."
          value={body}
          onChange={(e) => {
            setBody(e.target.value);
            track(e.target.value, e.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          aria-autocomplete="list"
          aria-controls="mention-list"
        />
      </label>
      <UnsentTextStatus unsent={unsent} />
      {suggestions.length > 0 && (
        <ul id="mention-list" role="listbox" aria-label="Mention someone" className="picker-list mention-list">
          {suggestions.map((person, index) => (
            <li key={person.id} role="option" aria-selected={index === active}>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => pick(person)}>
                {person.name} <span className="muted small">{person.email}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row wrap">
        <button type="submit" disabled={!canSend}>
          {adding.loading ? 'Saving…' : 'Add note'}
        </button>
        {body.trim() !== '' && (
          <button type="button" onClick={unsent.clear}>
            Discard
          </button>
        )}
        {!permission.allowed && <span className="muted small">{permission.reason}</span>}
      </div>
      {adding.error && (
        <p role="alert" className="error small">
          {errorMessage(adding.error)}
        </p>
      )}
    </form>
  );
}
