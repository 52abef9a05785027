import type { DataSource } from 'typeorm';
import type { Loaders } from '../../common/app-services.js';
import { jsonColumns, rowReader } from '../../common/raw-rows.js';
import { Bug, toBugLink } from './bug.entity.js';

/**
 * A ticket's bug link and its bug, as one JSON column of a hand-written ticket statement (the
 * inbox, the ticket page), and how the request's loaders are filled from it: `Ticket.bug` and the
 * C3 checks then need no statement of their own.
 */
export class BugLinkRows {
  private readonly bugJson: string;
  private readonly readBug: (row: Record<string, unknown>) => Bug;

  constructor(db: DataSource) {
    this.bugJson = jsonColumns(db, Bug, 'b');
    this.readBug = rowReader(db, Bug);
  }

  /** The column for the ticket whose id is `ticketIdSql`. */
  column(ticketIdSql: string): string {
    return `(SELECT jsonb_build_object('link', to_jsonb(l), 'bug', ${this.bugJson})
               FROM ticket_bug_link l JOIN bug b ON b.id = l.bug_id WHERE l.ticket_id = ${ticketIdSql})`;
  }

  prime(loaders: Loaders, ticketId: string, value: unknown): void {
    const found = value as { link: Record<string, unknown>; bug: Record<string, unknown> } | null;
    loaders.bugLinkByTicketId.prime(ticketId, found ? toBugLink(found.link) : null);
    if (found) loaders.bugById.prime(found.bug.id as string, this.readBug(found.bug));
  }
}
