import type { FeatureStatus } from '@tandem/shared';

/** A status badge: open ones stand out, settled ones are quiet. */
export function statusClass(status: FeatureStatus): string {
  return `badge feature-status feature-status-${status.toLowerCase().replace('_', '-')}`;
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
}
