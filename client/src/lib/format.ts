import { formatDuration } from '@tandem/shared';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function weekdayLabel(isoDay: number): string {
  return WEEKDAYS[isoDay - 1] ?? String(isoDay);
}

export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return 'never';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** R5: "2 h left", "overdue by 20 min", or null while we wait on the customer. */
export function formatTimeLeft(ms: number | null): string | null {
  if (ms === null) return null;
  return ms >= 0 ? `${formatDuration(ms)} left` : `overdue by ${formatDuration(-ms)}`;
}

/** "5 min ago", "2 h ago", or the date for older moments. */
export function formatAgo(iso: string, now: Date): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (ms < 60_000) return 'just now';
  if (ms < 7 * 24 * 3_600_000) return `${formatDuration(ms)} ago`;
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
