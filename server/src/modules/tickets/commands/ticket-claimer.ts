import { checkClaim, checkRelease } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../clock.js';
import type { Viewer } from '../../../common/viewer.js';
import { ensure } from '../../../common/domain-error.js';
import { publishEvent } from '../../../common/events.js';
import { ticketFacts, type Ticket } from '../ticket.entity.js';
import { updateTicketRow } from '../ticket-row.js';
import type { TicketStore } from '../ticket-store.js';

/** Agents take tickets from the queue and hand them back. */
export class TicketClaimer {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
  ) {}

  /** W1/W2: a trained agent takes an unassigned ticket; of many simultaneous claims exactly one wins. */
  async claim(viewer: Viewer, ticketId: string): Promise<Ticket> {
    const ticket = await this.tickets.get(ticketId);
    ensure(checkClaim(viewer, ticketFacts(ticket, await this.tickets.assigneeName(this.db.manager, ticket))));
    if (ticket.assigneeId === viewer.id) return ticket;
    return this.db.transaction(async (tx) => {
      // One conditional UPDATE decides the race; the losers find the ticket taken.
      const claimed = await updateTicketRow(
        tx,
        ticket.id,
        { assigneeId: viewer.id, assignedById: viewer.id, isManagerAssigned: false },
        { touchedAt: this.clock.now(), onlyIf: 'UNASSIGNED_AND_NOT_CLOSED' },
      );
      if (!claimed) {
        const current = await this.tickets.get(ticket.id, tx);
        ensure(checkClaim(viewer, ticketFacts(current, await this.tickets.assigneeName(tx, current))));
        return current;
      }
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'CLAIMED');
      await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
      return this.tickets.get(ticket.id, tx);
    });
  }

  async release(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      ensure(checkRelease(viewer, ticketFacts(ticket, await this.tickets.assigneeName(tx, ticket))));
      await this.tickets.update(tx, ticket.id, { assigneeId: null, assignedById: null, isManagerAssigned: false });
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'RELEASED');
      return this.tickets.get(ticket.id, tx);
    });
  }
}
