const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function weekdayLabel(isoDay: number): string {
  return WEEKDAYS[isoDay - 1] ?? String(isoDay);
}

export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return 'never';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}
