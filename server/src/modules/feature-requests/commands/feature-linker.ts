import { checkAsk, checkCreateFeatureRequest, checkLinkAsk } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../clock.js';
import { DomainError, ensure } from '../../../common/domain-error.js';
import type { Viewer } from '../../../common/viewer.js';
import type { Ticket } from '../../tickets/ticket.entity.js';
import type { TicketStore } from '../../tickets/ticket-store.js';
import type { AskInput, CreateFeatureRequestInput, LinkTicketToFeatureRequestInput } from '../dto/feature-request.inputs.js';
import type { FeatureRequest } from '../feature-request.entity.js';
import type { FeatureStore } from '../feature-store.js';

/** FR1/C4: cards are created once, and every ticket that asks for one adds to its tally. */
export class FeatureLinker {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
    private readonly cards: FeatureStore,
  ) {}

  /** FR1: a new card, tagged; given a ticket's ask, the ticket is linked in the same transaction. */
  async create(viewer: Viewer, input: CreateFeatureRequestInput): Promise<{ featureRequest: FeatureRequest; ticket: Ticket | null }> {
    const fields = { title: input.title?.trim() ?? '', description: input.description.trim(), tag: input.tag ?? null };
    ensure(checkCreateFeatureRequest(viewer, fields));
    const insert = async (tx: EntityManager) => {
      const now = this.clock.now();
      const [row] = await tx.query(
        `INSERT INTO feature_request (title, description, tag, created_by_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING *`,
        [fields.title, fields.description, fields.tag, viewer.id, now],
      );
      return this.cards.read(row);
    };
    const ask = input.ask;
    if (!ask) {
      return this.db.transaction(async (tx) => {
        const card = await insert(tx);
        await this.cards.recordEvent(tx, card.id, viewer.id, 'CREATED');
        await this.cards.publish(tx, [card.id]);
        return { featureRequest: card, ticket: null };
      });
    }
    return this.tickets.change(ask.ticketId, async (tx, ticket) => {
      ensure(checkLinkAsk(viewer, null));
      ensure(checkAsk(ask));
      const card = await insert(tx);
      await this.cards.recordEvent(tx, card.id, viewer.id, 'CREATED', { ticketNumber: ticket.number });
      await this.insertAsk(tx, viewer, ticket, card, ask);
      return { featureRequest: await this.cards.get(card.id, tx), ticket: await this.tickets.get(ticket.id, tx) };
    });
  }

  /** FR1/FR2: this ticket asks for a known card; linking again updates the quote and importance. */
  async link(viewer: Viewer, input: LinkTicketToFeatureRequestInput): Promise<Ticket> {
    return this.tickets.change(input.ticketId, async (tx, ticket) => {
      const [card] = await this.cards.lock(tx, input.featureRequestId);
      ensure(checkLinkAsk(viewer, card!));
      ensure(checkAsk(input));
      await this.insertAsk(tx, viewer, ticket, card!, input);
      return this.tickets.get(ticket.id, tx);
    });
  }

  /** The ask was a mistake: it leaves the tally (and C4 counts it no more). */
  async unlink(viewer: Viewer, askId: string): Promise<Ticket> {
    const [found] = /^\d{1,18}$/.test(askId) ? await this.db.query(`SELECT ticket_id FROM feature_ask WHERE id = $1`, [askId]) : [];
    if (!found) throw new DomainError('NOT_FOUND', 'There is no such ask.');
    return this.tickets.change(found.ticket_id, async (tx, ticket) => {
      ensure(checkLinkAsk(viewer, null));
      const [row] = await tx.query(`SELECT * FROM feature_ask WHERE id = $1 AND ticket_id = $2`, [askId, ticket.id]);
      if (!row) throw new DomainError('NOT_FOUND', 'There is no such ask.');
      const [card] = await this.cards.lock(tx, row.feature_request_id);
      // Under the card's lock: a merge that moved the ask meanwhile is seen.
      const [still] = await tx.query(`SELECT 1 FROM feature_ask WHERE id = $1 AND feature_request_id = $2`, [askId, card!.id]);
      if (!still)
        throw new DomainError('FEATURE_REQUEST_CHANGED', 'This request was merged meanwhile. Read the ticket again, then try again.');
      // The ticket no longer asks for this card: every ask of it that counts there goes (two, when
      // the ticket had asked for two cards merged since).
      await tx.query(`DELETE FROM feature_ask WHERE ticket_id = $1 AND feature_request_id = $2`, [ticket.id, card!.id]);
      await this.afterAsksChanged(tx, ticket, card!);
      const [customer] = await tx.query(`SELECT name FROM customer WHERE id = $1`, [ticket.customerId]);
      await this.cards.recordEvent(tx, card!.id, viewer.id, 'ASK_UNLINKED', { ticketNumber: ticket.number, customerName: customer?.name });
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'FEATURE_UNLINKED', {
        featureNumber: card!.number,
        featureTitle: card!.title,
      });
      return this.tickets.get(ticket.id, tx);
    });
  }

  private async insertAsk(tx: EntityManager, viewer: Viewer, ticket: Ticket, card: FeatureRequest, ask: AskInput): Promise<void> {
    // The ticket asks for this card already (perhaps through a card merged into it): the same ask, in new words.
    const [, updated] = await tx.query(
      `UPDATE feature_ask SET quote = $3, importance = $4 WHERE ticket_id = $1 AND feature_request_id = $2`,
      [ticket.id, card.id, ask.quote.trim(), ask.importance],
    );
    if (updated > 0) return this.afterAsksChanged(tx, ticket, card);
    const [row] = await tx.query(
      `INSERT INTO feature_ask (ticket_id, feature_request_id, original_feature_request_id, customer_id, quote, importance, linked_by_id, linked_at)
       VALUES ($1, $2, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (ticket_id, original_feature_request_id) DO UPDATE SET quote = EXCLUDED.quote, importance = EXCLUDED.importance
       RETURNING (xmax = 0) AS inserted`,
      [ticket.id, card.id, ticket.customerId, ask.quote.trim(), ask.importance, viewer.id, this.clock.now()],
    );
    await this.afterAsksChanged(tx, ticket, card);
    if (!row.inserted) return;
    const [customer] = await tx.query(`SELECT name FROM customer WHERE id = $1`, [ticket.customerId]);
    await this.cards.recordEvent(tx, card.id, viewer.id, 'ASK_LINKED', { ticketNumber: ticket.number, customerName: customer?.name });
    await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'FEATURE_LINKED', { featureNumber: card.number, featureTitle: card.title });
  }

  /** The ticket's count (C4) and the card's tally (FR2), recounted under both locks. */
  private async afterAsksChanged(tx: EntityManager, ticket: Ticket, card: FeatureRequest): Promise<void> {
    const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM feature_ask WHERE ticket_id = $1`, [ticket.id]);
    if (count !== ticket.askCount) await this.tickets.update(tx, ticket.id, { askCount: count });
    await this.cards.refreshTally(tx, [card.id]);
    await this.cards.update(tx, card, null, {});
    await this.cards.publish(tx, [card.id]);
  }
}
