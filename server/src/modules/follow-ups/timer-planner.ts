import { isHighValue, isWaitingForReplyMail, timerPlan, type TimerPlan } from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import type { SettingsService } from '../settings/settings.service.js';
import type { TeamSettings } from '../settings/team-settings.entity.js';
import type { Ticket } from '../tickets/ticket.entity.js';
import { type StoredTimers, updateTimerRows } from '../tickets/ticket-row.js';

export interface TimerRow {
  id: string;
  number: number;
  subject: string;
  status: 'OPEN' | 'PENDING' | 'CLOSED';
  is_complex: boolean;
  created_at: Date;
  first_response_due_at: Date;
  first_response_at: Date | null;
  last_reply_at: Date | null;
  last_customer_message_at: Date | null;
  follow_ups_sent: number;
  assignee_id: string | null;
  goal_warned_at: Date | null;
  goal_missed_alerted_at: Date | null;
  /** F1: the reply (its id, see `replyKey`) whose follow-up was handled: reminded or sent. */
  follow_up_handled_reply_id: string | null;
  plan: 'FREE' | 'PREMIUM';
  monthly_revenue_cents: string;
  /** The latest reply's message id; null when the ticket has none (a reply time with no message: imported data). */
  last_reply_id: string | null;
  last_reply_seen_at: Date | null;
  /** F1/F4: when the latest reply's mail went out; null while it has not (see `TimerFacts.lastReplyMailedAt`). */
  last_reply_mailed_at: Date | null;
}

// The latest reply and its latest mail. F1/F4 count from when the customer could read the reply:
// its mail's sending; nothing while the mail has not gone out (no SMTP server, the server down or
// refusing it). A reply without any mail (recorded before mail existed) counts from when it was written.
/** When the latest reply's mail went out, as SQL over a ticket `t` (the ticket page reads it in its statement). */
export const REPLY_MAILED_AT_SQL = {
  get joins() {
    return LATEST_REPLY_MAIL;
  },
  get value() {
    return `CASE WHEN t.status = 'PENDING' AND t.last_reply_at IS NOT NULL THEN ${MAILED_AT} END`;
  },
};

const LATEST_REPLY_MAIL = `
  LEFT JOIN LATERAL (SELECT m.id, m.seen_at, m.created_at FROM ticket_message m WHERE m.ticket_id = t.id AND m.kind = 'REPLY' ORDER BY m.id DESC LIMIT 1) r ON true
  LEFT JOIN LATERAL (SELECT o.status, o.sent_at FROM outbox_mail o WHERE o.message_id = r.id ORDER BY o.created_at DESC LIMIT 1) o ON true`;
const MAILED_AT = `CASE WHEN o.status IS NULL THEN t.last_reply_at WHEN o.status = 'SENT' THEN o.sent_at END`;

/** Computes a ticket's timers from the shared rules and stores them with the ticket. */
export class TimerPlanner {
  constructor(private readonly settings: SettingsService) {}

  /**
   * Stores the ticket's timers as the rules see them now (for the countdowns and the Follow-up due
   * view) and when the sweeper must look at it next. Call inside the transaction that changed it.
   */
  async refresh(tx: EntityManager, ticketId: string, knownSettings?: TeamSettings): Promise<void> {
    await this.refreshMany(tx, [ticketId], knownSettings);
  }

  /** `refresh` for many tickets: one statement reads them, one stores their timers. */
  async refreshMany(tx: EntityManager, ticketIds: readonly string[], knownSettings?: TeamSettings): Promise<void> {
    const rows = await this.loadMany(tx, ticketIds);
    if (!rows.length) return;
    const settings = knownSettings ?? (await this.settings.get(tx));
    await updateTimerRows(
      tx,
      rows.map((row) => this.stored(row, settings)),
    );
  }

  /** The timers to store with a ticket in this state: the countdowns and when to look at it next. */
  stored(row: TimerRow, settings: TeamSettings): StoredTimers {
    const plan = this.plan(row, settings);
    return {
      id: row.id,
      followUpDueAt: plan.followUpDueAt,
      autoCloseAt: plan.autoCloseAt,
      nextTimerAt: earliest(pending(plan, row)),
      goalWarnedAt: row.goal_warned_at,
      goalMissedAlertedAt: row.goal_missed_alerted_at,
      followUpHandledReplyId: row.follow_up_handled_reply_id,
    };
  }

