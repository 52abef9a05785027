import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { bugStatusLabel } from '@tandem/shared';
import { SimilarBug_BugFragmentDoc, type SimilarBug_BugFragment, SimilarBugsQueryDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useLinkTicketToBug } from '../hooks/useLinkTicketToBug';
import { useDebouncedValue } from './useDebouncedValue';

const TYPING_PAUSE_MS = 400;

interface Props {
  ticketId: string;
  title: string;
  stepsToReproduce: string;
  usersAffected: number;
  onLinked: () => void;
}

/** E1: open bugs that read like the one being written, as the agent types; one click links the ticket instead (E3). */
export function SimilarBugs({ ticketId, title, stepsToReproduce, usersAffected, onLinked }: Props) {
  // The pre-filled title is asked about at once; then after each pause in the typing.
  const searchTitle = useDebouncedValue(title.trim(), TYPING_PAUSE_MS);
  const searchSteps = useDebouncedValue(stepsToReproduce.trim(), TYPING_PAUSE_MS);
  const isEmpty = !searchTitle && !searchSteps;
  const { data, previousData, error } = useQuery(SimilarBugsQueryDocument, {
    variables: { title: searchTitle, stepsToReproduce: searchSteps },
    skip: isEmpty,
  });
  const [link, linking] = useLinkTicketToBug();
  // The last answer stays while the next one loads, so the list does not flicker as the agent types.
  const similar = (data ?? previousData)?.similarBugs ?? [];

  const linkTo = (bugId: string) => link({ variables: { input: { ticketId, bugId, usersAffected } } }).then(onLinked, () => undefined);

  return (
    <section className="similar-bugs stack" aria-labelledby={`similar-bugs-${ticketId}`}>
      <h3 id={`similar-bugs-${ticketId}`}>Bugs that look the same</h3>
      {isEmpty ? (
        <p className="muted small">Write a title and the steps: bugs engineering already knows show up here.</p>
      ) : similar.length === 0 ? (
        <p className="muted small">{data || error ? 'No open bug looks the same.' : 'Looking for bugs that look the same…'}</p>
      ) : (
        <ul className="similar-bug-list" aria-label="Bugs that look the same">
          {similar.map(({ bug }) => (
            <SimilarBugItem key={bug.id} bug={bug} disabled={linking.loading} onLink={() => void linkTo(bug.id)} />
          ))}
        </ul>
      )}
      {error && <p className="error small">{errorMessage(error)}</p>}
      {linking.error && (
        <p role="alert" className="error small">
          {errorMessage(linking.error)}
        </p>
      )}
    </section>
  );
}

function SimilarBugItem({
  bug: from,
  disabled,
  onLink,
}: {
  bug: FragmentType<SimilarBug_BugFragment>;
  disabled: boolean;
  onLink: () => void;
}) {
  const { data: bug, complete } = useFragment({ fragment: SimilarBug_BugFragmentDoc, from });
  if (!complete) return null;
  return (
    <li className="similar-bug" aria-label={`${bug.reference} ${bug.title}`}>
      <div className="similar-bug-text">
        <div>
          <strong>{bug.reference}</strong> {bug.title} <span className="badge muted-badge">{bugStatusLabel[bug.status]}</span>
        </div>
        <div className="muted small">{linkedCustomers(bug)}</div>
      </div>
      <button type="button" disabled={disabled} onClick={onLink}>
        This is the same bug
      </button>
    </li>
  );
}

/** "Acme, Globex and 3 more customers": the first linked customers by name, then how many else. */
function linkedCustomers(bug: SimilarBug_BugFragment): string {
  const names = [...new Set(bug.tickets.edges.map((e) => e.node.ticket.customer.company || e.node.ticket.customer.name))];
  if (bug.customerCount === 0 || names.length === 0) return 'No customer linked';
  const more = bug.customerCount - names.length;
  const listed = names.join(', ');
  if (more > 0) return `${listed} and ${more} more customer${more === 1 ? '' : 's'}`;
  return `${bug.customerCount === 1 ? 'Customer' : 'Customers'}: ${listed}`;
}
