import { LIMITS } from '@tandem/shared';
import type { Clock } from '../../../clock.js';
import type { Viewer } from '../../../common/viewer.js';
import { DomainError } from '../../../common/domain-error.js';
import { isUuid } from '../../../db/errors.js';
import type { NotificationService } from '../../notifications/notification.service.js';
import type { AddNoteInput } from '../dto/ticket.inputs.js';
import type { Ticket } from '../ticket.entity.js';
import type { TicketStore } from '../ticket-store.js';

/** Internal notes on a ticket. */
export class NoteAdder {
  constructor(
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly notifications: NotificationService,
  ) {}

  /** An internal note (never shown to the customer); people @mentioned are notified. */
  async addNote(viewer: Viewer, input: AddNoteInput): Promise<Ticket> {
    const body = input.body.trim();
    if (!body) throw new DomainError('BAD_USER_INPUT', 'Write the note first.');
    if (body.length > LIMITS.ticket.bodyMax) throw new DomainError('BAD_USER_INPUT', 'The note is too long.');
    return this.tickets.change(input.ticketId, async (tx, ticket) => {
      const mentionIds = [...new Set(input.mentionIds ?? [])];
      const mentioned: { id: string }[] = mentionIds.length
        ? await tx.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND is_active`, [mentionIds.filter(isUuid)])
        : [];
      if (mentioned.length !== mentionIds.length)
        throw new DomainError('BAD_USER_INPUT', 'You can only mention active people on the team.');
      await tx.query(
        `INSERT INTO ticket_message (ticket_id, kind, author_id, body, mentions, created_at) VALUES ($1, 'NOTE', $2, $3, $4, $5)`,
        [ticket.id, viewer.id, body, mentionIds, this.clock.now()],
      );
      await this.notifications.notify(tx, mentionIds, {
        kind: 'MENTION',
        ticketId: ticket.id,
        actorId: viewer.id,
        body: `${viewer.name} mentioned you on #${ticket.number}: “${body.slice(0, 140)}${body.length > 140 ? '…' : ''}”`,
      });
      return this.tickets.get(ticket.id, tx);
    });
  }
}
