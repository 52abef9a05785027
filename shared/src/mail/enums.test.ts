import { describe, expect, it } from 'vitest';
import { MailStatus, mailStatusLabel, MessageChannel, messageChannelLabel, OutboxKind, outboxKindLabel } from './enums.js';

describe('mail statuses, channels and outbox kinds', () => {
  it.each([
    ['MailStatus', MailStatus, mailStatusLabel],
    ['MessageChannel', MessageChannel, messageChannelLabel],
    ['OutboxKind', OutboxKind, outboxKindLabel],
  ] as const)('[admin] reads the outbox and a timeline: every %s has a label', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual(Object.values(values).sort());
    for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
  });

  it('[admin] filters the outbox: the labels are the ones the page has always shown', () => {
    expect(mailStatusLabel).toEqual({ PENDING: 'Waiting', SENT: 'Sent', FAILED: 'Failed', NO_SMTP: 'No SMTP' });
    expect(outboxKindLabel.CLOSING).toBe('Closing note');
    expect(messageChannelLabel.WEB_FORM).toBe('via the web form');
  });
});
