import type { FeatureModule } from '../feature-module.js';
import { SavedReply } from './saved-reply.entity.js';
import { SavedReplyResolver } from './saved-reply.resolver.js';

/** The saved-reply library (S1, S2). */
export const savedRepliesModule: FeatureModule = { name: 'saved-replies', resolvers: [SavedReplyResolver], entities: [SavedReply] };
