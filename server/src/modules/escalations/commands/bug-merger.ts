import { checkMergeBugs } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../clock.js';
import { ensure } from '../../../common/domain-error.js';
import type { Viewer } from '../../../common/viewer.js';
import type { Bug } from '../bug.entity.js';
import type { BugStore } from '../bug-store.js';

/** Duplicates: one bug becomes the other's, with its tickets; both keep their histories. */
export class BugMerger {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly bugs: BugStore,
  ) {}

  /** Moves every link of `duplicateId` to `originalId` (each customer counted once there) and points the duplicate to it. */
  async merge(viewer: Viewer, duplicateId: string, originalId: string): Promise<Bug> {
    return this.db.transaction(async (tx) => {
      // Both locked, always in the same order: two merges of the same pair cannot deadlock.
      const [first, second] = [duplicateId, originalId].sort();
      const locked = new Map<string, Bug>();
      for (const id of new Set([first!, second!])) locked.set(id, await this.bugs.lock(tx, id));
      const duplicate = locked.get(duplicateId)!;
      const original = locked.get(originalId) ?? duplicate;
      ensure(checkMergeBugs(viewer, duplicate, original));
      const moved: { ticket_id: string }[] = await tx
        .query(`UPDATE ticket_bug_link SET bug_id = $2 WHERE bug_id = $1 RETURNING ticket_id`, [duplicate.id, original.id])
        .then(([rows]) => rows);
      await this.bugs.update(tx, duplicate, null, {
        status: 'DUPLICATE',
        duplicate_of_id: original.id,
        duplicate_at: this.clock.now(),
        fix_pending: false,
      });
      await this.bugs.update(tx, original, null, {});
      await this.bugs.refreshStats(tx, [duplicate.id, original.id]);
      await this.bugs.recordEvent(tx, duplicate.id, viewer.id, 'MERGED_INTO', { otherBugNumber: original.number });
      await this.bugs.recordEvent(tx, original.id, viewer.id, 'MERGED_FROM', { otherBugNumber: duplicate.number });
      await tx.query(
        `INSERT INTO ticket_message (ticket_id, kind, author_id, body, event, data, created_at)
         SELECT id, 'EVENT', $2, '', 'BUG_LINKED', $3, $4 FROM unnest($1::uuid[]) AS id`,
        [moved.map((m) => m.ticket_id), viewer.id, { bugNumber: original.number }, this.clock.now()],
      );
      await this.bugs.publish(
        tx,
        [duplicate.id, original.id],
        moved.map((m) => m.ticket_id),
      );
      return this.bugs.get(original.id, tx);
    });
  }
}
