import { describe, expect, it } from 'vitest';
import type { Role } from './roles.js';
import {
  canBeTrainer,
  checkDeactivation,
  checkPasswordStrength,
  checkTrainerAssignment,
  checkUserChange,
  isTrainee,
  userPermissions,
  type Person,
} from './user-rules.js';

function person(id: string, roles: Role[], extra: Partial<Person> = {}): Person {
  return { id, roles, isActive: true, trainerId: null, canTrain: false, ...extra };
}

const admin = person('admin', ['ADMIN']);
const otherAdmin = person('admin2', ['ADMIN']);
const manager = person('manager', ['MANAGER', 'AGENT']);
const agent = person('agent', ['AGENT']);
const graduate = person('graduate', ['AGENT'], { canTrain: true });
const trainee = person('trainee', ['AGENT'], { trainerId: 'manager' });

describe('isTrainee / canBeTrainer (T1, T4)', () => {
  it.each([
    ['a manager', manager, false, true],
    ['an agent', agent, false, false],
    ['a graduate allowed to train', graduate, false, true],
    ['a trainee', trainee, true, false],
    ['a trainee allowed to train (not until graduated)', { ...trainee, canTrain: true }, true, false],
    ['a deactivated manager', { ...manager, isActive: false }, false, false],
  ])('%s', (_, who, expectTrainee, expectTrainer) => {
    expect(isTrainee(who)).toBe(expectTrainee);
    expect(canBeTrainer(who)).toBe(expectTrainer);
  });
});

describe('checkTrainerAssignment', () => {
  it.each([
    ['a manager trains an agent', agent, manager, false, null],
    ['a graduate trains an agent (viral training)', agent, graduate, false, null],
    ['nobody trains themself', manager, manager, false, 'TRAINER_NOT_ELIGIBLE'],
    ['a plain agent cannot train', person('x', ['AGENT']), agent, false, 'TRAINER_NOT_ELIGIBLE'],
    ['a trainee cannot train', agent, trainee, false, 'TRAINER_NOT_ELIGIBLE'],
    ['a manager cannot become a trainee', manager, graduate, false, 'TRAINER_NOT_ELIGIBLE'],
    ['a trainer cannot become a trainee', graduate, manager, true, 'TRAINER_HAS_TRAINEES'],
  ])('%s', (_, traineeCandidate, trainer, trainsOthers, code) => {
    const result = checkTrainerAssignment(traineeCandidate, trainer, trainsOthers);
    expect(result.ok ? null : result.code).toBe(code);
  });
});

describe('checkUserChange', () => {
  it.each([
    ['an agent changes their own time zone and hours', agent, agent, { timeZone: 'UTC', workingHours: {} }, 2, null],
    ['an agent changes their own roles', agent, agent, { roles: ['ADMIN'] as Role[] }, 2, 'FORBIDDEN'],
    ['an agent changes their own name', agent, agent, { name: 'New' }, 2, 'FORBIDDEN'],
    ['an agent changes someone else', agent, manager, { timeZone: 'UTC' }, 2, 'FORBIDDEN'],
    ['a manager changes an agent', manager, agent, { timeZone: 'UTC' }, 2, 'FORBIDDEN'],
    ['an admin changes anyone', admin, agent, { roles: ['MANAGER'] as Role[], name: 'X' }, 2, null],
    ['an admin removes their own admin role', admin, admin, { roles: ['AGENT'] as Role[] }, 2, 'CANNOT_CHANGE_OWN_ACCESS'],
    ['an admin demotes the last other admin', admin, otherAdmin, { roles: ['AGENT'] as Role[] }, 1, 'LAST_ADMIN'],
    ['an admin demotes one of two admins', admin, otherAdmin, { roles: ['AGENT'] as Role[] }, 2, null],
    ['an admin removes every role', admin, agent, { roles: [] as Role[] }, 2, 'BAD_USER_INPUT'],
    ['undefined fields do not count as changes', agent, agent, { name: undefined, timeZone: 'UTC' }, 2, null],
  ])('%s', (_, viewer, target, change, admins, code) => {
    const result = checkUserChange(viewer, target, change, admins);
    expect(result.ok ? null : result.code).toBe(code);
  });
});

describe('checkDeactivation', () => {
  it.each([
    ['an admin deactivates an agent', admin, agent, 2, false, null],
    ['a manager deactivates an agent', manager, agent, 2, false, 'FORBIDDEN'],
    ['an admin deactivates themself', admin, admin, 2, false, 'CANNOT_CHANGE_OWN_ACCESS'],
    ['an admin deactivates the other, last admin', admin, otherAdmin, 1, false, 'LAST_ADMIN'],
    ['an admin deactivates a trainer with trainees', admin, manager, 2, true, 'TRAINER_HAS_TRAINEES'],
  ])('%s', (_, viewer, target, admins, trainsOthers, code) => {
    const result = checkDeactivation(viewer, target, admins, trainsOthers);
    expect(result.ok ? null : result.code).toBe(code);
  });
});

describe('checkPasswordStrength', () => {
  it.each([
    ['ten characters', 'abcdefghij', null],
    ['nine characters', 'abcdefghi', 'WEAK_PASSWORD'],
    ['a passphrase with spaces and emoji', 'horse battery 🐴 staple', null],
    ['257 characters', 'ab1'.repeat(86), 'WEAK_PASSWORD'],
    ['a common password', 'Password123', 'WEAK_PASSWORD'],
    ['one character repeated', 'aaaaaaaaaaaa', 'WEAK_PASSWORD'],
    ['the e-mail address', 'me@example.com', 'WEAK_PASSWORD'],
  ])('%s', (_, password, code) => {
    const result = checkPasswordStrength(password, 'ME@example.com');
    expect(result.ok ? null : result.code).toBe(code);
  });
});

describe('userPermissions', () => {
  it('gives admins everything but deactivating themselves, with the reason', () => {
    expect(userPermissions(admin, admin, 2, false)).toEqual({
      editProfile: true,
      editAccess: true,
      deactivate: false,
      deactivateBlockedReason: 'You cannot deactivate yourself; ask another admin.',
      reactivate: false,
    });
  });

  it('lets people edit only their own profile', () => {
    expect(userPermissions(agent, agent, 1, false)).toMatchObject({ editProfile: true, editAccess: false, deactivate: false });
    expect(userPermissions(agent, manager, 1, false)).toMatchObject({ editProfile: false, editAccess: false });
  });

  it('offers reactivation of deactivated people to admins only', () => {
    const gone = { ...agent, isActive: false };
    expect(userPermissions(admin, gone, 1, false)).toMatchObject({ deactivate: false, deactivateBlockedReason: null, reactivate: true });
    expect(userPermissions(manager, gone, 1, false).reactivate).toBe(false);
  });
});
