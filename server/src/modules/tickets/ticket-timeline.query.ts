import type { DataSource } from 'typeorm';
import { isUuid } from '../../db/errors.js';
import { TicketMessage } from './ticket-message.entity.js';

/** The messages of tickets, as the timeline and the reply checks read them. */
export class TicketTimelineQuery {
  constructor(private readonly db: DataSource) {}

  /** The timeline rows of each ticket, oldest first. */
  async messages(ticketIds: readonly string[]): Promise<Map<string, TicketMessage[]>> {
    const rows = await this.db
      .getRepository(TicketMessage)
      .createQueryBuilder('m')
      .where('m.ticket_id = ANY(:ids)', { ids: ticketIds.filter(isUuid) })
      .orderBy('m.id', 'ASC')
      .getMany();
    const byTicket = new Map<string, TicketMessage[]>();
    for (const row of rows) byTicket.set(row.ticketId, [...(byTicket.get(row.ticketId) ?? []), row]);
    return byTicket;
  }

  /** The newest customer message or reply of each ticket: what a reply must have seen. */
  async latestMessageIds(ticketIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { ticket_id: string; id: string }[] = await this.db.query(
      `SELECT ticket_id, max(id)::text AS id FROM ticket_message
        WHERE ticket_id = ANY($1::uuid[]) AND kind IN ('CUSTOMER','REPLY') GROUP BY ticket_id`,
      [ticketIds.filter(isUuid)],
    );
    return new Map(rows.map((r) => [r.ticket_id, r.id]));
  }
}
