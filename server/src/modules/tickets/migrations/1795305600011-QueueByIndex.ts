import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The queue's order (R4/R5) read straight from an index: frustrated customers first, then the
 * least time left, each part in its own partial index on exactly the order's key, so the first
 * page and the hundredth cost the same at any size.
 */
export class QueueByIndex1795305600011 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX ticket_queue_frustrated ON ticket ((coalesce(response_due_at, 'infinity'::timestamptz)), id)
        WHERE status <> 'CLOSED' AND is_frustrated`,
    );
    await db.query(
      `CREATE INDEX ticket_queue_calm ON ticket ((coalesce(response_due_at, 'infinity'::timestamptz)), id)
        WHERE status <> 'CLOSED' AND NOT is_frustrated`,
    );
    await db.query(`CREATE INDEX ticket_manager_assigned ON ticket (assignee_id) WHERE status <> 'CLOSED' AND is_manager_assigned`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ticket_manager_assigned`);
    await db.query(`DROP INDEX ticket_queue_calm`);
    await db.query(`DROP INDEX ticket_queue_frustrated`);
  }
}
