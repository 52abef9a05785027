import type { DataSource } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Viewer } from '../../common/viewer.js';
import { publishEvent } from '../../common/events.js';
import { isUuid } from '../../db/errors.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { TicketStore } from './ticket-store.js';

/** Someone has a ticket open when they sent a heartbeat within this window. */
export const PRESENCE_WINDOW_MS = 45_000;

/** Who has which ticket open right now. */
export class TicketPresenceService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly notifications: NotificationService,
  ) {}

  /** Presence: the viewer has the ticket open (heartbeat) or left it. Announced when it changes. */
  async setViewing(viewer: Viewer, ticketId: string, viewing: boolean): Promise<boolean> {
    const ticket = await this.tickets.get(ticketId);
    const now = this.clock.now();
    const changed = viewing
      ? await this.db
          .query(
            `INSERT INTO ticket_presence (ticket_id, user_id, seen_at) VALUES ($1, $2, $3)
           ON CONFLICT (ticket_id, user_id) DO UPDATE SET seen_at = $3
           RETURNING (xmax = 0) AS arrived`,
            [ticket.id, viewer.id, now],
          )
          .then(([row]) => row.arrived as boolean)
      : await this.db
          .query(`DELETE FROM ticket_presence WHERE ticket_id = $1 AND user_id = $2`, [ticket.id, viewer.id])
          .then(([, n]) => n > 0);
    if (changed) await publishEvent(this.db, { kind: 'ticket', ticketId: ticket.id });
    // The mentions and draft reviews that pointed here are now in front of the viewer.
    if (viewing) await this.notifications.settle(this.db.manager, { kind: 'TICKET_OPENED', ticketId: ticket.id, userId: viewer.id });
    return viewing;
  }

  /** Who has each ticket open right now. */
  async viewers(ticketIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { ticket_id: string; user_id: string }[] = await this.db.query(
      `SELECT ticket_id, user_id FROM ticket_presence WHERE ticket_id = ANY($1::uuid[]) AND seen_at > $2 ORDER BY seen_at`,
      [ticketIds.filter(isUuid), new Date(this.clock.now().getTime() - PRESENCE_WINDOW_MS)],
    );
    const byTicket = new Map<string, string[]>();
    for (const row of rows) byTicket.set(row.ticket_id, [...(byTicket.get(row.ticket_id) ?? []), row.user_id]);
    return byTicket;
  }
}
