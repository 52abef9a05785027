import type { FragmentType } from '@apollo/client';
import { useApolloClient, useFragment, useQuery } from '@apollo/client/react';
import {
  checkDecline,
  type FeatureStatus,
  featureStatusLabel,
  LIMITS,
  reasonOf,
  SETTABLE_FEATURE_STATUSES,
  unknownPlaceholders,
} from '@tandem/shared';
import { useDeferredValue, useState } from 'react';
import {
  FeatureActions_FeatureRequestFragmentDoc,
  FeatureMergeMutationDocument,
  FeatureMergePickerQueryDocument,
  FeatureOwnerPickerQueryDocument,
  FeatureRequestPageQueryDocument,
  FeatureSplitMutationDocument,
  FeatureUpdateMutationDocument,
  type FeatureActions_FeatureRequestFragment,
} from '../../gql/graphql';
import { toPerson } from '../../lib/person';
import { useViewer } from '../../lib/viewer';
import { MutationProblem } from '../../components/MutationProblem';
import { PermissionReason } from '../../components/PermissionReason';
import { SearchPicker } from '../../components/SearchPicker';
import { plural } from './format';
import { useFeatureMutation } from './useFeatureMutation';

type Props = { featureRequest: FragmentType<FeatureActions_FeatureRequestFragment> };

/** Where the request stands and who owns it, and "Merge into…" / "Split back out" (FeatureActions.graphql). */
export function FeatureActions({ featureRequest: from }: Props) {
  const { data: card, complete } = useFragment({ fragment: FeatureActions_FeatureRequestFragmentDoc, from });
  if (!complete) return null;
  // A merged card is a pointer (the header links the survivor): all it can do is come back out.
  if (card.status === 'MERGED') return <FeatureMergeCard card={card} />;
  return (
    <>
      <FeatureStatusCard card={card} />
      <FeatureOwnerCard card={card} />
      <FeatureMergeCard card={card} />
    </>
  );
}

