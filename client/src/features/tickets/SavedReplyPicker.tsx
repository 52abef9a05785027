import { useApolloClient, useQuery } from '@apollo/client/react';
import { LIMITS, savedReplyCategoryLabel } from '@tandem/shared';
import { useDeferredValue, useState } from 'react';
import { SavedReplyPickerQueryDocument, SavedReplyPickerRenderQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';

interface Props {
  ticketId: string;
  /** `body` is the saved reply as written (placeholders), `text` as filled for this ticket. */
  onInsert: (savedReply: { id: string; title: string; body: string }, text: string) => void;
}

/**
 * S1/W4: the saved replies, with "Ask for more information" first: when the question is unclear,
 * ask instead of guessing. Inserted with the placeholders filled for this ticket.
 */
export function SavedReplyPicker({ ticketId, onInsert }: Props) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<{ savedReply: { id: string; title: string; body: string }; text: string } | null>(null);
  const client = useApolloClient();
  const askForInfo = useQuery(SavedReplyPickerQueryDocument, {
    variables: { filter: { category: 'ASK_FOR_INFO' } },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const found = useQuery(SavedReplyPickerQueryDocument, {
    variables: { filter: { search: deferred } },
    skip: !open || !deferred,
    fetchPolicy: 'cache-and-network',
  });

  // The preview is the text as the customer would read it: placeholders filled for this ticket.
  const showPreview = async (savedReply: { id: string; title: string; body: string }) => {
    setError(null);
    try {
      const { data } = await client.query({
        query: SavedReplyPickerRenderQueryDocument,
        variables: { savedReplyId: savedReply.id, ticketId },
        fetchPolicy: 'network-only',
      });
      if (data) setPreview({ savedReply, text: data.renderSavedReply });
    } catch (failure) {
      setError(failure);
    }
  };
  const close = () => {
    setError(null);
    setOpen(false);
    setPreview(null);
    setSearch('');
  };

  if (!open) {
    return (
      <div className="row">
        <button type="button" onClick={() => setOpen(true)}>
          Insert saved reply…
        </button>
      </div>
    );
  }
  if (preview) {
    return (
      <div className="picker card stack" role="group" aria-label={`Preview of ${preview.savedReply.title}`}>
        <strong>{preview.savedReply.title}</strong>
        <div className="preview-body">{preview.text}</div>
        <div className="row">
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() => {
              onInsert(preview.savedReply, preview.text);
              close();
            }}
          >
            Insert
          </button>
          <button type="button" onClick={() => setPreview(null)}>
            Back to the list
          </button>
        </div>
      </div>
    );
  }
  const list = deferred ? found.data?.savedReplies.edges : askForInfo.data?.savedReplies.edges;
  return (
    <div className="picker card stack">
      <div className="row spread">
        <label className="grow">
          Find a saved reply
          <input
            autoFocus
            type="search"
            maxLength={LIMITS.search.textMax}
            placeholder="Title or words of the text"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && close()}
          />
        </label>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
      <p className="small muted">
        {deferred ? 'Matching saved replies' : `${savedReplyCategoryLabel.ASK_FOR_INFO}: when it is unclear, ask rather than guess (W4)`}
      </p>
      <ul className="picker-list" aria-label="Saved replies">
        {list?.map(({ node }) => (
          <li key={node.id}>
            <button type="button" onClick={() => void showPreview(node)}>
              <strong>{node.title}</strong>{' '}
              <span className="muted small">
                {savedReplyCategoryLabel[node.category]} · used {node.usageCount}×
              </span>
            </button>
          </li>
        ))}
        {list?.length === 0 && <li className="muted small">No saved reply matches. Write your own, or ask a manager to add one.</li>}
      </ul>
      {error !== null && (
        <p role="alert" className="error small">
          {errorMessage(error)}
        </p>
      )}
    </div>
  );
}
