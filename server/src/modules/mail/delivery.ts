import type { MailStatus } from '../../common/enums.js';
import { MailDelivery, OutboxMail } from './mail.types.js';
import type { OutboxRow } from './outbox.service.js';

/** How a mail stands, for the ticket and the Outbox page. */
export function toDelivery(row: OutboxRow, smtpConfigured: boolean): MailDelivery {
  // A mail being sent right now still shows as waiting.
  const status: MailStatus =
    row.status === 'SENT' ? 'SENT' : !smtpConfigured ? 'NO_SMTP' : row.status === 'SENDING' ? 'PENDING' : row.status;
  const summary =
    status === 'SENT'
      ? 'Sent'
      : status === 'NO_SMTP'
        ? 'Not sent: no SMTP server is configured'
        : status === 'FAILED'
          ? `Refused by the SMTP server: ${row.last_error ?? 'no answer'}`
          : row.last_error
            ? `Not sent yet (${row.attempts} ${row.attempts === 1 ? 'attempt' : 'attempts'}): ${row.last_error}`
            : 'Waiting to be sent';
  return Object.assign(new MailDelivery(), {
    status,
    summary,
    sentAt: row.sent_at,
    attempts: row.attempts,
    nextAttemptAt: status === 'PENDING' ? row.next_attempt_at : null,
  });
}

export function toOutboxMail(row: OutboxRow, smtpConfigured: boolean): OutboxMail {
  return Object.assign(new OutboxMail(), {
    id: row.id,
    ticketId: row.ticket_id,
    ticketNumber: row.ticket_number,
    kind: row.kind,
    to: `${row.to_name} <${row.to_address}>`,
    subject: row.subject,
    delivery: toDelivery(row, smtpConfigured),
    createdAt: row.created_at,
    row,
  });
}
