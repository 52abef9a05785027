import { checkTriage } from '@tandem/shared';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Viewer } from '../../common/viewer.js';
import { ensure } from '../../common/domain-error.js';
import { ticketFacts, type Ticket } from '../tickets/ticket.entity.js';
import type { TicketStore } from '../tickets/ticket-store.js';

/**
 * A text with the private-link tokens it carries hidden: a token lets anyone act as the customer,
 * so it never reaches logs or staff screens after the mail went out.
 */
export function hideLinkTokens(text: string): string {
  return text.replace(/\/c\/[A-Za-z0-9_-]{20,}/g, '/c/(private link hidden)');
}

export interface ResolvedLink {
  linkId: string;
  ticketId: string;
  /** The reply whose mail carried the link. */
  messageId: string | null;
}

const hash = (token: string) => createHash('sha256').update(token).digest();

/**
 * Private ticket links: each reply mail carries a fresh unguessable token (256 bits) for its one
 * ticket. Only the SHA-256 is stored; `revoke` ends every link of a ticket.
 */
export class LinkService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly tickets: TicketStore,
  ) {}

  /** A new link for the ticket (inside the transaction that sends the mail); returns its URL. */
  async create(tx: EntityManager, ticketId: string, messageId: string | null): Promise<{ token: string; url: string }> {
    const token = randomBytes(32).toString('base64url');
    await tx.query(`INSERT INTO ticket_link (ticket_id, token_hash, message_id, created_at) VALUES ($1, $2, $3, $4)`, [
      ticketId,
      hash(token),
      messageId,
      this.clock.now(),
    ]);
    return { token, url: `${this.config.publicUrl}/c/${token}` };
  }

  /** The ticket a token opens, or null for an unknown, malformed or revoked token. */
  async resolve(token: string, manager: EntityManager = this.db.manager): Promise<ResolvedLink | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const [row] = await manager.query(`SELECT id, ticket_id, message_id FROM ticket_link WHERE token_hash = $1 AND revoked_at IS NULL`, [
      hash(token),
    ]);
    return row ? { linkId: row.id, ticketId: row.ticket_id, messageId: row.message_id === null ? null : String(row.message_id) } : null;
  }

  /** Ends every private link of the ticket at once; the next reply carries a new one. */
  async revoke(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      const [, revoked] = await tx.query(`UPDATE ticket_link SET revoked_at = $2 WHERE ticket_id = $1 AND revoked_at IS NULL`, [
        ticket.id,
        this.clock.now(),
      ]);
      if (revoked > 0) await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'LINKS_REVOKED');
      return this.tickets.get(ticket.id, tx);
    });
  }
}
