import { describe, expect, it } from 'vitest';
import { LIMITS } from '../common/limits.js';
import type { Role } from '../users/roles.js';
import type { Person } from '../users/user-rules.js';
import {
  checkGraduation,
  checkGraduationNote,
  checkTrainingLink,
  checkTrainingRecordAccess,
  trainingPath,
  type NamedPerson,
  type TrainingEdge,
} from './training-rules.js';

function person(id: string, roles: Role[], extra: Partial<NamedPerson> = {}): NamedPerson {
  return { id, name: id[0]!.toUpperCase() + id.slice(1), roles, isActive: true, trainerId: null, canTrain: false, ...extra };
}

const admin = person('alex', ['ADMIN']);
const peyton = person('peyton', ['MANAGER', 'AGENT']);
const otherManager = person('morgan', ['MANAGER']);
const lena = person('lena', ['AGENT'], { canTrain: true });
const ben = person('ben', ['AGENT'], { canTrain: true });
const sam = person('sam', ['ENGINEER', 'AGENT'], { canTrain: true });
const kate = person('kate', ['AGENT'], { trainerId: 'peyton' });
const plainAgent = person('priya', ['AGENT']);
const engineer = person('eli', ['ENGINEER']);

// Peyton trained Lena, Lena trained Ben, Ben trained Sam; Peyton trains Kate now.
const LINKS: TrainingEdge[] = [
  { trainerId: 'peyton', traineeId: 'lena' },
  { trainerId: 'lena', traineeId: 'ben' },
  { trainerId: 'ben', traineeId: 'sam' },
  { trainerId: 'peyton', traineeId: 'kate' },
];

describe('T4 checkGraduation: the trainee’s own trainer or a manager graduates them; admins keep the override', () => {
  it.each<[string, Person, NamedPerson, string | null]>([
    ['T4: their own trainer (a manager)', peyton, kate, null],
    ['T4: their own trainer (a graduate who trains)', lena, person('tom', ['AGENT'], { trainerId: 'lena' }), null],
    ['T4: another support manager', otherManager, kate, null],
    ['T4: an admin (the override)', admin, kate, null],
    ['T4: an agent who is not their trainer', ben, kate, 'NOT_THEIR_TRAINER'],
    ['T4: an engineer', engineer, kate, 'NOT_THEIR_TRAINER'],
    ['T4: the trainee themself', kate, kate, 'NOT_THEIR_TRAINER'],
    [
      'T4: an admin who is a trainee graduates themself',
      { ...admin, trainerId: 'peyton' },
      { ...admin, trainerId: 'peyton' },
      'NOT_THEIR_TRAINER',
    ],
    ['T4: someone who is not a trainee', peyton, lena, 'NOT_A_TRAINEE'],
    ['T4: a deactivated trainee', peyton, { ...kate, isActive: false }, 'USER_INACTIVE'],
  ])('%s', (_, actor, trainee, code) => {
    const result = checkGraduation(actor, trainee, 'Peyton');
    expect(result.ok ? null : result.code).toBe(code);
  });

  it('T4: names who may graduate them when someone else tries', () => {
    expect(checkGraduation(ben, kate, 'Peyton')).toMatchObject({
      message: 'Only Peyton, a support manager or an admin can graduate Kate.',
    });
    expect(checkGraduation(peyton, lena)).toMatchObject({ message: 'Lena is not in training, so there is nobody to graduate.' });
  });
});

describe('T4 checkGraduationNote: a short note on one line is required', () => {
  it.each([
    ['T4: a sentence', 'Kate answers clearly and asks the right questions.', null],
    ['T4: surrounding space does not count', '  Ready.  ', null],
    ['T4: exactly the limit', 'x'.repeat(LIMITS.training.graduationNoteMax), null],
    ['T4: empty', '', 'BAD_USER_INPUT'],
    ['T4: only spaces', '   ', 'BAD_USER_INPUT'],
    ['T4: one character too long', 'x'.repeat(LIMITS.training.graduationNoteMax + 1), 'BAD_USER_INPUT'],
    ['T4: a line break', 'Ready.\nWell done.', 'BAD_USER_INPUT'],
    ['T4: a tab', 'Ready.\tWell done.', 'BAD_USER_INPUT'],
    ['T4: NUL', 'Ready.\u0000', 'BAD_USER_INPUT'],
    ['T4: a C1 control', 'Ready.\u0085', 'BAD_USER_INPUT'],
    ['T4: a lone surrogate', 'Ready \uD800.', 'BAD_USER_INPUT'],
    ['T4: emoji (a surrogate pair) is fine', 'Ready 🎉', null],
  ])('%s', (_, note, code) => {
    const result = checkGraduationNote(note);
    expect(result.ok ? null : result.code).toBe(code);
  });
});

