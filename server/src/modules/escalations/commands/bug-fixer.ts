import { checkFixMessage, checkMarkFixed, fixPreview, unknownPlaceholders, type FixPreview } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../clock.js';
import { ensure } from '../../../common/domain-error.js';
import type { Viewer } from '../../../common/viewer.js';
import type { SavedReplyService } from '../../saved-replies/saved-reply.service.js';
import type { Bug } from '../bug.entity.js';
import type { BugStore } from '../bug-store.js';
import type { MarkBugFixedInput } from '../dto/escalation.inputs.js';
import type { BugEditor } from './bug-editor.js';

export interface FixProgress {
  sent: number;
  total: number;
}

/** E3: "Mark fixed and tell N customers": the preview, the one action, its progress. */
export class BugFixer {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly bugs: BugStore,
    private readonly editor: BugEditor,
    private readonly savedReplies: SavedReplyService,
  ) {}

  /** Who the fix message would reach now (tickets linked and not told yet). */
  async preview(bugId: string): Promise<FixPreview> {
    const rows: { customer_id: string; status: string; told: boolean }[] = await this.db.query(
      `SELECT l.customer_id, t.status, l.fix_announced_at IS NOT NULL AS told
         FROM ticket_bug_link l JOIN ticket t ON t.id = l.ticket_id WHERE l.bug_id = $1`,
      [bugId],
    );
    return fixPreview(rows.map((r) => ({ customerId: r.customer_id, ticketStatus: r.status, isTold: r.told })));
  }

  /** How far the announcement of the latest fix has come. */
  async progress(bug: Bug): Promise<FixProgress | null> {
    if (!bug.fixedAt || bug.status !== 'FIXED') return null;
    const [row] = await this.db.query(`SELECT count(*)::int AS sent FROM ticket_bug_link WHERE bug_id = $1 AND fix_announced_at >= $2`, [
      bug.id,
      bug.fixedAt,
    ]);
    return { sent: row.sent, total: Math.max(bug.fixTotal, row.sent) };
  }

  /**
   * Marks the bug fixed and starts telling every linked ticket (one reply each, through the outbox,
   * by the announcer). The same message again on a bug it already fixed is the same click twice (or
   * a retry): nothing new happens.
   */
  async markFixed(viewer: Viewer, input: MarkBugFixedInput): Promise<Bug> {
    const message = input.message.trim();
    return this.db.transaction(async (tx) => {
      const bug = await this.bugs.lock(tx, input.id);
      if (bug.status === 'FIXED' && bug.fixMessage === message) return bug;
      ensure(checkMarkFixed(viewer, bug));
      ensure(checkFixMessage(message, unknownPlaceholders(message)));
      const savedReplyId = await this.savedReplies.activeSavedReplyId(tx, input.savedReplyId, message);
      const now = this.clock.now();
      const [{ total }] = await tx.query(
        `SELECT count(*)::int AS total FROM ticket_bug_link WHERE bug_id = $1 AND fix_announced_at IS NULL`,
        [bug.id],
      );
      await this.bugs.update(tx, bug, null, {
        status: 'FIXED',
        fixed_at: now,
        fixed_by_id: viewer.id,
        fix_message: message,
        fix_total: total,
        fix_pending: total > 0,
      });
      if (savedReplyId) await this.savedReplies.countUse(tx, savedReplyId);
      await this.bugs.recordEvent(tx, bug.id, viewer.id, 'FIX_ANNOUNCED', { tickets: total });
      await this.editor.recordOnTickets(tx, bug, viewer.id, 'FIXED');
      await this.bugs.publish(tx, [bug.id]);
      return this.bugs.get(bug.id, tx);
    });
  }
}
