import { ErrorCode } from '../common/errors.js';
import { allow, deny, firstDenial, type RuleResult } from '../common/rule.js';
import { LIMITS } from '../common/limits.js';
import { Role } from './roles.js';

/** The parts of a staff member the access rules look at. */
export interface Person {
  id: string;
  roles: readonly Role[];
  isActive: boolean;
  trainerId: string | null;
  canTrain: boolean;
}

export function hasRole(person: Pick<Person, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((role) => person.roles.includes(role));
}

/** The roles of the support rota (the people who claim, answer and close tickets); `@Roles(...ROTA_ROLES)` on the API. */
export const ROTA_ROLES: readonly Role[] = Object.freeze([Role.AGENT, Role.MANAGER]);

/** People on the support rota: they claim, answer and close tickets. The one rota rule of the API and the client. */
export function isOnRota(person: Pick<Person, 'roles'>): boolean {
  return hasRole(person, ...ROTA_ROLES);
}

/** T1: a person with a trainer is a trainee; their replies go through approval. */
export function isTrainee(person: Pick<Person, 'trainerId'>): boolean {
  return person.trainerId !== null;
}

/** T4: managers train; so does a graduated agent who has been allowed to ("viral training"). */
export function canBeTrainer(person: Person): boolean {
  return person.isActive && !isTrainee(person) && (hasRole(person, Role.MANAGER) || person.canTrain);
}

/**
 * Whether `trainer` may become the trainer of `trainee`.
 * `traineeTrainsOthers`: the trainee is someone's trainer now (a trainer cannot become a trainee).
 */
export function checkTrainerAssignment(trainee: Person, trainer: Person, traineeTrainsOthers: boolean): RuleResult {
  if (trainee.id === trainer.id) return deny(ErrorCode.TRAINER_NOT_ELIGIBLE, 'Nobody can be their own trainer.');
  if (!canBeTrainer(trainer)) {
    return deny(ErrorCode.TRAINER_NOT_ELIGIBLE, 'A trainer must be an active manager or a graduated agent allowed to train.');
  }
  if (hasRole(trainee, Role.MANAGER)) {
    return deny(ErrorCode.TRAINER_NOT_ELIGIBLE, 'A support manager is trained already and cannot have a trainer.');
  }
  if (traineeTrainsOthers) {
    return deny(ErrorCode.TRAINER_HAS_TRAINEES, 'This person trains someone; give their trainees another trainer first.');
  }
  return allow;
}

/** What a change to a staff member touches; undefined means "not changed". */
export interface UserChange {
  name?: string;
  email?: string;
  roles?: readonly Role[];
  timeZone?: string;
  workingHours?: unknown;
  trainerId?: string | null;
  canTrain?: boolean;
}

const SELF_SERVICE_FIELDS: ReadonlySet<keyof UserChange> = new Set(['timeZone', 'workingHours']);

/**
 * Who may change what about a staff member. Everyone edits their own time zone and working hours;
 * admins edit everything else, but never remove their own admin role or the team's last admin.
 */
export function checkUserChange(viewer: Person, target: Person, change: UserChange, activeAdminCount: number): RuleResult {
  const touched = (Object.keys(change) as (keyof UserChange)[]).filter((k) => change[k] !== undefined);
  const isAdmin = hasRole(viewer, Role.ADMIN);
  if (!isAdmin) {
    if (viewer.id !== target.id) return deny(ErrorCode.FORBIDDEN, 'Only an admin can change other people.');
    const adminOnly = touched.filter((k) => !SELF_SERVICE_FIELDS.has(k));
    if (adminOnly.length > 0) {
      return deny(ErrorCode.FORBIDDEN, `Only an admin can change ${adminOnly.join(', ')}.`);
    }
    return allow;
  }
  const losesAdmin = change.roles !== undefined && hasRole(target, Role.ADMIN) && !change.roles.includes(Role.ADMIN);
  if (losesAdmin && viewer.id === target.id) {
    return deny(ErrorCode.CANNOT_CHANGE_OWN_ACCESS, 'You cannot remove your own admin role; ask another admin.');
  }
  if (losesAdmin && target.isActive && activeAdminCount <= 1) {
    return deny(ErrorCode.LAST_ADMIN, 'The team needs at least one active admin.');
  }
  if (change.roles !== undefined && change.roles.length === 0) {
    return deny(ErrorCode.BAD_USER_INPUT, 'Give everyone at least one role.');
  }
  return allow;
}

/** Whether `viewer` may deactivate `target`. */
export function checkDeactivation(viewer: Person, target: Person, activeAdminCount: number, targetTrainsOthers: boolean): RuleResult {
  return firstDenial(
    hasRole(viewer, Role.ADMIN) ? allow : deny(ErrorCode.FORBIDDEN, 'Only an admin can deactivate people.'),
    viewer.id === target.id ? deny(ErrorCode.CANNOT_CHANGE_OWN_ACCESS, 'You cannot deactivate yourself; ask another admin.') : allow,
    hasRole(target, Role.ADMIN) && target.isActive && activeAdminCount <= 1
      ? deny(ErrorCode.LAST_ADMIN, 'The team needs at least one active admin.')
      : allow,
    targetTrainsOthers
      ? deny(ErrorCode.TRAINER_HAS_TRAINEES, 'This person still trains someone. Give their trainees another trainer first.')
      : allow,
  );
}

// A few passwords people still pick; longer lists belong to a breach-check service, not here.
const COMMON_PASSWORDS = new Set(['password123', '1234567890', 'qwertyuiop', 'password1234', '12345678910', 'iloveyou123']);

/** Whether a new password is acceptable (length first: NIST SP 800-63B). */
export function checkPasswordStrength(password: string, email: string): RuleResult {
  if (password.length < LIMITS.user.passwordMin) {
    return deny(ErrorCode.WEAK_PASSWORD, `Use at least ${LIMITS.user.passwordMin} characters.`);
  }
  if (password.length > LIMITS.user.passwordMax) {
    return deny(ErrorCode.WEAK_PASSWORD, `Use at most ${LIMITS.user.passwordMax} characters.`);
  }
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || new Set(lower).size < 3) {
    return deny(ErrorCode.WEAK_PASSWORD, 'This password is too easy to guess.');
  }
  if (lower === email.trim().toLowerCase()) {
    return deny(ErrorCode.WEAK_PASSWORD, 'Do not use your e-mail address as your password.');
  }
  return allow;
}

/** What the viewer may do to a staff member; sent with each user so the client never re-derives it. */
export interface UserPermissions {
  editProfile: boolean;
  editAccess: boolean;
  deactivate: boolean;
  /** Why `deactivate` is false for an active person, for the button's explanation. */
  deactivateBlockedReason: string | null;
  reactivate: boolean;
}

export function userPermissions(viewer: Person, target: Person, activeAdminCount: number, targetTrainsOthers: boolean): UserPermissions {
  const isAdmin = hasRole(viewer, Role.ADMIN);
  const deactivation = checkDeactivation(viewer, target, activeAdminCount, targetTrainsOthers);
  return {
    editProfile: isAdmin || viewer.id === target.id,
    editAccess: isAdmin,
    deactivate: target.isActive && deactivation.ok,
    deactivateBlockedReason: target.isActive && !deactivation.ok ? deactivation.message : null,
    reactivate: isAdmin && !target.isActive,
  };
}
