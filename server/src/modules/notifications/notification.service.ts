import { notificationsSettledBy, type NotificationDone, type NotificationKind } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import { publishEvent, publishEvents } from '../../common/events.js';
import { Notification } from './notification.entity.js';

export interface NewNotification {
  kind: NotificationKind;
  ticketId: string | null;
  actorId: string | null;
  body: string;
  /** Where it leads when not to its ticket (a bug's page). */
  path?: string | null;
}

export class NotificationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Notifies each recipient (never the actor) within the caller's transaction, live on commit. */
  async notify(tx: EntityManager, recipientIds: readonly string[], notification: NewNotification): Promise<void> {
    await this.notifyMany(tx, [{ ...notification, recipientIds }]);
  }

  /** Several notifications (a batch of timers) in one INSERT and one NOTIFY statement. */
  async notifyMany(tx: EntityManager, notifications: readonly (NewNotification & { recipientIds: readonly string[] })[]): Promise<void> {
    const rows = notifications.flatMap((n) =>
      [...new Set(n.recipientIds)].filter((id) => id !== n.actorId).map((recipientId) => ({ ...n, recipientId })),
    );
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO notification (recipient_id, kind, ticket_id, actor_id, body, path, created_at)
       SELECT recipient, kind, ticket, actor, body, path, $7
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[]) AS n(recipient, kind, ticket, actor, body, path)`,
      [
        rows.map((r) => r.recipientId),
        rows.map((r) => r.kind),
        rows.map((r) => r.ticketId),
        rows.map((r) => r.actorId),
        rows.map((r) => r.body),
        rows.map((r) => r.path ?? null),
        this.clock.now(),
      ],
    );
    const recipients = [...new Set(rows.map((r) => r.recipientId))];
    await publishEvents(
      tx,
      recipients.map((userId) => ({ kind: 'notifications', userId })),
    );
  }

  /**
   * The one place notifications become done: when the thing they point to is done (see
   * `notificationsSettledBy`), within the caller's transaction. Done ones count as read and leave
   * the bell of everyone who had them, live on commit.
   */
  async settle(tx: EntityManager, done: NotificationDone): Promise<void> {
    const settled = notificationsSettledBy(done);
    const now = this.clock.now();
    const rows: { recipient_id: string }[] = await tx
      .query(
        `UPDATE notification SET done_at = $5, read_at = coalesce(read_at, $5)
        WHERE ticket_id = $1 AND kind = ANY($2::text[]) AND done_at IS NULL
          AND ($3::uuid IS NULL OR actor_id = $3) AND ($4::uuid IS NULL OR recipient_id = $4)
        RETURNING recipient_id`,
        [settled.ticketId, settled.kinds, settled.actorId, settled.recipientId, now],
      )
      .then(([changed]) => changed);
    await publishEvents(
      tx,
      [...new Set(rows.map((r) => r.recipient_id))].map((userId) => ({ kind: 'notifications', userId })),
    );
  }

  /** Active support managers: the people alerted about frustrated customers and W6 reviews. */
  async managerIds(tx: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(`SELECT id FROM app_user WHERE is_active AND 'MANAGER' = ANY(roles)`);
    return rows.map((r) => r.id);
  }

  /** Active engineers: the people a new bug reaches (E2). */
  async engineerIds(tx: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(`SELECT id FROM app_user WHERE is_active AND 'ENGINEER' = ANY(roles)`);
    return rows.map((r) => r.id);
  }

  /** Newest first, a page at a time; done ones only when asked for. */
  async list(
    userId: string,
    first: number,
    after: string | null | undefined,
    unreadOnly: boolean,
    includeDone = false,
  ): Promise<ConnectionShape<Notification>> {
    const qb = this.db.getRepository(Notification).createQueryBuilder('n').where('n.recipient_id = :userId', { userId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    if (!includeDone) qb.andWhere('n.done_at IS NULL');
    if (after) {
      const [id] = decodeCursor(after, ['bigint']);
      qb.andWhere('n.id < :id', { id: String(id) });
    }
    const rows = await qb
      .orderBy('n.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, (n) => [n.id]);
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS count FROM notification WHERE recipient_id = $1 AND read_at IS NULL`, [
      userId,
    ]);
    return row.count;
  }

  /** Marks the given notifications (or all) of this person read; returns how many changed. */
  async markRead(userId: string, ids: readonly string[] | null | undefined): Promise<number> {
    const now = this.clock.now();
    const numericIds = (ids ?? []).filter((id) => /^\d{1,18}$/.test(id));
    const [, count] =
      ids == null
        ? await this.db.query(`UPDATE notification SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL`, [userId, now])
        : await this.db.query(
            `UPDATE notification SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL AND id = ANY($3::bigint[])`,
            [userId, now, numericIds],
          );
    if (count > 0) await publishEvent(this.db, { kind: 'notifications', userId });
    return count;
  }
}
