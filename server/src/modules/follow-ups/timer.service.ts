import { checkReplyBody, describeTimer, dueTimers, type TimerKind } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import { publishEvent, publishEvents } from '../../common/events.js';
import type { Logger } from '../../logger.js';
import type { NewNotification, NotificationService } from '../notifications/notification.service.js';
import { fillSavedReply } from '../saved-replies/fill-saved-reply.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { TeamSettings } from '../settings/team-settings.entity.js';
import type { TicketCloser } from '../tickets/commands/ticket-closer.js';
import type { TicketReplier } from '../tickets/commands/ticket-replier.js';
import { type TimerBookkeeping, updateTicketRow, updateTimerRows } from '../tickets/ticket-row.js';
import { pending, replyKey, type TimerPlanner, type TimerRow } from './timer-planner.js';

/** What every ticket of a batch shares. */
interface Batch {
  settings: TeamSettings;
  managers: string[];
}

type AlertKind = Exclude<TimerKind, 'AUTO_CLOSE'>;

interface Alert {
  notification: NewNotification & { recipientIds: string[] };
  changes: Partial<TimerBookkeeping>;
}

/** The row as it stands after an alert's changes (the batch plans each ticket's next timer from it). */
function withBookkeeping(row: TimerRow, changes: Partial<TimerBookkeeping>): TimerRow {
  return {
    ...row,
    goal_warned_at: changes.goalWarnedAt ?? row.goal_warned_at,
    goal_missed_alerted_at: changes.goalMissedAlertedAt ?? row.goal_missed_alerted_at,
    follow_up_handled_reply_id: changes.followUpHandledReplyId ?? row.follow_up_handled_reply_id,
  };
}

const POLL_MS = 1000;
const RETRY_FAILED_MS = 5 * 60_000;
/** Due tickets taken per transaction: one commit (one flush to disk) for up to this many. */
const BATCH = 100;

/**
 * The durable timers of F1-F4, W9, W10 and R5. Nothing is scheduled in memory: each ticket stores
 * when its next timer is due (`next_timer_at`), recomputed from the shared rules whenever the ticket
 * changes. Every instance sweeps due tickets in batches under row locks (SKIP LOCKED: instances
 * share the work), runs what is due and records it in the same transaction, so a timer fires once,
 * whatever restarts and however many instances there are. A batch reads the team settings and the
 * managers once; a ticket that fails is rolled back alone (a savepoint) and looked at again later.
 */
