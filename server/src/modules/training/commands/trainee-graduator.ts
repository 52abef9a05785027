import { checkGraduation, checkGraduationNote } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../../clock.js';
import { DomainError, ensure } from '../../../common/domain-error.js';
import { publishEvents } from '../../../common/events.js';
import type { Viewer } from '../../../common/viewer.js';
import { isUuid } from '../../../db/errors.js';
import { User } from '../../users/user.entity.js';
import type { GraduateTraineeInput } from '../dto/graduate-trainee.input.js';
import type { TrainingLinks } from '../training-links.js';

/**
 * T4: a trainer (the trainee's own, or a manager; admins keep the override) graduates a trainee.
 * From then on the graduate replies directly (T1 no longer applies) and may train someone. Their
 * pending drafts stay with the trainer they were submitted to, who can still approve or return them.
 */
export class TraineeGraduator {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly links: TrainingLinks,
  ) {}

  async graduate(viewer: Viewer, input: GraduateTraineeInput): Promise<User> {
    ensure(checkGraduationNote(input.note));
    if (!isUuid(input.traineeId)) throw new DomainError('NOT_FOUND', 'There is no such person on the team.');
    return this.db.transaction(async (tx) => {
      // One row locked: two trainers graduating at once take turns here, and the second finds a graduate.
      await tx.query(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [input.traineeId]);
      const trainee = await tx.findOneBy(User, { id: input.traineeId });
      const actor = await tx.findOneBy(User, { id: viewer.id });
      if (!trainee) throw new DomainError('NOT_FOUND', 'There is no such person on the team.');
      // Judged by the actor's roles as committed now, not as they were when the request began.
      if (!actor?.isActive) throw new DomainError('UNAUTHENTICATED', 'Your session has ended. Please sign in again.');
      const [trainer] = trainee.trainerId ? await tx.query(`SELECT name FROM app_user WHERE id = $1`, [trainee.trainerId]) : [];
      ensure(checkGraduation(actor, trainee, trainer?.name ?? null));
      if (trainee.version !== input.version) {
        throw new DomainError('STALE_DATA', `${trainee.name} was changed by someone else in the meantime. Reload and try again.`);
      }
      const now = this.clock.now();
      await tx.query(
        `UPDATE app_user SET trainer_id = NULL, graduated_at = $2, can_train = true, updated_at = $2, version = version + 1 WHERE id = $1`,
        [trainee.id, now],
      );
      await this.links.trainerChanged(tx, {
        traineeId: trainee.id,
        from: trainee.trainerId,
        to: null,
        at: now,
        byId: actor.id,
        note: input.note,
      });
      // Their tickets with a draft still waiting: the ticket pages show the graduate's Send (no draft) live.
      const pending: { ticket_id: string }[] = await tx.query(
        `SELECT DISTINCT ticket_id FROM ticket_draft WHERE author_id = $1 AND status = 'PENDING'`,
        [trainee.id],
      );
      await publishEvents(
        tx,
        pending.map((d) => ({ kind: 'ticket', ticketId: d.ticket_id })),
      );
      return tx.findOneByOrFail(User, { id: trainee.id });
    });
  }
}
