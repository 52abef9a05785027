import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  NotificationsBellMarkReadMutationDocument,
  NotificationsBellQueryDocument,
  type NotificationItem_NotificationFragment,
  type NotificationKind,
} from '../../gql/graphql';
import { notificationTarget, notificationTargetLabel } from './notification-target';

// What must be seen at once, not only as a count on the bell: a frustrated customer for a manager
// (W8), a new bug for an engineer (E2).
const TOAST_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>(['FRUSTRATED_CUSTOMER', 'BUG_ESCALATED']);
const MAX_TOASTS = 3;

/**
 * Pops up new urgent notifications (a frustrated customer, a new bug) with a link to the ticket or the bug. It reads the
 * bell's list from the cache, which the bell refetches on every live notificationsChanged event; what
 * was already there when the page loaded is not news.
 */
export function NotificationToasts() {
  const { data } = useQuery(NotificationsBellQueryDocument, { variables: { first: 20 } });
  const [markRead] = useMutation(NotificationsBellMarkReadMutationDocument, { refetchQueries: [NotificationsBellQueryDocument] });
  const known = useRef<Set<string> | null>(null);
  const [toasts, setToasts] = useState<NotificationItem_NotificationFragment[]>([]);

  useEffect(() => {
    if (!data) return;
    const items = data.notifications.edges.map((e) => e.node);
    if (known.current === null) {
      known.current = new Set(items.map((item) => item.id));
      return;
    }
    const seen = known.current;
    const fresh = items.filter((item) => !seen.has(item.id) && !item.readAt && notificationTarget(item) && TOAST_KINDS.has(item.kind));
    for (const item of items) seen.add(item.id);
    if (fresh.length > 0) setToasts((shown) => [...fresh, ...shown].slice(0, MAX_TOASTS));
  }, [data]);

  const close = (id: string) => setToasts((shown) => shown.filter((t) => t.id !== id));
  if (toasts.length === 0) return null;
  return (
    <div className="toasts" role="region" aria-label="Alerts">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" role="alert">
          <p>{toast.body}</p>
          <div className="row">
            <Link
              to={notificationTarget(toast)!}
              onClick={() => {
                close(toast.id);
                void markRead({ variables: { ids: [toast.id] } }).catch(() => undefined);
              }}
            >
              {notificationTargetLabel(toast)}
            </Link>
            <button type="button" className="link-button small" aria-label="Dismiss alert" onClick={() => close(toast.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
