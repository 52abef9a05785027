import type { ReactNode } from 'react';
import './pick-list.css';

interface Props {
  label: ReactNode;
  placeholder: string;
  maxLength?: number;
  search: string;
  onSearch: (search: string) => void;
  /** Escape in the box. */
  onClose: () => void;
  /** A line under the box, e.g. what picking does. */
  hint?: string;
  listLabel: string;
  /** The results, each an `<li>` with a button. */
  children: ReactNode;
  /** Shown as the list's only line when the search found nothing. */
  emptyText: string | null;
}

/** A search box and the results under it, one click picks one (a person, a card to merge into). */
export function SearchPicker({ label, placeholder, maxLength, search, onSearch, onClose, hint, listLabel, children, emptyText }: Props) {
  return (
    <div className="stack">
      <label>
        {label}
        <input
          autoFocus
          type="search"
          placeholder={placeholder}
          maxLength={maxLength}
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onClose()}
        />
      </label>
      {hint && <p className="muted small reason">{hint}</p>}
      <ul className="pick-list" aria-label={listLabel}>
        {children}
        {emptyText && <li className="muted small">{emptyText}</li>}
      </ul>
    </div>
  );
}
