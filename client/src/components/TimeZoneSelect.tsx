import { selectableTimeZones } from '@tandem/shared';
import { useMemo } from 'react';

interface Props {
  value: string;
  onChange: (zone: string) => void;
}

export function TimeZoneSelect({ value, onChange }: Props) {
  const zones = useMemo(() => selectableTimeZones(), []);
  return (
    <label>
      Time zone
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {!zones.includes(value) && <option value={value}>{value}</option>}
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </label>
  );
}