export class TimerService {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;
  private paused = false;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly planner: TimerPlanner,
    private readonly notifications: NotificationService,
    private readonly replier: TicketReplier,
    private readonly closer: TicketCloser,
    private readonly log: Logger,
  ) {}

  start(): void {
    const tick = () => {
      if (this.paused) return;
      this.running = this.runDue()
        .catch((error) => this.log.error({ err: error }, 'timer sweep failed'))
        .finally(() => {
          this.running = null;
          if (!this.paused) this.timer = setTimeout(tick, POLL_MS);
        });
    };
    this.timer = setTimeout(tick, POLL_MS);
  }

  /** Ends the background sweeps (shutdown): an ongoing sweep stops after its current batch. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.pause();
  }

  /** No more background sweeps; `runDue()` still works (tests drive time and sweeps themselves). */
  async pause(): Promise<void> {
    this.paused = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs every timer that is due now; returns how many tickets it looked at. */
  async runDue(): Promise<number> {
    let handled = 0;
    while (!this.stopped) {
      const looked = await this.db.transaction(async (tx) => {
        const due: { id: string }[] = await tx.query(
          `SELECT id FROM ticket WHERE next_timer_at <= $1 ORDER BY next_timer_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [this.clock.now(), BATCH],
        );
        if (due.length === 0) return 0;
        await this.sweep(
          tx,
          due.map((d) => d.id),
          {
            settings: await this.settings.get(tx),
            managers: await this.notifications.managerIds(tx),
          },
        );
        return due.length;
      });
      if (looked === 0) break;
      handled += looked;
    }
    return handled;
  }

  /**
   * One batch: the tickets are loaded in one statement and planned here with the shared rules.
   * Alerts and reminders (most of what is due) are written for the whole batch in a few set-based
   * statements; a ticket that sends a reply or closes goes through those commands on its own. If the
   * set-based write fails, each of its tickets is tried on its own, so one bad row holds up nobody.
   */
  private async sweep(tx: EntityManager, ids: string[], batch: Batch): Promise<void> {
    const now = this.clock.now();
    const rows = await this.planner.loadMany(tx, ids);
    const due = rows.map((row) => ({ row, kinds: dueTimers(pending(this.planner.plan(row, batch.settings), row), now) }));
    const alone = due.filter(({ kinds }) => kinds.some((kind) => this.runsCommand(kind, batch.settings)));
    const together = due.filter((ticket) => !alone.includes(ticket));
    if (together.length && !(await this.fireTogether(tx, together, batch, now))) alone.push(...together);
    for (const { row } of alone) await this.fireAlone(tx, row.id, batch);
  }

  /** A timer that runs a command of its own (a reply, a close) rather than an alert. */
  private runsCommand(kind: TimerKind, settings: TeamSettings): boolean {
    return kind === 'AUTO_CLOSE' || (kind === 'FOLLOW_UP' && settings.followUpMode === 'AUTO' && settings.followUpSavedReplyId !== null);
  }

  private async fireTogether(
    tx: EntityManager,
    tickets: { row: TimerRow; kinds: TimerKind[] }[],
    batch: Batch,
    now: Date,
  ): Promise<boolean> {
    await tx.query('SAVEPOINT timers');
    try {
      const notifications: Alert['notification'][] = [];
      const stored = tickets.map(({ row, kinds }) => {
        let after = row;
        for (const kind of kinds) {
          const alert = this.alert(kind as AlertKind, after, batch, now);
          notifications.push(alert.notification);
          after = withBookkeeping(after, alert.changes);
        }
        return this.planner.stored(after, batch.settings);
      });
      await this.notifications.notifyMany(tx, notifications);
      await updateTimerRows(tx, stored);
      await publishEvents(
        tx,
        tickets.filter(({ kinds }) => kinds.length).map(({ row }) => ({ kind: 'ticket', ticketId: row.id })),
      );
      await tx.query('RELEASE SAVEPOINT timers');
      return true;
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT timers');
      this.log.warn({ err: error, tickets: tickets.length }, 'a batch of timers failed; trying its tickets one by one');
      return false;
    }
  }

  private async fireAlone(tx: EntityManager, ticketId: string, batch: Batch): Promise<void> {
    await tx.query('SAVEPOINT timer');
    try {
      await this.fire(tx, ticketId, batch);
      await tx.query('RELEASE SAVEPOINT timer');
    } catch (error) {
      // One ticket that cannot be handled must not hold up every other: look again later.
      await tx.query('ROLLBACK TO SAVEPOINT timer');
      this.log.error({ err: error, ticket: ticketId }, 'a timer failed; it is tried again in 5 minutes');
      await updateTicketRow(tx, ticketId, { nextTimerAt: new Date(this.clock.now().getTime() + RETRY_FAILED_MS) }, { touchedAt: null });
    }
  }

  private async fire(tx: EntityManager, ticketId: string, batch: Batch): Promise<void> {
    const now = this.clock.now();
    const row = await this.planner.load(tx, ticketId);
    if (!row) return;
    const kinds = dueTimers(pending(this.planner.plan(row, batch.settings), row), now);
    for (const kind of kinds) await this.run(tx, kind, row, batch, now);
    await this.planner.refresh(tx, ticketId, batch.settings);
    if (kinds.length) await publishEvent(tx, { kind: 'ticket', ticketId });
  }

  private async run(tx: EntityManager, kind: TimerKind, row: TimerRow, batch: Batch, now: Date): Promise<void> {
    if (kind === 'AUTO_CLOSE') {
      await this.closer.closeForSilence(tx, row.id, batch.settings.closingMessage);
      return;
    }
    const text = kind === 'FOLLOW_UP' && this.runsCommand(kind, batch.settings) ? await this.followUpText(tx, row, batch.settings) : null;
    if (text) {
      await this.replier.sendSystemReply(tx, row.id, text, 'FOLLOW_UP', batch.settings.followUpSavedReplyId);
      await updateTicketRow(tx, row.id, { followUpHandledReplyId: replyKey(row) }, { touchedAt: null });
      return;
    }
    const { notification, changes } = this.alert(kind, row, batch, now);
    await this.notifications.notify(tx, notification.recipientIds, notification);
    await updateTicketRow(tx, row.id, changes, { touchedAt: null });
  }

  /** What an alert (R5) or a follow-up reminder (F1) tells whom, and what it records on the ticket. */
  private alert(kind: AlertKind, row: TimerRow, { managers }: Batch, now: Date): Alert {
    const ref = `#${row.number} “${row.subject}”`;
    const owners = row.assignee_id ? [row.assignee_id] : managers;
    const base = { ticketId: row.id, actorId: null };
    switch (kind) {
      case 'GOAL_WARNING':
        return {
          notification: {
            ...base,
            kind,
            recipientIds: owners,
            body: `${ref} is close to its first-response goal: ${describeTimer('GOAL_MISSED', row.first_response_due_at, now)} (R5).`,
          },
          changes: { goalWarnedAt: now },
        };
      case 'GOAL_MISSED':
        return {
          notification: {
            ...base,
            kind,
            recipientIds: [...managers, ...(row.assignee_id ? [row.assignee_id] : [])],
            body: `${ref} missed its first-response goal (R5).`,
          },
          // A warning that is late is no use after the alert: it counts as given.
          changes: { goalMissedAlertedAt: now, goalWarnedAt: row.goal_warned_at ?? now },
        };
      case 'FOLLOW_UP':
        return {
          notification: {
            ...base,
            kind: 'FOLLOW_UP_DUE',
            recipientIds: owners,
            body: `Follow up on ${ref}: the customer has not answered (F1).`,
          },
          // Handled for this reply, by its id: a later change of the settings, or of when its mail
          // went out, does not remind (or send) again.
          changes: { followUpHandledReplyId: replyKey(row) },
        };
    }
  }

  /** AUTO mode: the team's follow-up saved reply for this ticket, if it passes W7 like any reply. */
  private async followUpText(tx: EntityManager, row: TimerRow, settings: TeamSettings): Promise<string | null> {
    if (!settings.followUpSavedReplyId) return null;
    const text = await fillSavedReply(tx, settings.followUpSavedReplyId, row.id, 'The support team');
    if (text === null) return null;
    if (!checkReplyBody(text).ok) {
      this.log.warn({ ticket: row.number }, 'the follow-up saved reply does not pass the reply rules; reminding instead');
      return null;
    }
    return text;
  }
}
