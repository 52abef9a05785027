import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { featureStatusLabel, featureTagLabel } from '@tandem/shared';
import {
  TicketSimilarFeatureRequest_FeatureRequestFragmentDoc,
  type TicketSimilarFeatureRequest_FeatureRequestFragment,
  TicketSimilarFeatureRequestsQueryDocument,
} from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useDebouncedValue } from '../escalation/useDebouncedValue';

const TYPING_PAUSE_MS = 400;

interface Props {
  title: string;
  quote: string;
  /** Cards the ticket already asks for: linking again only updates the quote. */
  linkedIds: ReadonlySet<string>;
  canLink: boolean;
  onLink: (featureRequestId: string) => void;
}

/**
 * FR1: the cards that already ask for the same thing (the shared word-similarity over titles and
 * earlier quotes), before any new card: one click (or Enter) links the ticket, and the tally goes up.
 */
export function TicketSimilarFeatureRequests({ title, quote, linkedIds, canLink, onLink }: Props) {
  // The pre-filled words are asked about at once; then after each pause in the typing.
  const searchTitle = useDebouncedValue(title.trim(), TYPING_PAUSE_MS);
  const searchQuote = useDebouncedValue(quote.trim(), TYPING_PAUSE_MS);
  const isEmpty = !searchTitle && !searchQuote;
  const { data, previousData, error } = useQuery(TicketSimilarFeatureRequestsQueryDocument, {
    variables: { title: searchTitle, quote: searchQuote },
    skip: isEmpty,
  });
  // The last answer stays while the next one loads, so the list does not flicker as the agent types.
  const similar = (data ?? previousData)?.similarFeatureRequests ?? [];
  return (
    <section className="similar-features stack" aria-labelledby="similar-features-title">
      <h3 id="similar-features-title">Requests that ask for the same</h3>
      {isEmpty ? (
        <p className="muted small">Quote the customer: requests product already tallies show up here.</p>
      ) : similar.length === 0 ? (
        <p className="muted small">{data || error ? 'No request asks for the same yet.' : 'Looking for requests that ask for the same…'}</p>
      ) : (
        <ul className="similar-feature-list" aria-label="Requests that ask for the same">
          {similar.map(({ featureRequest }) => (
            <SimilarFeatureItem
              key={featureRequest.id}
              card={featureRequest}
              isLinked={linkedIds.has(featureRequest.id)}
              disabled={!canLink}
              onLink={onLink}
            />
          ))}
        </ul>
      )}
      {error && <p className="error small">{errorMessage(error)}</p>}
    </section>
  );
}

function SimilarFeatureItem({
  card: from,
  isLinked,
  disabled,
  onLink,
}: {
  card: FragmentType<TicketSimilarFeatureRequest_FeatureRequestFragment>;
  isLinked: boolean;
  disabled: boolean;
  onLink: (featureRequestId: string) => void;
}) {
  const { data: card, complete } = useFragment({ fragment: TicketSimilarFeatureRequest_FeatureRequestFragmentDoc, from });
  if (!complete) return null;
  const customers = `${card.customerCount.toLocaleString('en')} customer${card.customerCount === 1 ? '' : 's'} asked`;
  return (
    <li className="similar-feature" aria-label={`${card.reference} ${card.title}`}>
      <div className="similar-feature-text">
        <div>
          <strong>{card.reference}</strong> <span>{card.title}</span> <span className="badge muted-badge">{featureTagLabel[card.tag]}</span>{' '}
          <span className="badge muted-badge">{featureStatusLabel[card.status]}</span>
        </div>
        <div className="muted small">
          {customers}
          {isLinked && ' · this ticket is linked already'}
        </div>
      </div>
      <button type="button" disabled={disabled} onClick={() => onLink(card.id)}>
        {isLinked ? `Update the quote on ${card.reference}` : `Link to ${card.reference}`}
      </button>
    </li>
  );
}
