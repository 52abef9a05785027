import { useApolloClient, useMutation } from '@apollo/client/react';
import { checkSavedReplyText, LIMITS, reasonOf, SavedReplyCategory, savedReplyCategoryLabel } from '@tandem/shared';
import { useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import {
  SavedRepliesPageQueryDocument,
  SavedReplyEditorAcceptMutationDocument,
  SavedReplyEditorCreateMutationDocument,
  SavedReplyEditorUpdateMutationDocument,
  type SavedReplyCard_SavedReplyFragment,
} from '../../gql/graphql';
import { errorCodeOf, errorMessage } from '../../lib/errors';
import { PlaceholderHelp } from './PlaceholderHelp';

export type EditorPurpose =
  | { kind: 'create' }
  | { kind: 'edit'; reply: SavedReplyCard_SavedReplyFragment }
  | { kind: 'accept'; reply: SavedReplyCard_SavedReplyFragment };

const WORDING = {
  create: { title: 'New saved reply', submit: 'Add to library' },
  edit: { title: 'Edit saved reply', submit: 'Save changes' },
  accept: { title: 'Accept suggestion', submit: 'Accept into library' },
} as const;

const CATEGORIES = Object.values(SavedReplyCategory);
const mutationOptions = { refetchQueries: [SavedRepliesPageQueryDocument], awaitRefetchQueries: true };

/** Add a saved reply, edit one (S1), or tidy a suggestion while accepting it (T3). */
export function SavedReplyEditor({ purpose, onClose }: { purpose: EditorPurpose; onClose: () => void }) {
  const reply = purpose.kind === 'create' ? undefined : purpose.reply;
  const [title, setTitle] = useState(reply?.title ?? '');
  const [category, setCategory] = useState<SavedReplyCategory | ''>(reply?.category ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const client = useApolloClient();
  const [create, creating] = useMutation(SavedReplyEditorCreateMutationDocument, mutationOptions);
  const [update, updating] = useMutation(SavedReplyEditorUpdateMutationDocument, mutationOptions);
  const [accept, accepting] = useMutation(SavedReplyEditorAcceptMutationDocument, mutationOptions);
  const busy = creating.loading || updating.loading || accepting.loading;
  const error = creating.error ?? updating.error ?? accepting.error;
  const wording = WORDING[purpose.kind];

  // The same rule the server applies, so a typo in a placeholder never leaves the browser.
  const problems = [reasonOf(checkSavedReplyText(title, body)), category ? null : 'Pick a category.'].filter(
    (p): p is string => p !== null,
  );
  const unchanged = purpose.kind === 'edit' && title === reply?.title && body === reply.body && category === reply.category;

  const insertPlaceholder = (token: string) => {
    const textarea = bodyRef.current;
    const start = textarea?.selectionStart ?? body.length;
    const end = textarea?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problems.length > 0 || busy || !category) return;
    const fields = { title, body, category };
    const done =
      purpose.kind === 'create'
        ? create({ variables: { input: fields } })
        : purpose.kind === 'edit'
          ? update({ variables: { input: { id: purpose.reply.id, version: purpose.reply.version, ...fields } } })
          : accept({ variables: { input: { id: purpose.reply.id, ...fields } } });
    done.then(onClose).catch((failure: unknown) => {
      // Someone else saved first: the list gets their version, so editing again starts from it.
      if (errorCodeOf(failure) === 'STALE_DATA') void client.refetchQueries({ include: [SavedRepliesPageQueryDocument] });
    });
  };

  return (
    <Dialog title={wording.title} onClose={onClose}>
      <form className="stack saved-reply-editor" onSubmit={submit}>
        {purpose.kind === 'accept' && (
          <p className="muted small">
            This is the reply as {purpose.reply.suggestedBy?.name ?? 'the agent'} sent it. Replace the customer’s name and other details
            with placeholders so that it fits any ticket.
          </p>
        )}
        <label>
          Title
          <input value={title} maxLength={LIMITS.savedReply.titleMax} onChange={(e) => setTitle(e.target.value)} required autoFocus />
        </label>
        <label>
          Category
          <select value={category} onChange={(e) => setCategory(e.target.value as SavedReplyCategory | '')} required>
            {!reply && <option value="">Choose a category</option>}
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {savedReplyCategoryLabel[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Text
          <textarea
            ref={bodyRef}
            rows={8}
            value={body}
            maxLength={LIMITS.savedReply.bodyMax}
            onChange={(e) => setBody(e.target.value)}
            required
          />
        </label>
        <PlaceholderHelp onInsert={insertPlaceholder} />
        <div aria-live="polite">
          {problems.length > 0 && (
            <ul className="field-error" aria-label="Before you can save">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
        {error && (
          <p role="alert" className="error">
            {errorMessage(error)}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy || unchanged || problems.length > 0}>
            {busy ? 'Saving…' : wording.submit}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
