/**
 * The canonical IANA name for a time zone ("europe/berlin" -> "Europe/Berlin"), or null when the
 * runtime does not know it. Uses the platform's own time zone database, never a hand-kept list.
 */
export function canonicalTimeZone(name: string): string | null {
  if (!name || name.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Every time zone a person can pick, sorted, with UTC first. */
export function selectableTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC');
  return ['UTC', ...zones.sort()];
}
