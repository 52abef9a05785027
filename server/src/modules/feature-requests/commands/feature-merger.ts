import { checkMergeFeatureRequests, checkSplitFeatureRequest } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../clock.js';
import { DomainError, ensure } from '../../../common/domain-error.js';
import type { Viewer } from '../../../common/viewer.js';
import type { FeatureRequest } from '../feature-request.entity.js';
import { isUuid } from '../../../db/errors.js';
import type { FeatureStore } from '../feature-store.js';
import type { FeatureAnnouncer } from './feature-announcer.js';

/**
 * Fider's duplicates that carry their voters: merging moves every ask to the surviving card (each
 * customer still counts once there), and the merged card stays as a pointer; splitting it back out
 * takes back the asks it brought.
 */
export class FeatureMerger {
  constructor(
    private readonly db: DataSource,
    readonly _clock: Clock,
    private readonly cards: FeatureStore,
    private readonly announcer: FeatureAnnouncer,
  ) {}

  /** Returns the survivor. */
  async merge(viewer: Viewer, duplicateId: string, survivorId: string): Promise<FeatureRequest> {
    return this.db.transaction(async (tx) => {
      // Every card this merge changes is locked first, in id order, in one statement: the two cards and
      // those merged into the duplicate (their pointer moves), so a split or merge meanwhile never waits in a circle.
      if (isUuid(duplicateId) && isUuid(survivorId)) {
        await tx.query(`SELECT id FROM feature_request WHERE id = ANY($1::uuid[]) OR merged_into_id = $2 ORDER BY id FOR UPDATE`, [
          [duplicateId, survivorId],
          duplicateId,
        ]);
      }
      const [duplicate, survivor] = await this.cards.lock(tx, duplicateId, survivorId);
      ensure(checkMergeFeatureRequests(viewer, duplicate!, survivor!));
      // Asks that came into the duplicate by an earlier merge move along: the survivor now counts them.
      await tx.query(`UPDATE feature_ask SET feature_request_id = $2 WHERE feature_request_id = $1`, [duplicate!.id, survivor!.id]);
      // Cards merged into the duplicate point to the survivor now (a pointer leads to a live card).
      await tx.query(`UPDATE feature_request SET merged_into_id = $2 WHERE merged_into_id = $1`, [duplicate!.id, survivor!.id]);
      await this.cards.update(tx, duplicate!, null, { status: 'MERGED', merged_into_id: survivor!.id });
      await this.cards.update(tx, survivor!, null, {});
      await this.cards.refreshTally(tx, [duplicate!.id, survivor!.id]);
      // FR4 across merged cards: a request that shipped already tells the customers it gained, once
      // (those who asked before it shipped, as on the card itself).
      if (survivor!.status === 'SHIPPED' && survivor!.announcement === 'SHIPPED') await this.announcer.resume(tx, survivor!.id);
      await this.cards.recordEvent(tx, duplicate!.id, viewer.id, 'MERGED_INTO', { otherNumber: survivor!.number });
      await this.cards.recordEvent(tx, survivor!.id, viewer.id, 'MERGED_FROM', { otherNumber: duplicate!.number });
      await this.cards.publish(tx, [duplicate!.id, survivor!.id], await this.cards.askingTicketIds(tx, survivor!.id));
      return this.cards.get(survivor!.id, tx);
    });
  }

  /** A merged card back on its own, OPEN, with the asks first linked to it. Returns it. */
  async split(viewer: Viewer, id: string): Promise<FeatureRequest> {
    return this.db.transaction(async (tx) => {
      const seen = await this.cards.get(id, tx);
      ensure(checkSplitFeatureRequest(viewer, seen));
      // Both locked in id order, then looked at again: a merge or split meanwhile is seen.
      const [card, survivor] = await this.cards.lock(tx, id, seen.mergedIntoId!);
      ensure(checkSplitFeatureRequest(viewer, card!));
      if (card!.mergedIntoId !== survivor!.id) {
        throw new DomainError('FEATURE_REQUEST_CHANGED', 'Someone moved this request meanwhile. Read it again, then try again.');
      }
      await tx.query(`UPDATE feature_ask SET feature_request_id = $1 WHERE original_feature_request_id = $1 AND feature_request_id = $2`, [
        card!.id,
        survivor!.id,
      ]);
      await this.cards.update(tx, card!, null, { status: 'OPEN', merged_into_id: null });
      await this.cards.update(tx, survivor!, null, {});
      await this.cards.refreshTally(tx, [card!.id, survivor!.id]);
      await this.cards.recordEvent(tx, survivor!.id, viewer.id, 'SPLIT_OUT', { otherNumber: card!.number });
      await this.cards.recordEvent(tx, card!.id, viewer.id, 'SPLIT_OUT', { otherNumber: card!.number });
      await this.cards.publish(tx, [card!.id, survivor!.id], await this.cards.askingTicketIds(tx, card!.id));
      return this.cards.get(card!.id, tx);
    });
  }
}
