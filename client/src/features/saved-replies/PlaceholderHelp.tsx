import { PLACEHOLDERS, type Placeholder } from '@tandem/shared';

const ENTRIES = Object.entries(PLACEHOLDERS) as [Placeholder, string][];

/** S1: the placeholders a saved reply may use; a click puts one where the cursor is in the text. */
export function PlaceholderHelp({ onInsert }: { onInsert: (token: string) => void }) {
  return (
    <div className="placeholder-help">
      <p id="placeholder-help-title" className="small muted">
        Placeholders, filled in when someone uses the reply:
      </p>
      <ul aria-labelledby="placeholder-help-title">
        {ENTRIES.map(([key, meaning]) => {
          const token = `{{${key}}}`;
          return (
            <li key={key}>
              <button type="button" className="placeholder-insert" onClick={() => onInsert(token)} aria-label={`Insert ${token}`}>
                <code>{token}</code>
              </button>{' '}
              <span className="small muted">{meaning}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
