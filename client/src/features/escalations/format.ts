import type { BugSeverity } from '@tandem/shared';

/** "$1,240": monthly revenue in whole dollars, as the ticket sidebar shows a customer's. */
export function formatMoney(cents: number): string {
  return (cents / 100).toLocaleString(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
}

export function severityClass(severity: BugSeverity): string {
  return `badge severity-${severity.toLowerCase()}`;
}
