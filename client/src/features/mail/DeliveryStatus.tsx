import type { DeliveryStatus_DeliveryFragment } from '../../gql/graphql';
import { formatDateTime, formatSoon } from '../../lib/format';

/** Whether someone should look at a mail: it cannot go out, or the SMTP server refused it. */
export function deliveryNeedsAttention(delivery: DeliveryStatus_DeliveryFragment): boolean {
  return delivery.status === 'NO_SMTP' || delivery.status === 'FAILED' || (delivery.status === 'PENDING' && delivery.attempts > 0);
}

/**
 * How the mail of a reply stands, in the server's words ("Sent", "Not sent: no SMTP server is
 * configured", the SMTP answer), with when it went out or is tried again.
 */
export function DeliveryStatus({ delivery }: { delivery: DeliveryStatus_DeliveryFragment }) {
  const attention = deliveryNeedsAttention(delivery);
  const showNextTry = delivery.nextAttemptAt && delivery.attempts > 0;
  return (
    <span className={`delivery delivery-${delivery.status.toLowerCase()}${attention ? ' delivery-attention' : ''}`}>
      {attention && <span aria-hidden="true">⚠ </span>}
      {delivery.summary}
      {delivery.status === 'SENT' && delivery.sentAt && (
        <>
          {' '}
          <time dateTime={delivery.sentAt}>{formatDateTime(delivery.sentAt)}</time>
        </>
      )}
      {showNextTry && delivery.nextAttemptAt && (
        <>
          {' '}
          · next try <time dateTime={delivery.nextAttemptAt}>{formatSoon(delivery.nextAttemptAt)}</time>
        </>
      )}
    </span>
  );
}
