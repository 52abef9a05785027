import { byId, fromMap, type RowLoader } from '../../common/loaders.js';
import type { FeatureModule } from '../feature-module.js';
import { Bug, type BugLink } from './bug.entity.js';
import { BugQueueQuery } from './bug-queue.query.js';
import { BugResolver, BugTicketResolver, TicketBugResolver } from './bug.resolver.js';
import { BugStore } from './bug-store.js';
import { BugEditor } from './commands/bug-editor.js';
import { BugEscalator } from './commands/bug-escalator.js';
import { BugFixer } from './commands/bug-fixer.js';
import { BugMerger } from './commands/bug-merger.js';
import { FixAnnouncer } from './commands/fix-announcer.js';
import { Escalations1795305600015 } from './migrations/1795305600015-Escalations.js';

export interface EscalationsServices {
  /** Reading, locking and recording bugs: what every escalation command shares. */
  bugs: BugStore;
  bugQueue: BugQueueQuery;
  bugEscalator: BugEscalator;
  bugEditor: BugEditor;
  bugFixer: BugFixer;
  bugMerger: BugMerger;
  /** E3: tells linked tickets of a fix, in the background (started by the app). */
  fixAnnouncer: FixAnnouncer;
}

export interface EscalationsLoaders {
  bugById: RowLoader<Bug | null>;
  /** A ticket's link to its bug (C3), or null; given by the inbox's and the ticket page's statements. */
  bugLinkByTicketId: RowLoader<BugLink | null>;
}

declare module '../../common/app-services.js' {
  interface AppServices extends EscalationsServices {}
  interface Loaders extends EscalationsLoaders {}
}

/** Bugs escalated to engineering, the tickets linked to them, "we fixed it" (W5, C3, E1-E3). */
export const escalationsModule: FeatureModule = {
  name: 'escalations',
  resolvers: [BugResolver, BugTicketResolver, TicketBugResolver],
  entities: [Bug],
  migrations: [Escalations1795305600015],
  services: {
    bugs: (s) => new BugStore(s.db, s.clock),
    bugQueue: (s) => new BugQueueQuery(s.db),
    bugEscalator: (s) => new BugEscalator(s.clock, s.config, s.tickets, s.bugs, s.settings, s.notifications, s.jobs, s.fixAnnouncer),
    bugEditor: (s) => new BugEditor(s.db, s.clock, s.bugs, s.notifications),
    bugFixer: (s) => new BugFixer(s.db, s.clock, s.bugs, s.bugEditor, s.savedReplies),
    bugMerger: (s) => new BugMerger(s.db, s.clock, s.bugs),
    fixAnnouncer: (s) => new FixAnnouncer(s.db, s.clock, s.bugs, s.tickets, s.ticketReplier, s.log),
  },
  loaders: ({ bugs }): EscalationsLoaders => ({
    bugById: byId((ids) => bugs.findByIds(ids)),
    bugLinkByTicketId: fromMap((ids) => bugs.linksOf(ids), null),
  }),
};
