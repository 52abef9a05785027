/** A person's working hours in their own time zone. Days are ISO weekdays: 1 = Monday ... 7 = Sunday. */
export interface WorkingHours {
  start: string;
  end: string;
  days: number[];
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight for "HH:MM", or null when the text is not a 24-hour clock time. */
export function clockMinutes(text: string): number | null {
  const match = CLOCK_TIME.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function formatClockMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * Why these working hours cannot be saved, or null when they can. An end before the start means
 * the shift runs past midnight (night shifts exist in a rota that spans time zones).
 */
export function workingHoursProblem(hours: WorkingHours): string | null {
  const start = clockMinutes(hours.start);
  const end = clockMinutes(hours.end);
  if (start === null || end === null) return 'Working hours are written as HH:MM, for example 09:00.';
  if (start === end) return 'Working hours must not start and end at the same time.';
  if (hours.days.length === 0) return 'Pick at least one working day.';
  if (hours.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return 'Working days go from 1 (Monday) to 7 (Sunday).';
  if (new Set(hours.days).size !== hours.days.length) return 'Each working day is listed once.';
  return null;
}
