import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  NotificationsBellMarkReadMutationDocument,
  NotificationsBellQueryDocument,
  NotificationsBellSubscriptionDocument,
  type NotificationItem_NotificationFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatAgo } from '../../lib/format';
import { useDismiss } from '../../lib/useDismiss';
import { useNow } from '../../lib/useNow';
import { notificationTarget } from './notification-target';

/** Mentions, drafts to review, frustrated customers, assignments: live, with the unread count on the bell. */
export function NotificationsBell() {
  const [open, setOpen] = useState(false);
  const closeMenu = useCallback(() => setOpen(false), []);
  const ref = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const navigate = useNavigate();
  const now = useNow(60_000);
  const { data, refetch, error } = useQuery(NotificationsBellQueryDocument, { variables: { first: 20 } });
  useSubscription(NotificationsBellSubscriptionDocument, { onData: () => void refetch().catch(() => undefined) });
  const [markRead] = useMutation(NotificationsBellMarkReadMutationDocument, {
    refetchQueries: [NotificationsBellQueryDocument],
  });
  const unread = data?.notifications.unreadCount ?? 0;
  const items = data?.notifications.edges.map((e) => e.node) ?? [];

  useEffect(() => setOpen(false), [location.pathname]);
  useDismiss(open, ref, closeMenu);

  const openItem = (item: NotificationItem_NotificationFragment) => {
    if (!item.readAt) void markRead({ variables: { ids: [item.id] } }).catch(() => undefined);
    const target = notificationTarget(item);
    if (target) navigate(target);
    setOpen(false);
  };

  return (
    <div className="notifications" ref={ref}>
      <button
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        onClick={() => setOpen(!open)}
      >
        <svg
          aria-hidden="true"
          width="16"
          height="16"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && <span className="count">{unread > 99 ? '99+' : unread}</span>}
      </button>
      {open && (
        <div className="menu notifications-menu" role="group" aria-label="Notifications">
          <div className="row spread">
            <strong>Notifications</strong>
            {unread > 0 && (
              <button
                type="button"
                className="link-button small"
                onClick={() => void markRead({ variables: { ids: null } }).catch(() => undefined)}
              >
                Mark all read
              </button>
            )}
          </div>
          {error && <p className="error small">{errorMessage(error)}</p>}
          {items.length === 0 && !error && <p className="muted small">Nothing yet. Mentions, drafts to review and alerts show up here.</p>}
          <ul>
            {items.map((item) => (
              <li key={item.id} className={item.readAt ? 'read' : 'unread'}>
                <button type="button" onClick={() => openItem(item)}>
                  <span>{item.body}</span>
                  <span className="muted small">{formatAgo(item.createdAt, now)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
