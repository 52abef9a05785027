import { useState } from 'react';
import { LIMITS } from '@tandem/shared';
import { newToneRow, type ToneRow } from './settings-form';

interface Props {
  rows: ToneRow[];
  onChange: (rows: ToneRow[]) => void;
}

/** V1: phrases to avoid, each with what to say instead; the reply editor points them out before sending. */
export function ToneGuideEditor({ rows, onChange }: Props) {
  // Focus goes to the row just added, not to rows that were there when the page opened.
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const change = (key: number, patch: Partial<ToneRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const row = newToneRow();
    setAddedKey(row.key);
    onChange([...rows, row]);
  };

  return (
    <fieldset className="stack">
      <legend>Tone guide (V1)</legend>
      <p className="muted small">
        The reply editor points out these phrases before a reply is sent, with your suggestion. Friendly and helpful, never corporate.
      </p>
      {rows.length === 0 ? (
        <p className="muted">No phrases yet: the reply editor has nothing to point out.</p>
      ) : (
        <ol className="tone-rows">
          {rows.map((row, index) => (
            <li key={row.key}>
              <div role="group" aria-label={`Phrase ${index + 1}`} className="row wrap tone-row">
                <label className="tone-avoid">
                  Phrase to avoid
                  <input
                    value={row.avoid}
                    maxLength={LIMITS.settings.avoidMax}
                    autoFocus={row.key === addedKey}
                    onChange={(e) => change(row.key, { avoid: e.target.value })}
                  />
                </label>
                <label className="tone-suggestion">
                  Say instead
                  <input
                    value={row.suggestion}
                    maxLength={LIMITS.settings.suggestionMax}
                    onChange={(e) => change(row.key, { suggestion: e.target.value })}
                  />
                </label>
                <button
                  type="button"
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                  aria-label={row.avoid.trim() ? `Remove “${row.avoid.trim()}”` : `Remove phrase ${index + 1}`}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div>
        <button type="button" onClick={add} disabled={rows.length >= LIMITS.settings.tonePhrasesMax}>
          Add phrase
        </button>
      </div>
    </fieldset>
  );
}
