import { checkClose, checkReopen } from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../../clock.js';
import type { Viewer } from '../../../common/viewer.js';
import { ensure } from '../../../common/domain-error.js';
import type { NotificationService } from '../../notifications/notification.service.js';
import { ticketFacts, type Ticket } from '../ticket.entity.js';
import type { TicketStore } from '../ticket-store.js';
import type { TicketReplier } from './ticket-replier.js';

/** Closing tickets (by an agent, or for the customer's silence) and opening them again. */
export class TicketCloser {
  constructor(
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly notifications: NotificationService,
    private readonly replier: TicketReplier,
  ) {}

  async close(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      const [link] = await tx.query(`SELECT bug_id FROM ticket_bug_link WHERE ticket_id = $1`, [ticket.id]);
      ensure(checkClose(viewer, ticketFacts(ticket, null, link?.bug_id ?? null)));
      await this.tickets.update(tx, ticket.id, { status: 'CLOSED', closedAt: this.clock.now(), responseDueAt: null });
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'CLOSED');
      await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId: ticket.id });
      return this.tickets.get(ticket.id, tx);
    });
  }

  /** Reopens a closed ticket; it is owed an answer again within the plan's goal. */
  async reopen(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      ensure(checkReopen(viewer, ticketFacts(ticket)));
      await this.tickets.update(tx, ticket.id, {
        status: 'OPEN',
        closedAt: null,
        responseDueAt: await this.tickets.responseDue(tx, ticket.customerId, this.clock.now()),
      });
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'REOPENED');
      return this.tickets.get(ticket.id, tx);
    });
  }

  /** W10/F4: no answer for days after the last reply: the ticket closes, with the team's closing mail if it has one. */
  async closeForSilence(tx: EntityManager, ticketId: string, closingMessage: string | null): Promise<void> {
    if (closingMessage) await this.replier.sendSystemReply(tx, ticketId, closingMessage, 'CLOSING', null);
    await this.tickets.update(tx, ticketId, { status: 'CLOSED', closedAt: this.clock.now(), responseDueAt: null });
    await this.tickets.recordEvent(tx, ticketId, null, 'CLOSED', { reason: 'the customer did not answer' });
    await this.notifications.settle(tx, { kind: 'CONVERSATION_MOVED_ON', ticketId });
  }
}
