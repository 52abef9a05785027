import { byId, fromMap, type RowLoader } from '../../common/loaders.js';
import type { FeatureModule } from '../feature-module.js';
import { FeatureAnnouncer } from './commands/feature-announcer.js';
import { FeatureEditor } from './commands/feature-editor.js';
import { FeatureLinker } from './commands/feature-linker.js';
import { FeatureMerger } from './commands/feature-merger.js';
import { FeatureScheduler } from './commands/feature-scheduler.js';
import { FeatureShipper } from './commands/feature-shipper.js';
import { FeatureRankingQuery } from './feature-ranking.query.js';
import { FeatureRequest, type FeatureAsk } from './feature-request.entity.js';
import { FeatureReportResolver } from './feature-report.resolver.js';
import { FeatureAskResolver, FeatureRequestResolver, TicketAsksResolver } from './feature-request.resolver.js';
import { FeatureReports } from './feature-reports.js';
import { FeatureStore } from './feature-store.js';
import { FeatureRequests1795305600016 } from './migrations/1795305600016-FeatureRequests.js';

export interface FeatureRequestsServices {
  /** Reading, locking, counting and recording cards: what every feature-request command shares. */
  featureRequests: FeatureStore;
  featureRanking: FeatureRankingQuery;
  featureLinker: FeatureLinker;
  featureEditor: FeatureEditor;
  featureMerger: FeatureMerger;
  featureShipper: FeatureShipper;
  /** FR4: tells the customers who asked, in the background (started by the app). */
  featureAnnouncer: FeatureAnnouncer;
  featureReports: FeatureReports;
  /** FR3: the scheduled report and the cards' trends, in the background (started by the app). */
  featureScheduler: FeatureScheduler;
}

export interface FeatureRequestsLoaders {
  featureRequestById: RowLoader<FeatureRequest | null>;
  /** A ticket's asks (C4), given by the ticket page's statement. */
  asksByTicketId: RowLoader<FeatureAsk[]>;
}

declare module '../../common/app-services.js' {
  interface AppServices extends FeatureRequestsServices {}
  interface Loaders extends FeatureRequestsLoaders {}
}

/** Feature requests tallied for product: cards, asks, the ranking, reports, "it shipped" (C4, FR1-FR4). */
export const featureRequestsModule: FeatureModule = {
  name: 'feature-requests',
  resolvers: [FeatureRequestResolver, FeatureAskResolver, TicketAsksResolver, FeatureReportResolver],
  entities: [FeatureRequest],
  migrations: [FeatureRequests1795305600016],
  services: {
    featureRequests: (s) => new FeatureStore(s.db, s.clock),
    featureRanking: (s) => new FeatureRankingQuery(s.db),
    featureLinker: (s) => new FeatureLinker(s.db, s.clock, s.tickets, s.featureRequests),
    featureEditor: (s) => new FeatureEditor(s.db, s.clock, s.featureRequests, s.featureAnnouncer),
    featureMerger: (s) => new FeatureMerger(s.db, s.clock, s.featureRequests, s.featureAnnouncer),
    featureShipper: (s) => new FeatureShipper(s.db, s.clock, s.featureRequests, s.featureAnnouncer, s.savedReplies),
    featureAnnouncer: (s) => new FeatureAnnouncer(s.db, s.clock, s.featureRequests, s.tickets, s.ticketReplier, s.log),
    featureReports: (s) => new FeatureReports(s.db, s.clock, s.featureRequests, s.settings, s.notifications),
    featureScheduler: (s) => new FeatureScheduler(s.db, s.clock, s.settings, s.featureReports, s.featureRequests, s.log),
  },
  loaders: ({ featureRequests }): FeatureRequestsLoaders => ({
    featureRequestById: byId((ids) => featureRequests.findByIds(ids)),
    asksByTicketId: fromMap((ids) => featureRequests.asksOfTickets(ids), []),
  }),
};
