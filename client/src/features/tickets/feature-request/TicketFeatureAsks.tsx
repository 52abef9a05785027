import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { askImportanceLabel, checkLinkAsk, featureStatusLabel } from '@tandem/shared';
import { Link } from 'react-router';
import { TicketFeatureAsks_TicketFragmentDoc, type TicketFeatureAsks_TicketFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { toPerson } from '../../../lib/person';
import { useViewer } from '../../../lib/viewer';
import { useUnlinkAsk } from '../hooks/useUnlinkAsk';
import './feature-request.css';

/**
 * C4/FR1 in the ticket's header: each card the ticket asks for ("FR-12 Dark mode · Planned", to the
 * card's page), with the customer's words in its tooltip, and unlinking for the people who link.
 */
export function TicketFeatureAsks({ ticket: from }: { ticket: FragmentType<TicketFeatureAsks_TicketFragment> }) {
  const { data: ticket, complete } = useFragment({ fragment: TicketFeatureAsks_TicketFragmentDoc, from });
  const viewer = useViewer();
  const [unlink, { loading, error }] = useUnlinkAsk();
  if (!complete || ticket.asks.length === 0) return null;
  const canUnlink = checkLinkAsk(toPerson(viewer), null).ok;
  return (
    <span className="feature-asks">
      <ul className="feature-ask-list" aria-label="Feature requests this ticket asks for">
        {ticket.asks.map((ask) => {
          const card = ask.featureRequest;
          return (
            <li key={ask.id} className="feature-ask">
              <Link
                to={`/feature-requests/${card.id}`}
                className="badge feature-badge"
                title={`${askImportanceLabel[ask.importance]}: “${ask.quote}”`}
              >
                {card.reference} {card.title} · {featureStatusLabel[card.status]}
              </Link>
              {canUnlink && (
                <button
                  type="button"
                  className="link-button small"
                  disabled={loading}
                  aria-label={`Unlink from ${card.reference}`}
                  onClick={() => void unlink({ variables: { id: ask.id } }).catch(() => undefined)}
                >
                  Unlink
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <span role="alert" className="error small">
          {errorMessage(error)}
        </span>
      )}
    </span>
  );
}
