import { randomUUID } from 'node:crypto';
import type { OutboxKind } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { DomainError } from '../../common/domain-error.js';
import { isUuid } from '../../db/errors.js';
import type { Ticket } from '../tickets/ticket.entity.js';
import type { LinkService } from './link.service.js';
import { escapeHtml, plusAddress, textToHtml, ticketSubject } from './mail-text.js';

export type { OutboxKind };

/**
 * The mail outbox: every mail to a customer is written in the same transaction as the message it
 * carries, so a reply is never sent without being saved nor saved without being sent. The outbox
 * worker delivers it; each mail has a stable Message-ID for threading and de-duplication.
 */
export class OutboxService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly links: LinkService,
  ) {}

  get domain(): string {
    return this.config.supportAddress.split('@')[1]!;
  }

  /** Queues the mail of a reply (or follow-up, closing note) with a private link to the ticket. */
  async enqueue(tx: EntityManager, ticket: Ticket, messageId: string | null, body: string, kind: OutboxKind): Promise<void> {
    const [customer] = await tx.query(`SELECT name, email FROM customer WHERE id = $1`, [ticket.customerId]);
    // Threading: answer the customer's latest mail; reference the thread's recent messages.
    const thread: { id: string }[] = await tx.query(
      `SELECT id FROM (
         SELECT email_message_id AS id, created_at FROM ticket_message WHERE ticket_id = $1 AND email_message_id IS NOT NULL
         UNION ALL SELECT message_id_header, created_at FROM outbox_mail WHERE ticket_id = $1
       ) ids ORDER BY created_at DESC LIMIT 10`,
      [ticket.id],
    );
    const link = await this.links.create(tx, ticket.id, messageId);
    const text = `${body}\n\n--\nAnswer this e-mail, or read the whole conversation and answer here:\n${link.url}\n`;
    const now = this.clock.now();
    await tx.query(
      `INSERT INTO outbox_mail (ticket_id, message_id, kind, to_address, to_name, subject, body_text, message_id_header,
         in_reply_to, reference_ids, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
      [
        ticket.id,
        messageId,
        kind,
        customer.email,
        customer.name,
        ticketSubject(ticket.number, ticket.subject, thread.length > 0),
        text,
        `<${randomUUID()}@${this.domain}>`,
        thread[0]?.id ?? null,
        thread.map((t) => t.id).reverse(),
        now,
      ],
    );
  }

  /** The mail as nodemailer sends it: text, a small HTML part with the link and the seen pixel. */
  compose(row: OutboxRow) {
    const ticketRef = row.mail_ref as string;
    const [body, link] = splitLink(row.body_text);
    const html = `${textToHtml(body)}
<p style="color:#666;font-size:13px">Answer this e-mail, or <a href="${escapeHtml(link)}">read the whole conversation and answer here</a>.</p>
<img src="${escapeHtml(link)}/seen.gif" width="1" height="1" alt="">`;
    return {
      messageId: row.message_id_header,
      from: { name: this.config.mailFromName, address: this.config.supportAddress },
      replyTo: plusAddress(this.config.supportAddress, ticketRef),
      to: { name: row.to_name, address: row.to_address },
      subject: row.subject,
      text: row.body_text,
      html,
      inReplyTo: row.in_reply_to ?? undefined,
      references: row.reference_ids.length ? row.reference_ids : undefined,
    };
  }

  /** Admin Outbox: newest first, keyset-paged. */
  async list(first: number, after: { createdAt: string; id: string } | null, statuses: string[] | null): Promise<OutboxRow[]> {
    return this.db.query(
      `SELECT o.*, t.number AS ticket_number, t.mail_ref FROM outbox_mail o JOIN ticket t ON t.id = o.ticket_id
        WHERE ($1::text[] IS NULL OR o.status = ANY($1::text[]))
          AND ($2::timestamptz IS NULL OR (o.created_at, o.id) < ($2::timestamptz, $3::uuid))
        ORDER BY o.created_at DESC, o.id DESC LIMIT $4`,
      [statuses, after?.createdAt ?? null, after?.id ?? null, first + 1],
    );
  }

  /** Sends a failed mail again now (and keeps retrying it). */
  async retry(id: string): Promise<OutboxRow> {
    const [rows] = isUuid(id)
      ? await this.db.query(
          `UPDATE outbox_mail SET status = 'PENDING', next_attempt_at = $2 WHERE id = $1 AND status IN ('PENDING','FAILED') RETURNING id`,
          [id, this.clock.now()],
        )
      : [[]];
    if (!rows?.length) throw new DomainError('NOT_FOUND', 'There is no unsent mail with that id.');
    return (await this.byIds([id]))[0]!;
  }

  /**
   * Leases up to `limit` due mails (or ones whose lease ran out) until `until`, in one statement
   * (SKIP LOCKED: instances share the work), and returns them as they go out, oldest first.
   */
  async lease(now: Date, until: Date, limit: number): Promise<OutboxRow[]> {
    return this.db.query(
      `WITH due AS (
         SELECT id FROM outbox_mail WHERE status IN ('PENDING','SENDING') AND next_attempt_at <= $1
          ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED
       ), leased AS (
         UPDATE outbox_mail o SET status = 'SENDING', attempts = o.attempts + 1, next_attempt_at = $2
           FROM due WHERE o.id = due.id RETURNING o.*
       )
       SELECT leased.*, t.number AS ticket_number, t.mail_ref FROM leased JOIN ticket t ON t.id = leased.ticket_id
        ORDER BY leased.created_at, leased.id`,
      [now, until, limit],
    );
  }

  async byIds(ids: readonly string[]): Promise<OutboxRow[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.db.query(
      `SELECT o.*, t.number AS ticket_number, t.mail_ref FROM outbox_mail o JOIN ticket t ON t.id = o.ticket_id WHERE o.id = ANY($1::uuid[])`,
      [valid],
    );
  }

  /** The latest mail of each of these messages (for "sent", "not sent", "failed" on replies). */
  async forMessages(messageIds: readonly string[]): Promise<OutboxRow[]> {
    if (!messageIds.length) return [];
    return this.db.query(
      `SELECT DISTINCT ON (o.message_id) o.*, t.number AS ticket_number, t.mail_ref FROM outbox_mail o JOIN ticket t ON t.id = o.ticket_id
        WHERE o.message_id = ANY($1::bigint[]) ORDER BY o.message_id, o.created_at DESC`,
      [messageIds.filter((id) => /^\d{1,18}$/.test(id))],
    );
  }
}

export interface OutboxRow {
  id: string;
  ticket_id: string;
  ticket_number: number;
  mail_ref: string;
  message_id: string | null;
  kind: OutboxKind;
  to_address: string;
  to_name: string;
  subject: string;
  body_text: string;
  message_id_header: string;
  in_reply_to: string | null;
  reference_ids: string[];
  status: 'PENDING' | 'SENDING' | 'SENT' | 'FAILED';
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  sent_at: Date | null;
  created_at: Date;
}

/** The text part ends with the private link on its own line. */
function splitLink(text: string): [string, string] {
  const marker = text.lastIndexOf('\n\n--\n');
  const link = text.trimEnd().split('\n').pop() ?? '';
  return [marker >= 0 ? text.slice(0, marker) : text, link];
}
