import type { TrainingEdge } from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import { publishEvent } from '../../common/events.js';

/** A change of someone's trainer, as the chain records it. */
export interface TrainerChange {
  traineeId: string;
  /** The trainer until now (null: they had none). */
  from: string | null;
  /** The trainer from now on (null: they graduate). */
  to: string | null;
  at: Date;
  /** Who made the change: who signs a graduation off. */
  byId: string;
  /** The note of a graduation (T4). */
  note?: string | null;
}

/**
 * The links of the training chain (T4), written in the transaction that changes `app_user.trainer_id`
 * (the caller holds the person's row lock), so the history stays true whoever changes a trainer:
 * the admin's user editor, a trainer graduating their trainee, or the demo seed.
 */
export class TrainingLinks {
  /** Every link, past and current, as the cycle rule reads them, with the names for its sentences. */
  async edges(tx: EntityManager): Promise<{ links: TrainingEdge[]; names: Map<string, string> }> {
    const rows: { trainee_id: string; trainer_id: string; trainee_name: string; trainer_name: string }[] = await tx.query(
      `SELECT l.trainee_id, l.trainer_id, a.name AS trainee_name, b.name AS trainer_name
         FROM training_link l JOIN app_user a ON a.id = l.trainee_id JOIN app_user b ON b.id = l.trainer_id`,
    );
    const names = new Map<string, string>();
    for (const r of rows) names.set(r.trainee_id, r.trainee_name).set(r.trainer_id, r.trainer_name);
    return { links: rows.map((r) => ({ traineeId: r.trainee_id, trainerId: r.trainer_id })), names };
  }

  /**
   * Closes the trainee's open link (a graduation when they are left without a trainer) and opens one
   * with the new trainer; publishes the change to every instance on commit.
   */
  async trainerChanged(tx: EntityManager, change: TrainerChange): Promise<void> {
    if (change.from === change.to) return;
    const graduates = change.to === null;
    const [, closed] = await tx.query(
      `UPDATE training_link
          SET ended_at = $2, graduated_at = CASE WHEN $3 THEN $2::timestamptz END,
              graduated_by_id = CASE WHEN $3 THEN $4::uuid END, note = CASE WHEN $3 THEN $5 END
        WHERE trainee_id = $1 AND ended_at IS NULL`,
      [change.traineeId, change.at, graduates, change.byId, change.note?.trim() || null],
    );
    if (closed === 0 && graduates && change.from !== null) {
      // A trainer set before links were kept (or by hand in the database): the graduation is still recorded.
      await tx.query(
        `INSERT INTO training_link (trainee_id, trainer_id, started_at, ended_at, graduated_at, graduated_by_id, note)
         VALUES ($1, $2, $3, $3, $3, $4, $5)`,
        [change.traineeId, change.from, change.at, change.byId, change.note?.trim() || null],
      );
    }
    if (change.to !== null) {
      await tx.query(`INSERT INTO training_link (trainee_id, trainer_id, started_at) VALUES ($1, $2, $3)`, [
        change.traineeId,
        change.to,
        change.at,
      ]);
    }
    await publishEvent(tx, { kind: 'training', traineeId: change.traineeId });
  }
}
