import type { NotificationItem_NotificationFragment } from '../../gql/graphql';

type Target = Pick<NotificationItem_NotificationFragment, 'path' | 'ticket'>;

/** Where a notification leads: its own path when it has one (a bug's page), else its ticket. */
export function notificationTarget(item: Target): string | null {
  if (item.path) return item.path;
  return item.ticket ? `/tickets/${item.ticket.id}` : null;
}

/** The words of the link to it: "Open the bug", "Open ticket #1042". */
export function notificationTargetLabel(item: Target): string {
  if (item.path?.startsWith('/escalations/')) return 'Open the bug';
  if (item.path) return 'Open';
  return item.ticket ? `Open ticket #${item.ticket.number}` : 'Open';
}
