import { checkAssign } from '@tandem/shared';
import type { Viewer } from '../../../common/viewer.js';
import { DomainError, ensure } from '../../../common/domain-error.js';
import { isUuid } from '../../../db/errors.js';
import type { NotificationService } from '../../notifications/notification.service.js';
import { User } from '../../users/user.entity.js';
import { ticketFacts, type Ticket } from '../ticket.entity.js';
import type { TicketStore } from '../ticket-store.js';

/** Managers assign tickets to people on the team. */
export class TicketAssigner {
  constructor(
    private readonly tickets: TicketStore,
    private readonly notifications: NotificationService,
  ) {}

  /** R4: a manager assigns the ticket; it becomes the assignee's top priority. */
  async assign(viewer: Viewer, ticketId: string, assigneeId: string): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      const assignee = isUuid(assigneeId) ? await tx.findOneBy(User, { id: assigneeId }) : null;
      if (!assignee) throw new DomainError('NOT_FOUND', 'There is no such person on the team.');
      ensure(checkAssign(viewer, ticketFacts(ticket), assignee));
      await this.tickets.update(tx, ticket.id, { assigneeId: assignee.id, assignedById: viewer.id, isManagerAssigned: true });
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'ASSIGNED', { assigneeName: assignee.name });
      await this.notifications.notify(tx, [assignee.id], {
        kind: 'ASSIGNED_TO_YOU',
        ticketId: ticket.id,
        actorId: viewer.id,
        body: `${viewer.name} assigned you #${ticket.number} “${ticket.subject}”: it is your top priority.`,
      });
      return this.tickets.get(ticket.id, tx);
    });
  }
}
