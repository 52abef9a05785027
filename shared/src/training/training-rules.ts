import { ErrorCode } from '../common/errors.js';
import { LIMITS } from '../common/limits.js';
import { allow, deny, type RuleResult } from '../common/rule.js';
import { findForbiddenCharacter } from '../common/text.js';
import { Role } from '../users/roles.js';
import { checkTrainerAssignment, hasRole, isTrainee, type Person } from '../users/user-rules.js';

/** A person as the training rules name them in their sentences. */
export type NamedPerson = Person & { name?: string };

/** One link of the training chain as the cycle rule reads it: `trainerId` trains (or trained) `traineeId`. */
export interface TrainingEdge {
  traineeId: string;
  trainerId: string;
}

const nameOf = (person: { name?: string } | undefined, fallback: string) => person?.name?.trim() || fallback;

/**
 * T4: who may graduate a trainee. Their own trainer or a support manager; admins keep the override.
 * Nobody graduates themself, and only a trainee (someone with a trainer) can graduate.
 */
export function checkGraduation(actor: Person, trainee: NamedPerson, trainerName?: string | null): RuleResult {
  const who = nameOf(trainee, 'This person');
  if (!isTrainee(trainee)) return deny(ErrorCode.NOT_A_TRAINEE, `${who} is not in training, so there is nobody to graduate.`);
  if (actor.id === trainee.id) {
    return deny(ErrorCode.NOT_THEIR_TRAINER, 'Nobody graduates themself: your trainer signs you off.');
  }
  if (!trainee.isActive) return deny(ErrorCode.USER_INACTIVE, `${who} is deactivated: reactivate them before they graduate.`);
  if (actor.id === trainee.trainerId || hasRole(actor, Role.MANAGER, Role.ADMIN)) return allow;
  return deny(
    ErrorCode.NOT_THEIR_TRAINER,
    `Only ${trainerName?.trim() || 'their trainer'}, a support manager or an admin can graduate ${nameOf(trainee, 'them')}.`,
  );
}

/** T4: the trainer's short note on graduating someone: required, one line, at most `LIMITS.training.graduationNoteMax`. */
export function checkGraduationNote(note: string): RuleResult {
  const text = note.trim();
  if (!text) return deny(ErrorCode.BAD_USER_INPUT, 'Write a short note for the record: what they do well, what to keep an eye on.');
  if (text.length > LIMITS.training.graduationNoteMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `Keep the note to ${LIMITS.training.graduationNoteMax} characters (it has ${text.length}).`);
  }
  // One line: no line breaks, tabs or other control characters (nor anything that cannot be stored).
  if (/\p{Cc}/u.test(text) || findForbiddenCharacter(text)) {
    return deny(ErrorCode.BAD_USER_INPUT, 'Keep the note on one line, without tabs or other control characters.');
  }
  return allow;
}

/**
 * Who `traineeId` trained, directly or through the people they trained, down to `trainerId`: the
 * people of that path in order (the trainee first, the trainer last), or null when there is none.
 * Breadth first, so the path named is the shortest.
 */
export function trainingPath(links: readonly TrainingEdge[], traineeId: string, trainerId: string): string[] | null {
  const trained = new Map<string, string[]>();
  for (const link of links) trained.set(link.trainerId, [...(trained.get(link.trainerId) ?? []), link.traineeId]);
  const cameFrom = new Map<string, string | null>([[traineeId, null]]);
  const queue = [traineeId];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === trainerId) {
      const path: string[] = [];
      for (let at: string | null = current; at !== null; at = cameFrom.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const next of trained.get(current) ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}

/** "Kate trained Lena, Lena trained Ben and Ben trained Sam". */
function describePath(path: readonly string[], names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? 'someone';
  const steps = path.slice(1).map((id, i) => `${name(path[i]!)} trained ${name(id)}`);
  return steps.length > 1 ? `${steps.slice(0, -1).join(', ')} and ${steps.at(-1)}` : (steps[0] ?? '');
}

/** What the training-link rule knows beyond the two people. */
export interface TrainingLinkFacts {
  /** The trainee-to-be trains someone now (a trainer cannot become a trainee). */
  traineeTrainsOthers: boolean;
  /** Every link of the chain, past and current (who trained whom). */
  links: readonly TrainingEdge[];
  /** Names for the sentences, by id. */
  names?: ReadonlyMap<string, string>;
}

/**
 * T4: whether `trainer` may become the trainer of `trainee`: the assignment rule of
 * `checkTrainerAssignment`, a trainee never trains, and the chain never loops back (the trainer
 * cannot be someone the trainee trained, directly or through others).
 */
export function checkTrainingLink(trainee: NamedPerson, trainer: NamedPerson, facts: TrainingLinkFacts): RuleResult {
  const names = new Map(facts.names ?? []);
  if (trainee.name) names.set(trainee.id, trainee.name);
  if (trainer.name) names.set(trainer.id, trainer.name);
  if (trainee.id !== trainer.id && isTrainee(trainer)) {
    return deny(
      ErrorCode.TRAINEE_CANNOT_TRAIN,
      `${names.get(trainer.id) ?? 'This person'} is still in training: a trainee cannot train anyone. Graduate them first.`,
    );
  }
  const assignment = checkTrainerAssignment(trainee, trainer, facts.traineeTrainsOthers);
  if (!assignment.ok) return assignment;
  const path = trainingPath(facts.links, trainee.id, trainer.id);
  if (path) {
    return deny(
      ErrorCode.TRAINING_CYCLE,
      `${names.get(trainer.id) ?? 'This person'} cannot train ${names.get(trainee.id) ?? 'them'}: ${describePath(path, names)}. A training chain never loops back (T4).`,
    );
  }
  return allow;
}

/**
 * Who reads a trainee's training record: the trainee themself, whoever trains or trained them,
 * support managers and admins.
 */
export function checkTrainingRecordAccess(viewer: Person, trainee: NamedPerson, trainerIds: readonly string[]): RuleResult {
  if (viewer.id === trainee.id || trainerIds.includes(viewer.id) || hasRole(viewer, Role.MANAGER, Role.ADMIN)) return allow;
  const who = nameOf(trainee, 'this person');
  return deny(ErrorCode.FORBIDDEN, `Only ${who}, their trainer, a support manager or an admin can read ${who}’s training record.`);
}