describe('T4 trainingPath: who a person trained, down to someone', () => {
  it.each([
    ['T4: directly', 'peyton', 'lena', ['peyton', 'lena']],
    ['T4: through two others', 'lena', 'sam', ['lena', 'ben', 'sam']],
    ['T4: through three others', 'peyton', 'sam', ['peyton', 'lena', 'ben', 'sam']],
    ['T4: upwards is no path', 'sam', 'peyton', null],
    ['T4: another branch is no path', 'kate', 'sam', null],
    ['T4: a person is their own (empty) path', 'ben', 'ben', ['ben']],
  ])('%s', (_, from, to, path) => {
    expect(trainingPath(LINKS, from, to)).toEqual(path);
  });
});

describe('T4 checkTrainingLink: the assignment rule, a trainee never trains, the chain never loops back', () => {
  const names = new Map([
    ['peyton', 'Peyton'],
    ['lena', 'Lena'],
    ['ben', 'Ben'],
    ['sam', 'Sam'],
    ['kate', 'Kate'],
  ]);
  it.each<[string, NamedPerson, NamedPerson, boolean, string | null]>([
    ['T4: a graduate trains a new agent (viral training)', plainAgent, sam, false, null],
    ['T4: a manager trains an agent', plainAgent, peyton, false, null],
    ['T4: someone on another branch trains a graduate again', lena, person('kate', ['AGENT'], { canTrain: true }), false, null],
    ['T4: the person who trained you trains you again', ben, lena, false, null],
    ['T4: a trainee cannot train', plainAgent, kate, false, 'TRAINEE_CANNOT_TRAIN'],
    ['T4: nobody trains themself', sam, sam, false, 'TRAINER_NOT_ELIGIBLE'],
    ['T4: a plain agent cannot train', person('x', ['AGENT']), plainAgent, false, 'TRAINER_NOT_ELIGIBLE'],
    ['T4: a manager cannot become a trainee', peyton, lena, false, 'TRAINER_NOT_ELIGIBLE'],
    ['T4: a trainer cannot become a trainee', ben, lena, true, 'TRAINER_HAS_TRAINEES'],
    ['T4: the one you trained cannot train you (a loop of two)', lena, ben, false, 'TRAINING_CYCLE'],
    ['T4: the one your trainee trained cannot train you (a loop of four)', lena, sam, false, 'TRAINING_CYCLE'],
  ])('%s', (_, trainee, trainer, trainsOthers, code) => {
    const result = checkTrainingLink(trainee, trainer, { traineeTrainsOthers: trainsOthers, links: LINKS, names });
    expect(result.ok ? null : result.code).toBe(code);
  });

  it('T4: says who trained whom when it refuses a loop, and who is still in training', () => {
    expect(checkTrainingLink(lena, sam, { traineeTrainsOthers: false, links: LINKS, names })).toMatchObject({
      message: 'Sam cannot train Lena: Lena trained Ben and Ben trained Sam. A training chain never loops back (T4).',
    });
    expect(checkTrainingLink(plainAgent, kate, { traineeTrainsOthers: false, links: LINKS })).toMatchObject({
      message: 'Kate is still in training: a trainee cannot train anyone. Graduate them first.',
    });
  });
});

describe('T4 checkTrainingRecordAccess', () => {
  it.each<[string, Person, string | null]>([
    ['T4: the trainee themself', kate, null],
    ['T4: their trainer', peyton, null],
    ['T4: someone who trained them before', lena, null],
    ['T4: a support manager', otherManager, null],
    ['T4: an admin', admin, null],
    ['T4: another agent', ben, 'FORBIDDEN'],
    ['T4: an engineer', engineer, 'FORBIDDEN'],
  ])('%s', (_, viewer, code) => {
    const result = checkTrainingRecordAccess(viewer, kate, ['peyton', 'lena']);
    expect(result.ok ? null : result.code).toBe(code);
  });
});
