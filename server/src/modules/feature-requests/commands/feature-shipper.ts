import { checkMarkShipped, checkShipMessage, shipPreview, unknownPlaceholders, type ShipPreview } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../clock.js';
import { ensure } from '../../../common/domain-error.js';
import type { Viewer } from '../../../common/viewer.js';
import type { SavedReplyService } from '../../saved-replies/saved-reply.service.js';
import type { MarkFeatureShippedInput } from '../dto/feature-request.inputs.js';
import type { FeatureRequest } from '../feature-request.entity.js';
import type { FeatureStore } from '../feature-store.js';
import type { FeatureAnnouncer } from './feature-announcer.js';

export interface AnnouncementProgress {
  kind: 'SHIPPED' | 'DECLINED';
  sent: number;
  total: number;
}

/** FR4: "Mark shipped and tell N customers": the preview, the one action, its progress. */
export class FeatureShipper {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly cards: FeatureStore,
    private readonly announcer: FeatureAnnouncer,
    private readonly savedReplies: SavedReplyService,
  ) {}

  /** Who "Mark shipped" would tell now: each customer who asked and was not told, once (shared `shipPreview`). */
  async preview(cardId: string): Promise<ShipPreview> {
    const rows: { customer_id: string; ticket_id: string; number: number; created_at: Date; status: string; told: boolean }[] =
      await this.db.query(
        `SELECT a.customer_id, a.ticket_id, t.number, t.created_at, t.status,
                EXISTS (SELECT 1 FROM feature_notice n WHERE n.feature_request_id = a.feature_request_id AND n.kind = 'SHIPPED'
                          AND n.customer_id = a.customer_id) AS told
           FROM feature_ask a JOIN ticket t ON t.id = a.ticket_id WHERE a.feature_request_id = $1`,
        [cardId],
      );
    return shipPreview(
      rows.map((r) => ({
        customerId: r.customer_id,
        ticketId: r.ticket_id,
        ticketNumber: r.number,
        ticketCreatedAt: r.created_at,
        ticketStatus: r.status,
        isTold: r.told,
      })),
    );
  }

  /** How far the latest announcement has come. */
  async progress(card: FeatureRequest): Promise<AnnouncementProgress | null> {
    if (!card.announcement || !card.announcedAt) return null;
    const [row] = await this.db.query(
      `SELECT count(*)::int AS sent FROM feature_notice WHERE feature_request_id = $1 AND kind = $2 AND told_at >= $3`,
      [card.id, card.announcement, card.announcedAt],
    );
    return { kind: card.announcement, sent: row.sent, total: Math.max(card.announcementTotal, row.sent) };
  }

  /**
   * Marks the card shipped and starts telling every customer who asked (one reply each, through the
   * outbox, by the announcer). The same message again on a card it already shipped is the same
   * click twice (or a retry): nothing new happens.
   */
  async markShipped(viewer: Viewer, input: MarkFeatureShippedInput): Promise<FeatureRequest> {
    const message = input.message.trim();
    return this.db.transaction(async (tx) => {
      const [card] = await this.cards.lock(tx, input.id);
      if (card!.status === 'SHIPPED' && card!.announcementMessage === message) return card!;
      ensure(checkMarkShipped(viewer, card!));
      ensure(checkShipMessage(message, unknownPlaceholders(message)));
      const savedReplyId = await this.savedReplies.activeSavedReplyId(tx, input.savedReplyId, message);
      await this.cards.update(tx, card!, null, { status: 'SHIPPED', shipped_at: this.clock.now() });
      const total = await this.announcer.begin(tx, card!.id, 'SHIPPED', message, viewer.id);
      if (savedReplyId) await this.savedReplies.countUse(tx, savedReplyId);
      await this.cards.recordEvent(tx, card!.id, viewer.id, 'SHIPPED', { customers: total });
      await this.cards.publish(tx, [card!.id]);
      return this.cards.get(card!.id, tx);
    });
  }
}
