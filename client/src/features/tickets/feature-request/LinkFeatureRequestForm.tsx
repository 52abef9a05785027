import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import {
  ASK_IMPORTANCES,
  type AskImportance,
  askImportanceLabel,
  askImportanceMeaning,
  checkAsk,
  checkCreateFeatureRequest,
  FEATURE_TAGS,
  type FeatureTag,
  featureTagLabel,
  featureTagMeaning,
  LIMITS,
  reasonOf,
} from '@tandem/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { LinkFeatureRequestForm_TicketFragmentDoc, type LinkFeatureRequestForm_TicketFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { toPerson } from '../../../lib/person';
import { useViewer } from '../../../lib/viewer';
import { useCreateFeatureRequestFromTicket } from '../hooks/useCreateFeatureRequestFromTicket';
import { useLinkTicketToFeatureRequest } from '../hooks/useLinkTicketToFeatureRequest';
import { TicketSimilarFeatureRequests } from './TicketSimilarFeatureRequests';

interface Props {
  ticket: FragmentType<LinkFeatureRequestForm_TicketFragment>;
  /** Linked to a card (an existing one or a new one). */
  onDone: () => void;
  onCancel: () => void;
}

/**
 * C4/FR1: the customer's words (pre-filled from their message) and how much they need it, then the
 * cards that already ask for the same thing (one click links the ticket, so the tally goes up), and
 * only then a new card, which needs a tag. The shared rules say what is missing before the click.
 */
export function LinkFeatureRequestForm({ ticket: from, onDone, onCancel }: Props) {
  const { data: ticket, complete } = useFragment({ fragment: LinkFeatureRequestForm_TicketFragmentDoc, from });
  const [quote, setQuote] = useState<string | null>(null);
  const [importance, setImportance] = useState<AskImportance | null>(null);
  const [isCreating, setCreating] = useState(false);
  const [link, linking] = useLinkTicketToFeatureRequest();
  const id = useId();
  if (!complete) return null;
  const currentQuote = quote ?? ticket.askQuote;
  const ask = { ticketId: ticket.id, quote: currentQuote.trim(), importance };
  const askProblem = reasonOf(checkAsk(ask));
  const linkedIds = new Set(ticket.asks.map((a) => a.featureRequest.id));

  const linkTo = (featureRequestId: string) => {
    if (askProblem || !importance) return;
    void link({ variables: { input: { ticketId: ticket.id, featureRequestId, quote: ask.quote, importance } } }).then(
      onDone,
      () => undefined,
    );
  };

  const customer = ticket.customer;
  return (
    <div className="feature-link-form stack">
      <p className="small muted">
        For {customer.name}
        {customer.company && ` · ${customer.company}`}
      </p>
      <label>
        What the customer asked for, in their words
        <textarea
          rows={3}
          value={currentQuote}
          maxLength={LIMITS.feature.quoteMax}
          onChange={(e) => setQuote(e.target.value)}
          aria-describedby={`${id}-quote-hint`}
        />
      </label>
      <p id={`${id}-quote-hint`} className="muted small hint-line">
        Product reads these words beside the request; trim them to the ask.
      </p>
      <fieldset className="importance-choices">
        <legend>How important is it to them?</legend>
        {ASK_IMPORTANCES.map((choice) => (
          <label key={choice} className="check importance-choice">
            <input
              type="radio"
              name={`${id}-importance`}
              value={choice}
              checked={importance === choice}
              onChange={() => setImportance(choice)}
            />
            <span>
              <strong>{askImportanceLabel[choice]}</strong> <span className="muted">{askImportanceMeaning[choice]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div aria-live="polite">{askProblem && <p className="field-error">Before linking: {askProblem}</p>}</div>
      <TicketSimilarFeatureRequests
        title={ticket.subject}
        quote={currentQuote}
        linkedIds={linkedIds}
        canLink={!askProblem && !linking.loading}
        onLink={linkTo}
      />
      {linking.error && (
        <p role="alert" className="error small">
          {errorMessage(linking.error)}
        </p>
      )}
      {isCreating ? (
        <NewFeatureRequestForm
          ticketId={ticket.id}
          subject={ticket.subject}
          ask={importance && !askProblem ? { quote: ask.quote, importance } : null}
          onDone={onDone}
          onCancel={onCancel}
        />
      ) : (
        <div className="row wrap">
          <button type="button" onClick={() => setCreating(true)}>
            None of these: create a new request
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}

interface NewProps {
  ticketId: string;
  subject: string;
  /** The ticket's ask as the form above holds it; null while it is incomplete. */
  ask: { quote: string; importance: AskImportance } | null;
  onDone: () => void;
  onCancel: () => void;
}

/** FR1: a new card from this ticket: a title (from the subject), a description, and a tag, which is required. */
function NewFeatureRequestForm({ ticketId, subject, ask, onDone, onCancel }: NewProps) {
  const viewer = useViewer();
  const [title, setTitle] = useState(subject);
  const [description, setDescription] = useState('');
  const [tag, setTag] = useState<FeatureTag | null>(null);
  const [create, { loading, error }] = useCreateFeatureRequestFromTicket();
  const titleInput = useRef<HTMLInputElement>(null);
  const id = useId();
  // Opened by "None of these": the agent goes on typing where the new card starts.
  useEffect(() => titleInput.current?.focus(), []);
  const fields = { title: title.trim(), description: description.trim(), tag };
  const problem = reasonOf(checkCreateFeatureRequest(toPerson(viewer), fields));
  const canSubmit = !problem && ask !== null && !loading;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit || !fields.tag || !ask) return;
    void create({
      variables: { input: { title: fields.title, description: fields.description, tag: fields.tag, ask: { ticketId, ...ask } } },
    }).then(onDone, () => undefined);
  };

  return (
    <form className="new-feature-request stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>A new request</h3>
      <label>
        Title
        <input ref={titleInput} value={title} maxLength={LIMITS.feature.titleMax} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Description (optional)
        <textarea
          rows={3}
          value={description}
          maxLength={LIMITS.feature.descriptionMax}
          placeholder="What they want to do, and why"
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <fieldset className="tag-choices">
        <legend>Tag (FR1)</legend>
        {FEATURE_TAGS.map((choice) => (
          <label key={choice} className="check tag-choice">
            <input type="radio" name={`${id}-tag`} value={choice} checked={tag === choice} onChange={() => setTag(choice)} />
            <span>
              <strong>{featureTagLabel[choice]}</strong> <span className="muted">{featureTagMeaning[choice]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div aria-live="polite">
        {problem && <p className="field-error">{problem}</p>}
        {!ask && <p className="field-error">Above: the customer’s words and how important it is to them.</p>}
      </div>
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      <div className="row wrap">
        <button type="submit" className="primary" disabled={!canSubmit}>
          {loading ? 'Creating…' : 'Create the request and link the ticket'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
