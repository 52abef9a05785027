import {
  bugReference,
  bugStatusLabel,
  checkBugAssignee,
  checkBugLink,
  checkBugQuestion,
  checkBugStatusChange,
  checkEditBug,
  checkEscalationComplete,
  type BugStatus,
  type EscalationFields,
} from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../../clock.js';
import { DomainError, ensure } from '../../../common/domain-error.js';
import type { Viewer } from '../../../common/viewer.js';
import { isUuid } from '../../../db/errors.js';
import type { NotificationService } from '../../notifications/notification.service.js';
import type { Bug } from '../bug.entity.js';
import type { BugStore } from '../bug-store.js';
import type { SetBugStatusInput, UpdateBugInput } from '../dto/escalation.inputs.js';
import { bugPath } from './bug-escalator.js';

/** The column that keeps when a bug last entered each status. */
const STATUS_COLUMN: Partial<Record<BugStatus, string>> = {
  ACKNOWLEDGED: 'acknowledged_at',
  IN_PROGRESS: 'in_progress_at',
  NEEDS_INFO: 'needs_info_at',
  FIXED: 'fixed_at',
  WONT_FIX: 'wont_fix_at',
  DUPLICATE: 'duplicate_at',
};

/** What engineers (and support managers) change on a bug: its fields, engineer, status, questions. */
export class BugEditor {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly bugs: BugStore,
    private readonly notifications: NotificationService,
  ) {}

  private change(bugId: string, work: (tx: EntityManager, bug: Bug) => Promise<void>): Promise<Bug> {
    return this.db.transaction(async (tx) => {
      const bug = await this.bugs.lock(tx, bugId);
      await work(tx, bug);
      await this.bugs.publish(tx, [bug.id]);
      return this.bugs.get(bug.id, tx);
    });
  }

  async update(viewer: Viewer, input: UpdateBugInput): Promise<Bug> {
    return this.change(input.id, async (tx, bug) => {
      ensure(checkEditBug(viewer, bug));
      const next: EscalationFields = {
        title: input.title?.trim() ?? bug.title,
        stepsToReproduce: input.stepsToReproduce?.trim() ?? bug.stepsToReproduce,
        expectedResult: input.expectedResult?.trim() ?? bug.expectedResult,
        actualResult: input.actualResult?.trim() ?? bug.actualResult,
        environment: input.environment?.trim() ?? bug.environment,
        url: input.url === undefined || input.url === null ? bug.url : input.url.trim() || null,
        usersAffected: Math.max(1, bug.usersAffected),
        severity: input.severity ?? bug.severity,
      };
      // The same E1 rule as escalating: an edit cannot empty a field engineers need.
      ensure(checkEscalationComplete(next));
      const trackerUrl = input.trackerUrl === undefined || input.trackerUrl === null ? bug.trackerUrl : input.trackerUrl.trim() || null;
      ensure(checkBugLink(trackerUrl, 'The tracker link'));
      const columns: Record<string, [unknown, unknown, string]> = {
        title: [next.title, bug.title, 'title'],
        steps_to_reproduce: [next.stepsToReproduce, bug.stepsToReproduce, 'steps to reproduce'],
        expected_result: [next.expectedResult, bug.expectedResult, 'expected result'],
        actual_result: [next.actualResult, bug.actualResult, 'actual result'],
        environment: [next.environment, bug.environment, 'environment'],
        url: [next.url, bug.url, 'URL'],
        tracker_url: [trackerUrl, bug.trackerUrl, 'tracker link'],
      };
      const sets: Record<string, unknown> = {};
      const fields: string[] = [];
      for (const [column, [value, before, label]] of Object.entries(columns)) {
        if (value !== before) {
          sets[column] = value;
          fields.push(label);
        }
      }
      if (next.severity !== bug.severity) sets.severity = next.severity;
      await this.bugs.update(tx, bug, input.version, sets);
      if (fields.length > 0) await this.bugs.recordEvent(tx, bug.id, viewer.id, 'UPDATED', { fields });
      if (next.severity !== bug.severity) await this.bugs.recordEvent(tx, bug.id, viewer.id, 'SEVERITY_SET', { severity: next.severity! });
    });
  }

  /** The engineer working on it (or nobody); they are notified. */
  async assign(viewer: Viewer, bugId: string, engineerId: string | null, version: number): Promise<Bug> {
    return this.change(bugId, async (tx, bug) => {
      ensure(checkEditBug(viewer, bug));
      const [engineer] = engineerId
        ? await tx.query(`SELECT id, name, roles, is_active AS "isActive" FROM app_user WHERE id = $1`, [
            isUuid(engineerId) ? engineerId : null,
          ])
        : [null];
      if (engineerId && !engineer) throw new DomainError('BAD_USER_INPUT', 'There is no such person.');
      ensure(checkBugAssignee(engineer ? { ...engineer, trainerId: null, graduatedAt: null } : null));
      await this.bugs.update(tx, bug, version, { engineer_id: engineer?.id ?? null });
      await this.bugs.recordEvent(tx, bug.id, viewer.id, 'ASSIGNED', { engineerName: engineer?.name ?? null });
      if (engineer) {
        await this.notifications.notify(tx, [engineer.id], {
          kind: 'BUG_ASSIGNED',
          ticketId: null,
          actorId: viewer.id,
          body: `${viewer.name} assigned ${bugReference(bug.number)} “${bug.title}” to you.`,
          path: bugPath(bug.id),
        });
      }
    });
  }

  async setStatus(viewer: Viewer, input: SetBugStatusInput): Promise<Bug> {
    return this.change(input.id, async (tx, bug) => {
      ensure(checkBugStatusChange(viewer, bug, input.status, input.question));
      if (input.status === bug.status) {
        // Asked again (another question while it needs info), or a repeated click: no new status.
        await this.bugs.update(tx, bug, input.version, {});
      } else {
        await this.enterStatus(tx, viewer, bug, input.version, input.status);
      }
      if (input.status === 'NEEDS_INFO') await this.ask(tx, viewer, bug, input.question!.trim());
    });
  }

  /** NEEDS_INFO with the question (or another question while it needs info). */
  async askForInfo(viewer: Viewer, bugId: string, question: string, version: number): Promise<Bug> {
    const input: SetBugStatusInput = { id: bugId, version, status: 'NEEDS_INFO', question };
    return this.setStatus(viewer, input);
  }

  private async enterStatus(tx: EntityManager, viewer: Viewer, bug: Bug, version: number, status: BugStatus): Promise<void> {
    const column = STATUS_COLUMN[status];
    // Leaving FIXED (a regression) stops an announcement still under way.
    await this.bugs.update(tx, bug, version, { status, ...(column ? { [column]: this.clock.now() } : {}), fix_pending: false });
    await this.bugs.recordEvent(tx, bug.id, viewer.id, 'STATUS_SET', { status });
    await this.recordOnTickets(tx, bug, viewer.id, status);
  }

  /** Every status change shows in every linked ticket's timeline. */
  async recordOnTickets(tx: EntityManager, bug: Bug, actorId: string, status: BugStatus): Promise<void> {
    const rows: { ticket_id: string }[] = await tx.query(
      `INSERT INTO ticket_message (ticket_id, kind, author_id, body, event, data, created_at)
       SELECT l.ticket_id, 'EVENT', $2, '', 'BUG_STATUS_SET', $3, $4 FROM ticket_bug_link l WHERE l.bug_id = $1
       RETURNING ticket_id`,
      [bug.id, actorId, { bugNumber: bug.number, bugStatus: status }, this.clock.now()],
    );
    await this.bugs.publish(tx, [], [...new Set(rows.map((r) => r.ticket_id))]);
  }

  /**
   * The question lands as an internal note on every linked ticket, and the agents who escalated or
   * linked them and the tickets' assignees are notified once each.
   */
  private async ask(tx: EntityManager, viewer: Viewer, bug: Bug, question: string): Promise<void> {
    ensure(checkBugQuestion(question));
    await this.bugs.recordEvent(tx, bug.id, viewer.id, 'QUESTION_ASKED', { question });
    await tx.query(
      `INSERT INTO ticket_message (ticket_id, kind, author_id, body, mentions, created_at)
       SELECT l.ticket_id, 'NOTE', $2, $3, '{}', $4 FROM ticket_bug_link l WHERE l.bug_id = $1`,
      [
        bug.id,
        viewer.id,
        `${bugReference(bug.number)} needs more information (${bugStatusLabel.NEEDS_INFO}): ${question}`,
        this.clock.now(),
      ],
    );
    const people: { id: string }[] = await tx.query(
      `SELECT DISTINCT p.id FROM (
         SELECT l.linked_by_id AS id FROM ticket_bug_link l WHERE l.bug_id = $1
         UNION SELECT t.assignee_id FROM ticket_bug_link l JOIN ticket t ON t.id = l.ticket_id WHERE l.bug_id = $1
         UNION SELECT $2::uuid) p JOIN app_user u ON u.id = p.id AND u.is_active`,
      [bug.id, bug.escalatedById],
    );
    await this.notifications.notify(
      tx,
      people.map((p) => p.id),
      {
        kind: 'BUG_NEEDS_INFO',
        ticketId: null,
        actorId: viewer.id,
        body: `${viewer.name} needs more information on ${bugReference(bug.number)} “${bug.title}”: ${question.slice(0, 200)}`,
        path: bugPath(bug.id),
      },
    );
  }
}
