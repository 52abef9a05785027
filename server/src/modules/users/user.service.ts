import {
  DEFAULT_WORKING_HOURS,
  type Role,
  canonicalTimeZone,
  checkDeactivation,
  checkPasswordStrength,
  checkTrainingLink,
  checkUserChange,
  isValidEmail,
  normalizeEmail,
  workingHoursProblem,
  type UserChange,
  type WorkingHours,
} from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import type { Viewer } from '../../common/viewer.js';
import { DomainError, ensure } from '../../common/domain-error.js';
import { publishEvent } from '../../common/events.js';
import { isUniqueViolation, isUuid } from '../../db/errors.js';
import { hashPassword } from '../auth/password.js';
import type { TrainingLinks } from '../training/training-links.js';
import type { CreateUserInput, UpdateUserInput, UsersFilter } from './dto/user.inputs.js';
import { User } from './user.entity.js';

export class UserService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly trainingLinks: TrainingLinks,
  ) {}

  findByIds(ids: readonly string[]): Promise<User[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.getRepository(User).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids: valid }).getMany();
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<User> {
    const user = isUuid(id) ? await manager.findOneBy(User, { id }) : null;
    if (!user) throw new DomainError('NOT_FOUND', 'There is no such person on the team.');
    return user;
  }

  /** How many active trainees each trainer has. */
  async traineeCounts(trainerIds: readonly string[], manager: EntityManager = this.db.manager): Promise<Map<string, number>> {
    const rows: { trainer_id: string; count: number }[] = await manager.query(
      `SELECT trainer_id, count(*)::int AS count FROM app_user
        WHERE trainer_id = ANY($1) AND is_active GROUP BY trainer_id`,
      [trainerIds.filter(isUuid)],
    );
    return new Map(rows.map((r) => [r.trainer_id, r.count]));
  }

  private async trainsOthers(tx: EntityManager, id: string): Promise<boolean> {
    return ((await this.traineeCounts([id], tx)).get(id) ?? 0) > 0;
  }

  async activeAdminCount(manager: EntityManager = this.db.manager): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS count FROM app_user WHERE is_active AND 'ADMIN' = ANY(roles)`);
    return row.count;
  }

  /** The team, alphabetically, a page at a time (keyset on lower(name), id). */
  async list(filter: UsersFilter, first: number, after: string | null | undefined): Promise<ConnectionShape<User>> {
    const qb = this.db.getRepository(User).createQueryBuilder('u').addSelect('lower(u.name)', 'sort_name');
    if (!filter.includeInactive) qb.andWhere('u.is_active');
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    // The SQL form of canBeTrainer() in shared/ (users.test.ts checks that the two agree).
    if (filter.eligibleTrainers) {
      qb.andWhere(`u.is_active AND u.trainer_id IS NULL AND ('MANAGER' = ANY(u.roles) OR u.can_train)`);
    }
    const search = filter.search?.trim();
    if (search) {
      qb.andWhere(`(u.name ILIKE :pattern OR u.email ILIKE :pattern)`, { pattern: `%${escapeLike(search)}%` });
    }
    if (after) {
      const [name, id] = decodeCursor(after, ['string', 'uuid']);
      qb.andWhere('(lower(u.name), u.id) > (:name, :id)', { name, id });
    }
    const rows = await qb
      .orderBy('sort_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, (u) => [u.name.toLowerCase(), u.id]);
  }

  async create(input: CreateUserInput): Promise<User> {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    if (!name) throw new DomainError('BAD_USER_INPUT', 'Enter a name.');
    if (!isValidEmail(email)) throw new DomainError('BAD_USER_INPUT', 'Enter a valid e-mail address.');
    ensure(checkPasswordStrength(input.password, email));
    const roles = uniqueRoles(input.roles);
    const timeZone = validTimeZone(input.timeZone);
    const workingHours = validWorkingHours(input.workingHours ?? DEFAULT_WORKING_HOURS);
    const passwordHash = await hashPassword(input.password);
    const now = this.clock.now();

    return this.db.transaction(async (tx) => {
      if (input.trainerId) {
        const trainer = await this.lockUser(tx, input.trainerId);
        // A newcomer: no trainees, no links yet, so no loop (T4).
        const draft = { id: '', name, roles, isActive: true, trainerId: trainer.id, canTrain: input.canTrain };
        ensure(checkTrainingLink(draft, trainer, { traineeTrainsOthers: false, links: [] }));
      }
      try {
        const [row] = await tx.query(
          `INSERT INTO app_user (name, email, password_hash, roles, time_zone, working_hours, trainer_id, can_train,
                                 created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
          [name, email, passwordHash, roles, timeZone, workingHours, input.trainerId ?? null, input.canTrain, now],
        );
        if (input.trainerId) {
          await this.trainingLinks.trainerChanged(tx, { traineeId: row.id, from: null, to: input.trainerId, at: now, byId: row.id });
        }
        return this.get(row.id, tx);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('EMAIL_TAKEN', 'Someone on the team already uses this e-mail address.');
        throw error;
      }
    });
  }

  async update(viewer: Viewer, input: UpdateUserInput): Promise<User> {
    const change: UserChange = {
      name: input.name?.trim() ?? undefined,
      email: input.email != null ? normalizeEmail(input.email) : undefined,
      roles: input.roles != null ? uniqueRoles(input.roles) : undefined,
      timeZone: input.timeZone != null ? validTimeZone(input.timeZone) : undefined,
      workingHours: input.workingHours != null ? validWorkingHours(input.workingHours) : undefined,
      trainerId: input.trainerId,
      canTrain: input.canTrain ?? undefined,
    };
    if (change.name === '') throw new DomainError('BAD_USER_INPUT', 'Enter a name.');
    if (change.email !== undefined && !isValidEmail(change.email)) {
      throw new DomainError('BAD_USER_INPUT', 'Enter a valid e-mail address.');
    }

    return this.db.transaction(async (tx) => {
      // Locking the admins first serialises every change that could leave the team without one.
      await this.lockActiveAdmins(tx);
      // Judge by the actor's roles as committed now, not as they were when the request began.
      const actor = await this.get(viewer.id, tx);
      const target = await this.lockUser(tx, input.id);
      if (target.version !== input.version) {
        throw new DomainError('STALE_DATA', `${target.name} was changed by someone else in the meantime. Reload and try again.`);
      }
      ensure(checkUserChange(actor, target, change, await this.activeAdminCount(tx)));
      if (change.trainerId) {
        const trainer = await this.lockUser(tx, change.trainerId);
        const trainsOthers = await this.trainsOthers(tx, target.id);
        const future = { ...target, roles: change.roles ?? target.roles };
        // T4: also no loop in the chain (nobody is trained by someone they trained).
        ensure(checkTrainingLink(future, trainer, { traineeTrainsOthers: trainsOthers, ...(await this.trainingLinks.edges(tx)) }));
      }
      const graduates = change.trainerId === null && target.trainerId !== null;
      const sets: string[] = [];
      const params: unknown[] = [target.id, input.version, this.clock.now()];
      const set = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      if (change.name !== undefined) set('name', change.name);
      if (change.email !== undefined) set('email', change.email);
      if (change.roles !== undefined) set('roles', change.roles);
      if (change.timeZone !== undefined) set('time_zone', change.timeZone);
      if (change.workingHours !== undefined) set('working_hours', change.workingHours);
      if (change.trainerId !== undefined) set('trainer_id', change.trainerId);
      if (change.canTrain !== undefined) set('can_train', change.canTrain);
      if (graduates) set('graduated_at', this.clock.now());
      if (sets.length === 0) return target;
      try {
        const updated = await tx.query(
          `UPDATE app_user SET ${sets.join(', ')}, updated_at = $3, version = version + 1
            WHERE id = $1 AND version = $2 RETURNING id`,
          params,
        );
        if (updated[1] === 0)
          throw new DomainError('STALE_DATA', 'Someone else changed this person in the meantime. Reload and try again.');
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('EMAIL_TAKEN', 'Someone on the team already uses this e-mail address.');
        throw error;
      }
      if (change.trainerId !== undefined && change.trainerId !== target.trainerId) {
        // T4: the chain's links follow the trainer, whoever changes it (removing it graduates them).
        await this.trainingLinks.trainerChanged(tx, {
          traineeId: target.id,
          from: target.trainerId,
          to: change.trainerId,
          at: this.clock.now(),
          byId: actor.id,
        });
      }
      return this.get(target.id, tx);
    });
  }

  /** Deactivation ends every session of the person at once. */
  async deactivate(viewer: Viewer, id: string): Promise<User> {
    return this.db.transaction(async (tx) => {
      await this.lockActiveAdmins(tx);
      const actor = await this.get(viewer.id, tx);
      const target = await this.lockUser(tx, id);
      if (!target.isActive) return target;
      const trainsOthers = await this.trainsOthers(tx, target.id);
      ensure(checkDeactivation(actor, target, await this.activeAdminCount(tx), trainsOthers));
      const now = this.clock.now();
      await tx.query(`UPDATE app_user SET is_active = false, deactivated_at = $2, updated_at = $2, version = version + 1 WHERE id = $1`, [
        target.id,
        now,
      ]);
      await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [target.id]);
      // Their open live-update sockets close on every instance once this commits.
      await publishEvent(tx, { kind: 'sessions-ended', userId: target.id, why: 'deactivated' });
      return this.get(target.id, tx);
    });
  }

  async reactivate(id: string): Promise<User> {
    return this.db.transaction(async (tx) => {
      const target = await this.lockUser(tx, id);
      if (target.isActive) return target;
      await tx.query(`UPDATE app_user SET is_active = true, deactivated_at = NULL, updated_at = $2, version = version + 1 WHERE id = $1`, [
        target.id,
        this.clock.now(),
      ]);
      return this.get(target.id, tx);
    });
  }

  private async lockUser(tx: EntityManager, id: string): Promise<User> {
    if (!isUuid(id)) throw new DomainError('NOT_FOUND', 'There is no such person on the team.');
    await tx.query(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [id]);
    return this.get(id, tx);
  }

  private async lockActiveAdmins(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT id FROM app_user WHERE is_active AND 'ADMIN' = ANY(roles) ORDER BY id FOR UPDATE`);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function uniqueRoles(roles: readonly Role[]): Role[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0) throw new DomainError('BAD_USER_INPUT', 'Give everyone at least one role.');
  return unique;
}

function validTimeZone(name: string): string {
  const zone = canonicalTimeZone(name.trim());
  if (!zone) throw new DomainError('BAD_USER_INPUT', `"${name}" is not a time zone we know; pick one from the list, e.g. Europe/Berlin.`);
  return zone;
}

function validWorkingHours(hours: WorkingHours): WorkingHours {
  const problem = workingHoursProblem(hours);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem);
  return { start: hours.start, end: hours.end, days: [...hours.days].sort((a, b) => a - b) };
}
