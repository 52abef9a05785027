import type { FeatureModule } from '../feature-module.js';
import { Draft } from './draft.entity.js';
import { DraftResolver } from './draft.resolver.js';

/** Trainee drafts and their review (T1-T3, W6). */
export const draftsModule: FeatureModule = { name: 'drafts', resolvers: [DraftResolver], entities: [Draft] };
