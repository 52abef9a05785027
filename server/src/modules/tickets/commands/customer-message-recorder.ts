import { frustrationHint, isValidEmail, normalizeEmail, LIMITS, stripForbiddenCharacters } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../clock.js';
import { DomainError } from '../../../common/domain-error.js';
import { publishEvent } from '../../../common/events.js';
import type { TimerPlanner } from '../../follow-ups/timer-planner.js';
import type { NotificationService } from '../../notifications/notification.service.js';
import type { SubmitTicketInput } from '../dto/ticket.inputs.js';
import type { Ticket } from '../ticket.entity.js';
import { updateTicketRow } from '../ticket-row.js';
import type { TicketStore } from '../ticket-store.js';

export interface CustomerMessageInput {
  body: string;
  channel: 'EMAIL' | 'WEB_FORM' | 'LINK';
  emailMessageId?: string | null;
  quotedText?: string | null;
  /** The customer's browser or mail program, where known (E1 pre-fills "where it happens"). */
  client?: string | null;
}

/** A browser's User-Agent or a mail program's X-Mailer, as kept with a message. */
export function clientText(value: string | null | undefined): string | null {
  const text = stripForbiddenCharacters(value ?? '').trim();
  return text ? text.slice(0, LIMITS.bug.environmentMax) : null;
}

/** What customers do: open tickets, write again, see replies (web form, mail, private link). */
export class CustomerMessageRecorder {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly planner: TimerPlanner,
    private readonly notifications: NotificationService,
  ) {}

  /** Web-form intake: matches or creates the customer by e-mail and opens a ticket. */
  async submitFromWebForm(input: SubmitTicketInput, client: string | null = null): Promise<Ticket> {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    const subject = input.subject.trim();
    const message = input.message.trim();
    if (!name) throw new DomainError('BAD_USER_INPUT', 'Tell us your name.');
    if (!isValidEmail(email)) throw new DomainError('BAD_USER_INPUT', 'Enter a valid e-mail address so we can answer you.');
    if (!subject) throw new DomainError('BAD_USER_INPUT', 'Give your message a subject.');
    if (!message) throw new DomainError('BAD_USER_INPUT', 'Write your message.');
    if (name.length > LIMITS.ticket.nameMax || subject.length > LIMITS.ticket.subjectMax || message.length > LIMITS.ticket.bodyMax) {
      throw new DomainError('BAD_USER_INPUT', 'Your name, subject or message is too long.');
    }
    return this.db.transaction(async (tx) => {
      const opened = await this.openFromCustomer(tx, { name, email, company: input.company?.trim() || null }, subject, {
        body: message,
        channel: 'WEB_FORM',
        client: clientText(client),
      });
      return this.tickets.get(opened.ticketId, tx);
    });
  }

  /**
   * W9/F3: the customer saw a reply (its mail's private link or tracking image): that reply and the
   * conversation before it count as seen, never a later reply (its own mail marks it).
   */
  async markReplySeen(ticketId: string, messageId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Under the ticket's lock, so the timers are computed from the ticket as it is now.
      await this.tickets.lock(tx, ticketId);
      const [, changed] = await tx.query(
        `UPDATE ticket_message SET seen_at = $3 WHERE id <= $2 AND ticket_id = $1 AND kind = 'REPLY' AND seen_at IS NULL`,
        [ticketId, messageId, this.clock.now()],
      );
      if (changed === 0) return;
      await this.planner.refresh(tx, ticketId);
      await publishEvent(tx, { kind: 'ticket', ticketId });
    });
  }

  /**
   * A customer opens a ticket (web form, e-mail): the customer is matched by address or created, the
   * first message recorded, and the ticket owed an answer within the plan's goal (R5).
   */
  async openFromCustomer(
    tx: EntityManager,
    from: { name: string; email: string; company?: string | null },
    subject: string,
    message: CustomerMessageInput,
  ): Promise<{ ticketId: string; messageId: string; customerId: string }> {
    const now = this.clock.now();
    // A known address keeps its customer record; a new message cannot rename an existing customer.
    const [customer] = await tx.query(
      `INSERT INTO customer (name, email, company, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (email) DO UPDATE SET updated_at = customer.updated_at RETURNING id`,
      [from.name, from.email, from.company ?? null, now],
    );
    const due = await this.tickets.responseDue(tx, customer.id, now);
    const [ticket] = await tx.query(
      `INSERT INTO ticket (subject, customer_id, first_response_due_at, response_due_at, last_customer_message_at, created_at, updated_at)
       VALUES ($1, $2, $3, $3, $4, $4, $4) RETURNING id`,
      [subject.slice(0, LIMITS.ticket.subjectMax), customer.id, due, now],
    );
    const messageId = await this.insertCustomerMessage(tx, ticket.id, customer.id, message);
    await this.planner.refresh(tx, ticket.id);
    await this.tickets.recordEvent(tx, ticket.id, null, 'CREATED', { reason: message.channel === 'EMAIL' ? 'e-mail' : 'web form' });
    await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
    return { ticketId: ticket.id, messageId, customerId: customer.id };
  }

  /**
   * F5: the customer wrote again (mail, private link): the message joins the ticket, a ticket waiting
   * on the customer or closed opens again and is owed an answer; follow-ups and closing are off.
   */
  async addCustomerMessage(tx: EntityManager, ticketId: string, customerId: string, message: CustomerMessageInput): Promise<string> {
    const ticket = await this.tickets.lock(tx, ticketId);
    const now = this.clock.now();
    const messageId = await this.insertCustomerMessage(tx, ticket.id, customerId, message);
    const owed =
      ticket.status === 'OPEN' && ticket.responseDueAt ? ticket.responseDueAt : await this.tickets.responseDue(tx, ticket.customerId, now);
    await this.tickets.update(tx, ticket.id, {
      status: 'OPEN',
      closedAt: null,
      lastCustomerMessageAt: now,
      responseDueAt: owed,
      followUpsSent: 0,
    });
    if (ticket.status === 'CLOSED') await this.tickets.recordEvent(tx, ticket.id, null, 'REOPENED', { reason: 'the customer wrote again' });
    await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId: ticket.id });
    await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
    return messageId;
  }

  private async insertCustomerMessage(
    tx: EntityManager,
    ticketId: string,
    customerId: string,
    message: CustomerMessageInput,
  ): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO ticket_message (ticket_id, kind, customer_id, body, channel, email_message_id, quoted_text, client, created_at)
       VALUES ($1, 'CUSTOMER', $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        ticketId,
        customerId,
        message.body,
        message.channel,
        message.emailMessageId ?? null,
        message.quotedText ?? null,
        clientText(message.client),
        this.clock.now(),
      ],
    );
    // W8: every customer message (mail, web form, private link) is checked as it arrives; the
    // ticket shows "looks frustrated" until an agent confirms or dismisses it.
    const hint = frustrationHint(message.body);
    if (hint.looksFrustrated) {
      await updateTicketRow(
        tx,
        ticketId,
        { frustrationSuggestedAt: this.clock.now(), frustrationTriggers: hint.triggers, frustrationSignals: hint.signals },
        { touchedAt: null, onlyIf: 'NOT_FRUSTRATED' },
      );
    }
    return String(row.id);
  }
}
