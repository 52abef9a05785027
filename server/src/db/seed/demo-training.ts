import type { AppServices } from '../../common/app-services.js';
import type { Viewer } from '../../common/viewer.js';
import type { GraduateTraineeInput } from '../../modules/training/dto/graduate-trainee.input.js';
import type { UpdateUserInput } from '../../modules/users/dto/user.inputs.js';

const DAY = 24;

/** One link of the demo's training chain (T4): who trained whom, from when until the graduation. */
export interface DemoTrainingLink {
  trainee: string;
  trainer: string;
  /** Days ago: the admin sets the trainer. */
  startedDaysAgo: number;
  /** Days ago: the trainer graduates them, with a note. */
  graduatedDaysAgo: number;
  note: string;
}

/**
 * "Viral training": Peyton trained Lena, Lena trained Ben, Ben trained Sam, each graduated months
 * ago (so each of them answers the demo's tickets directly); Kate is Peyton's trainee now (DEMO_USERS).
 */
export const DEMO_TRAINING: DemoTrainingLink[] = [
  {
    trainee: 'lena',
    trainer: 'peyton',
    startedDaysAgo: 400,
    graduatedDaysAgo: 358,
    note: 'Clear, warm answers; spots bugs early and writes them up well.',
  },
  {
    trainee: 'ben',
    trainer: 'lena',
    startedDaysAgo: 300,
    graduatedDaysAgo: 265,
    note: 'Knows the billing questions inside out; keeps replies short and friendly.',
  },
  {
    trainee: 'sam',
    trainer: 'ben',
    startedDaysAgo: 220,
    graduatedDaysAgo: 192,
    note: 'Great at reproducing bugs; remember to end every reply with a question.',
  },
];

/** The demo story as this part of it needs it: the services, its clock and its people. */
export interface TrainingStory {
  services: AppServices;
  /** Sets the seed's clock to this many hours ago. */
  at(hoursAgo: number): void;
  person(key: string): Viewer;
}

/**
 * Plays the chain through the commands people's clicks run, in the order of time: the admin sets each
 * trainer in the user editor, and the trainer graduates their trainee with a note (T4).
 */
export async function playTrainingChain(story: TrainingStory): Promise<void> {
  const { users, traineeGraduator } = story.services;
  const admin = story.person('alex');
  const events = DEMO_TRAINING.flatMap((link) => [
    { hoursAgo: link.startedDaysAgo * DAY, link, graduates: false },
    { hoursAgo: link.graduatedDaysAgo * DAY, link, graduates: true },
  ]).sort((a, b) => b.hoursAgo - a.hoursAgo);
  for (const { hoursAgo, link, graduates } of events) {
    story.at(hoursAgo);
    const trainee = await users.get(story.person(link.trainee).id);
    if (graduates) {
      await traineeGraduator.graduate(story.person(link.trainer), {
        traineeId: trainee.id,
        note: link.note,
        version: trainee.version,
      } as GraduateTraineeInput);
    } else {
      await users.update(admin, { id: trainee.id, version: trainee.version, trainerId: story.person(link.trainer).id } as UpdateUserInput);
    }
  }
}