function FeatureStatusCard({ card }: { card: FeatureActions_FeatureRequestFragment }) {
  const viewer = useViewer();
  const [update, updating] = useFeatureMutation(FeatureUpdateMutationDocument);
  // Declining may tell the customers why: the message is written first (optional).
  const [declining, setDeclining] = useState<string | null>(null);
  const edit = card.viewerCan.edit;
  const isSettable = SETTABLE_FEATURE_STATUSES.includes(card.status);
  const choose = (status: FeatureStatus) => {
    if (status === 'DECLINED') setDeclining('');
    else void update({ input: { id: card.id, version: card.version, status } });
  };
  const message = declining?.trim() ?? '';
  // The server's rule, before the click: a message given is a reply like any other (W7).
  const refusal = declining === null ? null : reasonOf(checkDecline(toPerson(viewer), card, message || null, unknownPlaceholders(message)));
  const decline = async () => {
    if (refusal !== null) return;
    const { data, changed } = await update({
      input: { id: card.id, version: card.version, status: 'DECLINED', declineMessage: message || null },
    });
    if (data || changed) setDeclining(null);
  };
  return (
    <section className="card stack" aria-labelledby="feature-status-title">
      <h2 id="feature-status-title">Status: {featureStatusLabel[card.status]}</h2>
      <label>
        Set the status
        <select
          value={isSettable ? card.status : ''}
          disabled={!edit.allowed || updating.loading}
          onChange={(e) => choose(e.target.value as FeatureStatus)}
        >
          {!isSettable && (
            <option value="" disabled>
              {featureStatusLabel[card.status]}
            </option>
          )}
          {SETTABLE_FEATURE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status === 'DECLINED' ? 'Declined…' : featureStatusLabel[status]}
            </option>
          ))}
        </select>
      </label>
      <PermissionReason permission={edit} />
      {card.status === 'SHIPPED' && (
        <p className="muted small reason">Reopening and shipping again tells only the customers not told yet.</p>
      )}
      {declining !== null && (
        <div className="stack">
          <label>
            Message to the customers who asked (optional)
            <textarea
              autoFocus
              rows={4}
              maxLength={LIMITS.ticket.bodyMax}
              value={declining}
              placeholder="Hi {{customer.firstName}}, we decided not to build … Would … work for you instead?"
              onChange={(e) => setDeclining(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setDeclining(null)}
            />
          </label>
          <p className={refusal ? 'small warn-text reason' : 'small muted reason'}>
            {refusal ??
              (message ? 'Each customer who asked gets it once, on their most recent ticket.' : 'Without a message nobody is told.')}
          </p>
          <div className="row">
            <button type="button" className="primary" disabled={refusal !== null || updating.loading} onClick={() => void decline()}>
              {message ? 'Decline and tell the customers' : 'Decline'}
            </button>
            <button type="button" onClick={() => setDeclining(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <MutationProblem problem={updating.problem} />
    </section>
  );
}

function FeatureOwnerCard({ card }: { card: FeatureActions_FeatureRequestFragment }) {
  const viewer = useViewer();
  const [update, updating] = useFeatureMutation(FeatureUpdateMutationDocument);
  const [picking, setPicking] = useState(false);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const found = useQuery(FeatureOwnerPickerQueryDocument, { variables: { search: deferred || null }, skip: !picking });
  const people = (found.data?.users.edges ?? []).map((e) => e.node);
  const can = card.viewerCan.edit;
  const to = async (ownerId: string | null) => {
    if ((await update({ input: { id: card.id, version: card.version, ownerId } })).data) setPicking(false);
  };
  return (
    <section className="card stack" aria-labelledby="feature-owner-title">
      <h2 id="feature-owner-title">Owner</h2>
      <p className="reason">{card.owner ? card.owner.name : <span className="muted">Nobody owns it yet.</span>}</p>
      <div className="row wrap">
        {can.allowed && card.owner?.id !== viewer.id && (
          <button type="button" disabled={updating.loading} onClick={() => void to(viewer.id)}>
            Take it
          </button>
        )}
        <button type="button" disabled={!can.allowed} onClick={() => setPicking(!picking)} aria-expanded={picking}>
          Assign…
        </button>
        {card.owner && (
          <button type="button" disabled={!can.allowed || updating.loading} onClick={() => void to(null)}>
            Unassign
          </button>
        )}
      </div>
      {picking && (
        <SearchPicker
          label="Give it to a product person"
          placeholder="Name"
          search={search}
          onSearch={setSearch}
          onClose={() => setPicking(false)}
          listLabel="Product people"
          emptyText={found.data && people.length === 0 ? 'Nobody in product matches.' : null}
        >
          {people.map((person) => (
            <li key={person.id}>
              <button type="button" disabled={updating.loading} onClick={() => void to(person.id)}>
                {person.name} <span className="muted small">{person.email}</span>
              </button>
            </li>
          ))}
        </SearchPicker>
      )}
      <MutationProblem problem={updating.problem} />
    </section>
  );
}

function FeatureMergeCard({ card }: { card: FeatureActions_FeatureRequestFragment }) {
  const client = useApolloClient();
  const [merge, merging] = useFeatureMutation(FeatureMergeMutationDocument);
  const [split, splitting] = useFeatureMutation(FeatureSplitMutationDocument);
  const [picking, setPicking] = useState(false);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const found = useQuery(FeatureMergePickerQueryDocument, { variables: { search: deferred }, skip: !picking || !deferred });
  const others = (found.data?.featureRequests.edges ?? []).map((e) => e.node).filter((other) => other.id !== card.id);
  const can = card.viewerCan.merge;
  const into = async (survivor: { id: string }) => {
    const { data } = await merge({ duplicateId: card.id, survivorId: survivor.id });
    if (!data) return;
    setPicking(false);
    // The mutation answers with the survivor; this page shows the duplicate, now a pointer to it.
    await client.refetchQueries({ include: [FeatureRequestPageQueryDocument] }).catch(() => undefined);
  };

  if (card.status === 'MERGED') {
    return (
      <section className="card stack" aria-labelledby="feature-merge-title">
        <h2 id="feature-merge-title">Merged</h2>
        <div className="row">
          <button type="button" disabled={!can.allowed || splitting.loading} onClick={() => void split({ id: card.id })}>
            Split back out
          </button>
        </div>
        <p className="muted small reason">It comes back on its own with the asks first linked to it; the others stay.</p>
        <PermissionReason permission={can} />
        <MutationProblem problem={splitting.problem} />
      </section>
    );
  }
  return (
    <section className="card stack" aria-labelledby="feature-merge-title">
      <h2 id="feature-merge-title">Duplicate?</h2>
      <div className="row">
        <button type="button" disabled={!can.allowed} onClick={() => setPicking(!picking)} aria-expanded={picking}>
          Merge into…
        </button>
      </div>
      <PermissionReason permission={can} />
      {picking && (
        <SearchPicker
          label={`The request ${card.reference} duplicates`}
          placeholder="FR-12 or words of its title"
          maxLength={LIMITS.search.textMax}
          search={search}
          onSearch={setSearch}
          onClose={() => setPicking(false)}
          hint="Its asks move there (each customer counts once), and this card points to it."
          listLabel="Requests to merge into"
          emptyText={found.data && others.length === 0 ? 'No other request matches.' : null}
        >
          {others.map((other) => (
            <li key={other.id}>
              <button type="button" disabled={merging.loading} onClick={() => void into(other)}>
                <strong>{other.reference}</strong> {other.title}{' '}
                <span className="muted small">
                  {featureStatusLabel[other.status]}, {plural(other.customerCount, 'customer')}
                </span>
              </button>
            </li>
          ))}
        </SearchPicker>
      )}
      <MutationProblem problem={merging.problem} />
    </section>
  );
}