  plan(row: TimerRow, settings: TeamSettings): TimerPlan {
    return timerPlan(
      {
        status: row.status,
        isComplex: row.is_complex,
        isHighValue: isHighValue({ plan: row.plan, monthlyRevenueCents: Number(row.monthly_revenue_cents) }, settings),
        createdAt: row.created_at,
        firstResponseDueAt: row.first_response_due_at,
        firstResponseAt: row.first_response_at,
        lastReplyAt: row.last_reply_at,
        lastReplyMailedAt: row.last_reply_mailed_at,
        lastReplySeenAt: row.last_reply_seen_at,
        lastCustomerMessageAt: row.last_customer_message_at,
        followUpsSent: row.follow_ups_sent,
      },
      settings,
    );
  }

  async load(tx: EntityManager, ticketId: string): Promise<TimerRow | null> {
    return (await this.loadMany(tx, [ticketId]))[0] ?? null;
  }

  /** What the rules need of each ticket, locked for the caller's transaction; one statement for all. */
  async loadMany(tx: EntityManager, ticketIds: readonly string[]): Promise<TimerRow[]> {
    return tx.query(
      `SELECT t.id, t.number, t.subject, t.status, t.is_complex, t.created_at, t.first_response_due_at, t.first_response_at,
              t.last_reply_at, t.last_customer_message_at, t.follow_ups_sent, t.assignee_id, t.goal_warned_at,
              t.goal_missed_alerted_at, t.follow_up_handled_reply_id, c.plan, c.monthly_revenue_cents,
              r.id AS last_reply_id, r.seen_at AS last_reply_seen_at, ${MAILED_AT} AS last_reply_mailed_at
         FROM ticket t JOIN customer c ON c.id = t.customer_id
         ${LATEST_REPLY_MAIL}
        WHERE t.id = ANY($1::uuid[]) FOR UPDATE OF t`,
      [ticketIds],
    );
  }

  /**
   * F1/F4: the ticket waits on the customer but its latest reply's mail has not gone out (no SMTP
   * server, or the server down or refusing it): no follow-up or closing runs until it is sent.
   */
  async waitsForMail(manager: EntityManager, ticket: Ticket): Promise<boolean> {
    const mailedAt = await this.replyMailedAt(manager, [ticket.id]);
    return isWaitingForReplyMail({ ...ticket, lastReplyMailedAt: mailedAt.get(ticket.id) ?? null });
  }

  /** When the latest reply's mail of each ticket went out (null: not yet); one statement for all. */
  async replyMailedAt(manager: EntityManager, ticketIds: readonly string[]): Promise<Map<string, Date | null>> {
    const rows: { id: string; last_reply_mailed_at: Date | null }[] = await manager.query(
      `SELECT t.id, ${MAILED_AT} AS last_reply_mailed_at FROM ticket t ${LATEST_REPLY_MAIL}
        WHERE t.id = ANY($1::uuid[]) AND t.status = 'PENDING' AND t.last_reply_at IS NOT NULL`,
      [ticketIds],
    );
    return new Map(rows.map((r) => [r.id, r.last_reply_mailed_at]));
  }
}

/**
 * F1: what a handled follow-up is recorded against: the latest reply's id. Never a time: the time a
 * follow-up counts from is not the reply's (its mail goes out after it was written, and earlier
 * releases counted from the writing), so a follow-up handled "for a time" came again once the mail
 * went out. 0 stands for a ticket with a reply time but no reply message (imported data).
 */
export function replyKey(row: Pick<TimerRow, 'last_reply_id'>): string {
  return row.last_reply_id ?? '0';
}

/**
 * The timers not yet run: one-off alerts that went out, and a follow-up already handled for the
 * latest reply (reminded or sent, F1), drop out.
 */
export function pending(plan: TimerPlan, row: TimerRow): TimerPlan {
  const followUpHandled = plan.followUpDueAt !== null && row.follow_up_handled_reply_id === replyKey(row);
  return {
    goalWarningAt: row.goal_warned_at ? null : plan.goalWarningAt,
    goalMissedAt: row.goal_missed_alerted_at ? null : plan.goalMissedAt,
    followUpDueAt: followUpHandled ? null : plan.followUpDueAt,
    autoCloseAt: plan.autoCloseAt,
  };
}

function earliest(plan: TimerPlan): Date | null {
  const times = [plan.goalWarningAt, plan.goalMissedAt, plan.followUpDueAt, plan.autoCloseAt].filter((t): t is Date => t !== null);
  return times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : null;
}
