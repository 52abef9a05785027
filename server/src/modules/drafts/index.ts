import { fromMap, RowLoader } from '../../common/loaders.js';
import type { FeatureModule } from '../feature-module.js';
import { Draft } from './draft.entity.js';
import { DraftResolver } from './draft.resolver.js';
import { DraftService } from './draft.service.js';

export interface DraftsServices {
  drafts: DraftService;
}

export interface DraftsLoaders {
  draftsByTicketId: RowLoader<Draft[]>;
  /** From the drafts above (none read twice), or given by the inbox's one statement. */
  pendingDraftCountByTicketId: RowLoader<number>;
}

declare module '../../common/app-services.js' {
  interface AppServices extends DraftsServices {}
  interface Loaders extends DraftsLoaders {}
}

/** Trainee drafts and their review (T1-T3, W6). */
export const draftsModule: FeatureModule = {
  name: 'drafts',
  resolvers: [DraftResolver],
  entities: [Draft],
  migrations: [],
  services: {
    drafts: (s) => new DraftService(s.db, s.clock, s.tickets, s.ticketReplier, s.savedReplies, s.notifications),
  },
  loaders: ({ drafts }): DraftsLoaders => {
    const draftsByTicketId = fromMap((ids) => drafts.byTicket(ids), [] as Draft[]);
    return {
      draftsByTicketId,
      pendingDraftCountByTicketId: new RowLoader<number>(async (ids) =>
        (await draftsByTicketId.loadMany(ids)).map((list) =>
          Array.isArray(list) ? list.filter((d) => d.status === 'PENDING').length : list,
        ),
      ),
    };
  },
};
