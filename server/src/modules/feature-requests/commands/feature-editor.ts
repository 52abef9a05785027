import {
  checkDecline,
  checkEditFeatureRequest,
  checkFeatureFields,
  checkFeatureOwner,
  checkFeatureStatusChange,
  FeatureEventKind,
  unknownPlaceholders,
} from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../clock.js';
import { DomainError, ensure } from '../../../common/domain-error.js';
import type { Viewer } from '../../../common/viewer.js';
import { isUuid } from '../../../db/errors.js';
import type { UpdateFeatureRequestInput } from '../dto/feature-request.inputs.js';
import type { FeatureRequest } from '../feature-request.entity.js';
import type { FeatureStore } from '../feature-store.js';
import type { FeatureAnnouncer } from './feature-announcer.js';

/** Product shapes a card: its words, tag, owner and status; declining may tell the customers (FR4). */
export class FeatureEditor {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly cards: FeatureStore,
    private readonly announcer: FeatureAnnouncer,
  ) {}

  async update(viewer: Viewer, input: UpdateFeatureRequestInput): Promise<FeatureRequest> {
    return this.db.transaction(async (tx) => {
      const [card] = await this.cards.lock(tx, input.id);
      ensure(checkEditFeatureRequest(viewer, card!));
      const sets: Record<string, unknown> = {};
      const changed: string[] = [];
      const next = {
        title: input.title != null ? input.title.trim() : card!.title,
        description: input.description != null ? input.description.trim() : card!.description,
        tag: input.tag ?? card!.tag,
      };
      ensure(checkFeatureFields(next));
      for (const [field, words] of [
        ['title', 'the title'],
        ['description', 'the description'],
        ['tag', 'the tag'],
      ] as const) {
        if (next[field] === card![field]) continue;
        sets[field] = next[field];
        changed.push(words);
      }
      if (input.ownerId !== undefined && input.ownerId !== card!.ownerId) {
        const [owner] = input.ownerId
          ? await tx.query(`SELECT id, roles, is_active AS "isActive" FROM app_user WHERE id = $1`, [
              isUuid(input.ownerId) ? input.ownerId : null,
            ])
          : [null];
        if (input.ownerId !== null && !owner) throw new DomainError('BAD_USER_INPUT', 'There is no such person.');
        ensure(checkFeatureOwner(owner ? { ...owner, trainerId: null, canTrain: false } : null));
        sets.owner_id = input.ownerId;
        changed.push('the owner');
      }
      const status = input.status && input.status !== card!.status ? input.status : null;
      const declineMessage = input.declineMessage?.trim() || null;
      if (status) {
        ensure(
          status === 'DECLINED'
            ? checkDecline(viewer, card!, declineMessage, declineMessage ? unknownPlaceholders(declineMessage) : [])
            : checkFeatureStatusChange(viewer, card!, status),
        );
        sets.status = status;
        if (status === 'DECLINED') sets.declined_at = this.clock.now();
        // Reopened: a "shipped" or "declined" message still going out would now be wrong. Who was
        // told stays recorded; nobody else is told.
        if (card!.announcementPending) sets.announcement_pending = false;
      }
      if (Object.keys(sets).length === 0) return card!;
      await this.cards.update(tx, card!, input.version, sets);
      if (changed.length > 0) await this.cards.recordEvent(tx, card!.id, viewer.id, FeatureEventKind.UPDATED, { fields: changed });
      if (status === 'DECLINED' && declineMessage) {
        const total = await this.announcer.begin(tx, card!.id, 'DECLINED', declineMessage, viewer.id);
        await this.cards.recordEvent(tx, card!.id, viewer.id, 'DECLINED', { customers: total });
      } else if (status) {
        await this.cards.recordEvent(tx, card!.id, viewer.id, 'STATUS_SET', { status });
      }
      await this.cards.publish(tx, [card!.id], await this.cards.askingTicketIds(tx, card!.id));
      return this.cards.get(card!.id, tx);
    });
  }
}
