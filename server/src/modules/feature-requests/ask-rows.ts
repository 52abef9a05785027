import type { DataSource } from 'typeorm';
import type { Loaders } from '../../common/app-services.js';
import { jsonColumns, rowReader } from '../../common/raw-rows.js';
import { FeatureRequest, toFeatureAsk } from './feature-request.entity.js';

/**
 * A ticket's asks and their cards, as one JSON column of the ticket page's statement, and how the
 * request's loaders are filled from it: `Ticket.asks` and each ask's card need no statement of their own.
 */
export class AskRows {
  private readonly cardJson: string;
  private readonly readCard: (row: Record<string, unknown>) => FeatureRequest;

  constructor(db: DataSource) {
    this.cardJson = jsonColumns(db, FeatureRequest, 'f');
    this.readCard = rowReader(db, FeatureRequest);
  }

  /** The column for the ticket whose id is `ticketIdSql`. */
  column(ticketIdSql: string): string {
    return `jsonb_build_object(
              'asks', (SELECT coalesce(jsonb_agg(to_jsonb(a) ORDER BY a.linked_at, a.id), '[]'::jsonb) FROM feature_ask a WHERE a.ticket_id = ${ticketIdSql}),
              'cards', (SELECT coalesce(jsonb_agg(${this.cardJson}), '[]'::jsonb) FROM feature_request f
                         WHERE f.id IN (SELECT a.feature_request_id FROM feature_ask a WHERE a.ticket_id = ${ticketIdSql})))`;
  }

  prime(loaders: Loaders, ticketId: string, value: unknown): void {
    const found = value as { asks: Record<string, unknown>[]; cards: Record<string, unknown>[] };
    loaders.asksByTicketId.prime(ticketId, found.asks.map(toFeatureAsk));
    for (const card of found.cards.map(this.readCard)) loaders.featureRequestById.prime(card.id, card);
  }
}
