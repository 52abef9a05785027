import { useQuery } from '@apollo/client/react';
import { isOnRota } from '@tandem/shared';
import { useDeferredValue, useState } from 'react';
import { TeammatePickerQueryDocument } from '../../gql/graphql';

interface Props {
  label: string;
  onPick: (person: { id: string; name: string }) => void;
  onCancel: () => void;
}

/** Search the team by name and pick someone on the rota (to assign a ticket). */
export function TeammatePicker({ label, onPick, onCancel }: Props) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const { data } = useQuery(TeammatePickerQueryDocument, { variables: { search: deferred || null } });
  const people = (data?.users.edges ?? []).map((e) => e.node).filter(isOnRota);
  return (
    <div className="picker card stack">
      <label>
        {label}
        <input
          autoFocus
          type="search"
          placeholder="Name"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </label>
      <ul className="picker-list">
        {people.map((person) => (
          <li key={person.id}>
            <button type="button" onClick={() => onPick(person)}>
              {person.name} <span className="muted small">{person.email}</span>
            </button>
          </li>
        ))}
        {data && people.length === 0 && <li className="muted small">Nobody on the rota matches.</li>}
      </ul>
    </div>
  );
}
