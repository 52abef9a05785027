/**
 * How a mail to a customer stands, as the ticket and the Outbox page show it (the outbox row's own
 * SENDING shows as PENDING).
 */
export const MailStatus = {
  /** Waiting for its first attempt, or for a retry. */
  PENDING: 'PENDING',
  SENT: 'SENT',
  /** The SMTP server refused it for good (5xx); an admin may retry it. */
  FAILED: 'FAILED',
  /** No SMTP server is configured (SMTP_URL): it waits in the outbox. */
  NO_SMTP: 'NO_SMTP',
} as const;
export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];

/** How a customer message arrived. */
export const MessageChannel = { EMAIL: 'EMAIL', WEB_FORM: 'WEB_FORM', LINK: 'LINK' } as const;
export type MessageChannel = (typeof MessageChannel)[keyof typeof MessageChannel];

/** What a mail in the outbox carries: an agent's reply, a follow-up (F1), the closing note (W10/F4) or "we fixed it" (E3). */
export const OutboxKind = {
  REPLY: 'REPLY',
  FOLLOW_UP: 'FOLLOW_UP',
  CLOSING: 'CLOSING',
  BUG_FIXED: 'BUG_FIXED',
  FEATURE_NEWS: 'FEATURE_NEWS',
} as const;
export type OutboxKind = (typeof OutboxKind)[keyof typeof OutboxKind];

/** The Outbox page's filters. */
export const mailStatusLabel: Record<MailStatus, string> = { PENDING: 'Waiting', SENT: 'Sent', FAILED: 'Failed', NO_SMTP: 'No SMTP' };
/** "Hannah wrote … by e-mail". */
export const messageChannelLabel: Record<MessageChannel, string> = {
  EMAIL: 'by e-mail',
  WEB_FORM: 'via the web form',
  LINK: 'on their private link',
};
export const outboxKindLabel: Record<OutboxKind, string> = {
  REPLY: 'Reply',
  FOLLOW_UP: 'Follow-up',
  CLOSING: 'Closing note',
  BUG_FIXED: 'Bug fixed',
  FEATURE_NEWS: 'Feature request news',
};
