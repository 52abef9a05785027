const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function weekdayLabel(isoDay: number): string {
  return WEEKDAYS[isoDay - 1] ?? String(isoDay);
}

export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return 'never';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** "2 h 15 min", "3 d 4 h", "12 min": the span between now and a moment, rounded for a glance. */
export function formatSpan(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** R5: "2 h left", "overdue by 20 min", or null while we wait on the customer. */
export function formatTimeLeft(ms: number | null): string | null {
  if (ms === null) return null;
  return ms >= 0 ? `${formatSpan(ms)} left` : `overdue by ${formatSpan(ms)}`;
}

/** "5 min ago", "2 h ago", or the date for older moments. */
export function formatAgo(iso: string, now: Date): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (ms < 60_000) return 'just now';
  if (ms < 7 * 24 * 3_600_000) return `${formatSpan(ms)} ago`;
  return formatDateTime(iso);
}

/** "10:42" for a moment later today, else the date and time: when the next mail attempt is. */
export function formatSoon(iso: string, now: Date = new Date()): string {
  const when = new Date(iso);
  return when.toDateString() === now.toDateString()
    ? new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(when)
    : formatDateTime(iso);
}

/** "820 bytes", "14 KB", "2.3 MB": the size of an attachment at a glance. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
