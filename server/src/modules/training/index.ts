import type { FeatureModule } from '../feature-module.js';
import { TraineeGraduator } from './commands/trainee-graduator.js';
import { TrainingChain1795305600019 } from './migrations/1795305600019-TrainingChain.js';
import { TrainingChainQuery } from './training-chain.query.js';
import { TrainingLink } from './training-link.entity.js';
import { TrainingLinks } from './training-links.js';
import { TrainingChainNodeResolver, TrainingRecordResolver, TrainingResolver } from './training.resolver.js';

export interface TrainingServices {
  /** The chain's links, kept by every change of a trainer (the users service and the graduator). */
  trainingLinks: TrainingLinks;
  trainingChain: TrainingChainQuery;
  traineeGraduator: TraineeGraduator;
}

declare module '../../common/app-services.js' {
  interface AppServices extends TrainingServices {}
}

/** The training chain (T4): who trained whom, graduation, a trainee's record. */
export const trainingModule: FeatureModule = {
  name: 'training',
  resolvers: [TrainingResolver, TrainingChainNodeResolver, TrainingRecordResolver],
  entities: [TrainingLink],
  migrations: [TrainingChain1795305600019],
  services: {
    trainingLinks: () => new TrainingLinks(),
    trainingChain: (s) => new TrainingChainQuery(s.db, s.clock),
    traineeGraduator: (s) => new TraineeGraduator(s.db, s.clock, s.trainingLinks),
  },
  loaders: () => ({}),
};
