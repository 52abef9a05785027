import type { EntityManager } from 'typeorm';
import type { Ticket } from './ticket.entity.js';

/** The timers' bookkeeping on the ticket row (F1-F4, W9, W10, R5): not fields of the entity. */
export interface TimerBookkeeping {
  nextTimerAt: Date | null;
  goalWarnedAt: Date | null;
  goalMissedAlertedAt: Date | null;
  followUpHandledReplyId: string | null;
}

/** What a change may set on a ticket row, by entity property. */
export type TicketChanges = Partial<TimerBookkeeping> &
  Partial<
    Pick<
      Ticket,
      | 'status'
      | 'group'
      | 'type'
      | 'assigneeId'
      | 'assignedById'
      | 'isManagerAssigned'
      | 'isComplex'
      | 'isFrustrated'
      | 'frustrationSuggestedAt'
      | 'frustrationTriggers'
      | 'frustrationSignals'
      | 'firstResponseAt'
      | 'responseDueAt'
      | 'lastCustomerMessageAt'
      | 'lastReplyAt'
      | 'followUpsSent'
      | 'followUpDueAt'
      | 'autoCloseAt'
      | 'closedAt'
      | 'askCount'
    >
  >;

/** Each settable property and its column, spelled out: no SQL is ever built from a caller's keys. */
const COLUMNS: { readonly [K in keyof Required<TicketChanges>]: string } = {
  status: 'status',
  askCount: 'ask_count',
  group: 'ticket_group',
  type: 'type',
  assigneeId: 'assignee_id',
  assignedById: 'assigned_by_id',
  isManagerAssigned: 'is_manager_assigned',
  isComplex: 'is_complex',
  isFrustrated: 'is_frustrated',
  frustrationSuggestedAt: 'frustration_suggested_at',
  frustrationTriggers: 'frustration_triggers',
  frustrationSignals: 'frustration_signals',
  firstResponseAt: 'first_response_at',
  responseDueAt: 'response_due_at',
  lastCustomerMessageAt: 'last_customer_message_at',
  lastReplyAt: 'last_reply_at',
  followUpsSent: 'follow_ups_sent',
  followUpDueAt: 'follow_up_due_at',
  autoCloseAt: 'auto_close_at',
  closedAt: 'closed_at',
  nextTimerAt: 'next_timer_at',
  goalWarnedAt: 'goal_warned_at',
  goalMissedAlertedAt: 'goal_missed_alerted_at',
  followUpHandledReplyId: 'follow_up_handled_reply_id',
};

/** A state the row must still be in for the change to apply (one UPDATE decides a race). */
export type TicketRowCondition = 'UNASSIGNED_AND_NOT_CLOSED' | 'NOT_FRUSTRATED';

const CONDITIONS: { readonly [K in TicketRowCondition]: string } = {
  UNASSIGNED_AND_NOT_CLOSED: `assignee_id IS NULL AND status <> 'CLOSED'`,
  NOT_FRUSTRATED: 'NOT is_frustrated',
};

export interface TicketRowOptions {
  /** Counts as a change of the ticket (updated_at, version); null for bookkeeping only. */
  touchedAt: Date | null;
  onlyIf?: TicketRowCondition;
}

/** The one way to write a ticket row; true when the row was changed (its condition held). */
export async function updateTicketRow(
  tx: EntityManager,
  ticketId: string,
  changes: TicketChanges,
  options: TicketRowOptions,
): Promise<boolean> {
  const keys = (Object.keys(COLUMNS) as (keyof TicketChanges)[]).filter((key) => changes[key] !== undefined);
  const params: unknown[] = [ticketId];
  const assignments = keys.map((key) => {
    params.push(changes[key]);
    return `${COLUMNS[key]} = $${params.length}`;
  });
  if (options.touchedAt) {
    params.push(options.touchedAt);
    assignments.push(`updated_at = $${params.length}`, 'version = version + 1');
  }
  if (assignments.length === 0) return false;
  const condition = options.onlyIf ? ` AND ${CONDITIONS[options.onlyIf]}` : '';
  const [, changed] = await tx.query(`UPDATE ticket SET ${assignments.join(', ')} WHERE id = $1${condition}`, params);
  return changed > 0;
}

/** A ticket's timers and their bookkeeping, all of them, as the sweeper stores them for a batch. */
export type StoredTimers = { id: string } & TimerBookkeeping & { followUpDueAt: Date | null; autoCloseAt: Date | null };

/** Stores the timers of many tickets in one statement (bookkeeping only: no version change). */
export async function updateTimerRows(tx: EntityManager, rows: readonly StoredTimers[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `UPDATE ticket t SET next_timer_at = u.next_timer_at, goal_warned_at = u.goal_warned_at,
            goal_missed_alerted_at = u.goal_missed_alerted_at, follow_up_handled_reply_id = u.follow_up_handled_reply_id,
            follow_up_due_at = u.follow_up_due_at, auto_close_at = u.auto_close_at
       FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::bigint[], $6::timestamptz[], $7::timestamptz[])
         AS u(id, next_timer_at, goal_warned_at, goal_missed_alerted_at, follow_up_handled_reply_id, follow_up_due_at, auto_close_at)
      WHERE t.id = u.id`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.nextTimerAt),
      rows.map((r) => r.goalWarnedAt),
      rows.map((r) => r.goalMissedAlertedAt),
      rows.map((r) => r.followUpHandledReplyId),
      rows.map((r) => r.followUpDueAt),
      rows.map((r) => r.autoCloseAt),
    ],
  );
}
