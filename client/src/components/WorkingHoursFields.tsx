import { workingHoursProblem, type WorkingHours } from '@tandem/shared';
import { weekdayLabel } from '../lib/format';

interface Props {
  value: WorkingHours;
  onChange: (hours: WorkingHours) => void;
}

/** Start, end and working days; the shared rule explains what is wrong before anyone saves. */
export function WorkingHoursFields({ value, onChange }: Props) {
  const problem = workingHoursProblem(value);
  const toggleDay = (day: number) =>
    onChange({ ...value, days: value.days.includes(day) ? value.days.filter((d) => d !== day) : [...value.days, day].sort() });
  return (
    <fieldset className="working-hours">
      <legend>Working hours</legend>
      <div className="row">
        <label>
          From
          <input type="time" value={value.start} onChange={(e) => onChange({ ...value, start: e.target.value })} required />
        </label>
        <label>
          To
          <input type="time" value={value.end} onChange={(e) => onChange({ ...value, end: e.target.value })} required />
        </label>
      </div>
      <div className="row days" role="group" aria-label="Working days">
        {[1, 2, 3, 4, 5, 6, 7].map((day) => (
          <label key={day} className="check">
            <input type="checkbox" checked={value.days.includes(day)} onChange={() => toggleDay(day)} />
            {weekdayLabel(day)}
          </label>
        ))}
      </div>
      {problem && <p className="field-error">{problem}</p>}
    </fieldset>
  );
}
