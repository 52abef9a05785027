import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { checkFeatureFields, FEATURE_TAGS, type FeatureTag, featureTagLabel, featureTagMeaning, LIMITS, reasonOf } from '@tandem/shared';
import { useState } from 'react';
import {
  FeatureFields_FeatureRequestFragmentDoc,
  FeatureUpdateMutationDocument,
  type FeatureFields_FeatureRequestFragment,
} from '../../gql/graphql';
import { MutationProblem } from '../../components/MutationProblem';
import { PermissionReason } from '../../components/PermissionReason';
import { SaveOrCancel } from '../../components/SaveOrCancel';
import { useFeatureMutation } from './useFeatureMutation';

type Draft = { title: string; description: string; tag: FeatureTag };

/** What the request is (FR1): title, description and tag, editable by product and managers (FeatureFields.graphql). */
export function FeatureFields({ featureRequest: from }: { featureRequest: FragmentType<FeatureFields_FeatureRequestFragment> }) {
  const { data: card, complete } = useFragment({ fragment: FeatureFields_FeatureRequestFragmentDoc, from });
  const [editing, setEditing] = useState<{ draft: Draft; version: number } | null>(null);
  const [update, updating] = useFeatureMutation(FeatureUpdateMutationDocument);
  if (!complete) return null;
  const edit = card.viewerCan.edit;

  if (editing) {
    const d = editing.draft;
    const set = (patch: Partial<Draft>) => setEditing({ ...editing, draft: { ...d, ...patch } });
    // The server's rule, before Save: a title and one of the tags (FR1).
    const refusal = reasonOf(checkFeatureFields(d));
    const save = async () => {
      const { data, changed } = await update({ input: { id: card.id, version: editing.version, ...d, title: d.title.trim() } });
      // Someone changed it meanwhile: the page shows their version, to read before editing again.
      if (data || changed) setEditing(null);
    };
    return (
      <section className="card stack" aria-labelledby="feature-fields-title">
        <h2 id="feature-fields-title">Edit the request</h2>
        <label>
          Title
          <input value={d.title} maxLength={LIMITS.feature.titleMax} onChange={(e) => set({ title: e.target.value })} required />
        </label>
        <label>
          Description
          <textarea
            rows={5}
            value={d.description}
            maxLength={LIMITS.feature.descriptionMax}
            onChange={(e) => set({ description: e.target.value })}
          />
        </label>
        <fieldset className="stack">
          <legend>Tag</legend>
          {FEATURE_TAGS.map((tag) => (
            <label key={tag} className="row">
              <input type="radio" name="feature-tag" checked={d.tag === tag} onChange={() => set({ tag })} />
              <span>
                <strong>{featureTagLabel[tag]}</strong> <span className="muted small">{featureTagMeaning[tag]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <SaveOrCancel refusal={refusal} mutation={updating} onSave={() => void save()} onCancel={() => setEditing(null)} />
      </section>
    );
  }

  return (
    <section className="card stack" aria-labelledby="feature-fields-title">
      <div className="row spread">
        <h2 id="feature-fields-title">The request</h2>
        <button
          type="button"
          disabled={!edit.allowed}
          onClick={() => setEditing({ draft: { title: card.title, description: card.description, tag: card.tag }, version: card.version })}
        >
          Edit
        </button>
      </div>
      <PermissionReason permission={edit} />
      <MutationProblem problem={updating.problem} />
      {card.description ? (
        <p className="feature-description">{card.description}</p>
      ) : (
        <p className="muted reason">No description yet: the customers’ words are in the asks below.</p>
      )}
      <p className="small reason">
        Tag: <strong>{featureTagLabel[card.tag]}</strong> <span className="muted">{featureTagMeaning[card.tag]}</span>
      </p>
    </section>
  );
}
