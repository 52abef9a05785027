import { createHash } from 'node:crypto';
import { LIMITS, normalizeEmail, replyWithoutQuoteAndSignature, stripForbiddenCharacters as storable } from '@tandem/shared';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { DomainError } from '../../common/domain-error.js';
import type { Logger } from '../../logger.js';
import type { CustomerMessageRecorder } from '../tickets/commands/customer-message-recorder.js';
import { headersAsUtf8, mailText, senderOf } from './inbound-text.js';
import type { LinkService } from './link.service.js';
import { Attachment } from './mail.types.js';

export interface Received {
  ticketId: string | null;
  messageId: string | null;
  /** The same Message-ID arrived before: nothing new was stored. */
  duplicate: boolean;
  /** An automatic mail (auto-reply, bounce, bulk): accepted and left out. */
  ignored?: boolean;
}

/** Why a mail was refused: the SMTP listener and the webhook answer with it. */
export class RejectedMail extends Error {
  constructor(
    message: string,
    readonly smtpCode = 550,
  ) {
    // It goes back to the sending server on one SMTP reply line: no line breaks or control characters.
    super(message.replace(/[\u0000-\u001f\u007f]+/g, ' '));
  }
}

/**
 * Customers write in by e-mail (SMTP listener or a provider's webhook) and through their private
 * link. A mail joins its ticket by the ticket's reply address or its In-Reply-To / References
 * headers, never by subject alone; otherwise it opens a ticket. One Message-ID is stored once.
 */
