/** "3 Mar 2026": the day of a training's start or graduation (the time of day does not matter here). */
export function formatDay(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** "6 weeks", "1 week", "less than a week". */
export function formatWeeks(weeks: number): string {
  if (weeks === 0) return 'less than a week';
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}
