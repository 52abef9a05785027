import { byId, type RowLoader } from '../../common/loaders.js';
import type { FeatureModule } from '../feature-module.js';
import { SavedReply } from './saved-reply.entity.js';
import { SavedReplyResolver } from './saved-reply.resolver.js';
import { SavedReplyService } from './saved-reply.service.js';

export interface SavedRepliesServices {
  savedReplies: SavedReplyService;
}

export interface SavedRepliesLoaders {
  savedReplyById: RowLoader<SavedReply | null>;
}

declare module '../../common/app-services.js' {
  interface AppServices extends SavedRepliesServices {}
  interface Loaders extends SavedRepliesLoaders {}
}

/** The saved-reply library (S1, S2). */
export const savedRepliesModule: FeatureModule = {
  name: 'saved-replies',
  resolvers: [SavedReplyResolver],
  entities: [SavedReply],
  migrations: [],
  services: { savedReplies: (s) => new SavedReplyService(s.db, s.clock, s.tickets) },
  loaders: ({ savedReplies }): SavedRepliesLoaders => ({ savedReplyById: byId((ids) => savedReplies.findByIds(ids)) }),
};