export class InboundMailService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly customerMessages: CustomerMessageRecorder,
    private readonly links: LinkService,
    private readonly log: Logger,
  ) {}

  /** A raw MIME message; `recipients` are the SMTP envelope's (RCPT TO), when known. */
  async receiveRaw(raw: Buffer, recipients: string[] = []): Promise<Received> {
    if (raw.length > this.config.maxMessageBytes) {
      throw new RejectedMail(`Message too large: the limit is ${Math.round(this.config.maxMessageBytes / 1024 / 1024)} MB`, 552);
    }
    let mail: ParsedMail;
    try {
      mail = await simpleParser(headersAsUtf8(raw), { skipHtmlToText: true, skipTextLinks: true });
    } catch (error) {
      throw new RejectedMail(`Malformed message: ${(error as Error).message}`);
    }
    // Mail is taken as it comes: characters that cannot be stored (NUL...) are left out of every
    // text kept from it, never a reason to refuse it (the sender would retry for days, then bounce).
    // A mail without Message-ID still gets a stable one, so a second delivery of it is recognised.
    const emailMessageId =
      storable(mail.messageId ?? '').trim() || `<${createHash('sha256').update(raw).digest('hex')}@no-message-id.tandem>`;
    const sender = senderOf(mail);
    if (!sender.ok) throw new RejectedMail(sender.reason);
    const from = {
      name: (sender.name || sender.address.split('@')[0]!).slice(0, LIMITS.ticket.nameMax),
      email: sender.address,
      address: sender.address,
    };
    // Out-of-office answers, bounces and list mail would reopen tickets and cancel follow-ups (F5):
    // they are accepted, logged and left out.
    if (isAutomatic(mail, from.address)) {
      this.log.info({ from: from.address, subject: mail.subject }, 'automatic mail (auto-reply, bounce or bulk) ignored');
      return { ticketId: null, messageId: null, duplicate: false, ignored: true };
    }
    const text = mailText(mail);
    const fresh = replyWithoutQuoteAndSignature(text);
    const body = (fresh || text || '(no text)').slice(0, LIMITS.ticket.bodyMax);
    const quotedText = fresh && fresh !== text ? text.slice(0, LIMITS.ticket.bodyMax) : null;
    const addresses = [...recipients, ...allAddresses(mail.to), ...allAddresses(mail.cc)].map(storable);
    const references = [mail.inReplyTo, ...(Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : [])]
      .map((id) => storable(id ?? '').trim())
      .filter(Boolean);

    try {
      return await this.store(mail, emailMessageId, from, body, quotedText, addresses, references);
    } catch (error) {
      // The same mail delivered twice at the same moment: the second finds the first.
      if ((error as { code?: string; constraint?: string }).constraint !== 'ticket_message_email_id') throw error;
      const [known] = await this.db.query(`SELECT id, ticket_id FROM ticket_message WHERE email_message_id = $1`, [emailMessageId]);
      return { ticketId: known.ticket_id, messageId: String(known.id), duplicate: true };
    }
  }

  private store(
    mail: ParsedMail,
    emailMessageId: string,
    from: { name: string; email: string; address: string },
    body: string,
    quotedText: string | null,
    addresses: string[],
    references: string[],
  ): Promise<Received> {
    return this.db.transaction(async (tx) => {
      const [known] = await tx.query(`SELECT id, ticket_id FROM ticket_message WHERE email_message_id = $1`, [emailMessageId]);
      if (known) return { ticketId: known.ticket_id, messageId: String(known.id), duplicate: true };
      // The mail program, where it says (E1: "where it happens").
      const client = String(mail.headers.get('x-mailer') ?? mail.headers.get('user-agent') ?? '') || null;
      const message = { body, channel: 'EMAIL' as const, emailMessageId, quotedText, client };
      const ticketId = await this.findTicket(tx, addresses, references);
      let received: Received;
      if (ticketId) {
        const customerId = await this.customerFor(tx, from);
        received = {
          ticketId,
          messageId: await this.customerMessages.addCustomerMessage(tx, ticketId, customerId, message),
          duplicate: false,
        };
      } else {
        const opened = await this.customerMessages.openFromCustomer(
          tx,
          from,
          storable(mail.subject ?? '').trim() || '(no subject)',
          message,
        );
        received = { ticketId: opened.ticketId, messageId: opened.messageId, duplicate: false };
      }
      for (const attachment of mail.attachments) {
        await tx.query(
          `INSERT INTO message_attachment (message_id, filename, content_type, size_bytes, content, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            received.messageId!,
            (storable(attachment.filename ?? '') || 'attachment').slice(0, LIMITS.mail.attachmentNameMax),
            storable(attachment.contentType ?? '') || 'application/octet-stream',
            attachment.size,
            attachment.content,
            this.clock.now(),
          ],
        );
      }
      this.log.info({ ticket: received.ticketId, from: from.address, attachments: mail.attachments.length }, 'mail received');
      return received;
    });
  }

  /** F5: the customer answers on the private link page. */
  async receiveFromLink(token: string, text: string, userAgent: string | null = null): Promise<Received> {
    const body = text.replace(/\r\n?/g, '\n').trim();
    if (!body) throw new DomainError('BAD_USER_INPUT', 'Write your message first.');
    if (body.length > LIMITS.ticket.bodyMax) throw new DomainError('BAD_USER_INPUT', 'Your message is too long.');
    return this.db.transaction(async (tx) => {
      const link = await this.links.resolve(token, tx);
      if (!link) throw new DomainError('NOT_FOUND', 'This link is no longer valid.');
      const [ticket] = await tx.query(`SELECT customer_id FROM ticket WHERE id = $1`, [link.ticketId]);
      const messageId = await this.customerMessages.addCustomerMessage(tx, link.ticketId, ticket.customer_id, {
        body,
        channel: 'LINK',
        client: userAgent,
      });
      return { ticketId: link.ticketId, messageId, duplicate: false };
    });
  }

  /** Attachment metadata (never the content) of these messages. */
  async attachments(messageIds: readonly string[]): Promise<Map<string, Attachment[]>> {
    const rows: { id: string; message_id: string; filename: string; content_type: string; size_bytes: number }[] = await this.db.query(
      `SELECT id, message_id, filename, content_type, size_bytes FROM message_attachment WHERE message_id = ANY($1::bigint[]) ORDER BY created_at, id`,
      [messageIds.filter((id) => /^\d{1,18}$/.test(id))],
    );
    const byMessage = new Map<string, Attachment[]>();
    for (const row of rows) {
      const list = byMessage.get(String(row.message_id)) ?? [];
      list.push(
        Object.assign(new Attachment(), { id: row.id, filename: row.filename, contentType: row.content_type, sizeBytes: row.size_bytes }),
      );
      byMessage.set(String(row.message_id), list);
    }
    return byMessage;
  }

  /** The ticket's reply address (support+<ref>@…) first, then the thread's Message-IDs. */
  private async findTicket(tx: EntityManager, addresses: string[], references: string[]): Promise<string | null> {
    const [local, domain] = this.config.supportAddress.split('@');
    const refs = addresses
      .map((a) => normalizeEmail(a))
      .map((a) => new RegExp(`^${escapeRegExp(local!)}\\+([a-z0-9]{1,64})@${escapeRegExp(domain!)}$`).exec(a)?.[1])
      .filter((ref): ref is string => Boolean(ref));
    if (refs.length) {
      const [row] = await tx.query(`SELECT id FROM ticket WHERE mail_ref = ANY($1::text[]) LIMIT 1`, [refs]);
      if (row) return row.id;
    }
    if (!references.length) return null;
    const [row] = await tx.query(
      `SELECT ticket_id FROM outbox_mail WHERE message_id_header = ANY($1::text[])
       UNION ALL SELECT ticket_id FROM ticket_message WHERE email_message_id = ANY($1::text[]) LIMIT 1`,
      [references],
    );
    return row?.ticket_id ?? null;
  }

  private async customerFor(tx: EntityManager, from: { name: string; email: string }): Promise<string> {
    const now = this.clock.now();
    const [row] = await tx.query(
      `INSERT INTO customer (name, email, created_at, updated_at) VALUES ($1, $2, $3, $3)
       ON CONFLICT (email) DO UPDATE SET updated_at = customer.updated_at RETURNING id`,
      [from.name, from.email, now],
    );
    return row.id;
  }
}

function allAddresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  return objects.flatMap((o) => o.value.flatMap((v) => [v.address ?? '', ...(v.group ?? []).map((g) => g.address ?? '')])).filter(Boolean);
}

/** RFC 3834 auto-replies, bounces and bulk mail (never answered, never reopening a ticket). */
function isAutomatic(mail: ParsedMail, from: string): boolean {
  const header = (name: string) => String(mail.headers.get(name) ?? '').toLowerCase();
  const autoSubmitted = header('auto-submitted');
  return (
    (autoSubmitted !== '' && autoSubmitted !== 'no') ||
    ['bulk', 'junk', 'list', 'auto_reply'].includes(header('precedence')) ||
    mail.headers.has('x-autoreply') ||
    mail.headers.has('x-autorespond') ||
    /^(mailer-daemon|postmaster|no-?reply)@/.test(from)
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
