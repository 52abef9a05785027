import { fromMap, type RowLoader } from '../../common/loaders.js';
import type { FeatureModule } from '../feature-module.js';
import { TimerPlanner } from './timer-planner.js';
import { TicketTimersResolver } from './timer.resolver.js';
import { TimerService } from './timer.service.js';

export interface FollowUpsServices {
  planner: TimerPlanner;
  timers: TimerService;
}

export interface FollowUpsLoaders {
  replyMailedAtByTicketId: RowLoader<Date | null>;
}

declare module '../../common/app-services.js' {
  interface AppServices extends FollowUpsServices {}
  interface Loaders extends FollowUpsLoaders {}
}

/** Follow-up, closing and first-response timers (F1-F5, W9, W10, R5). */
export const followUpsModule: FeatureModule = {
  name: 'follow-ups',
  resolvers: [TicketTimersResolver],
  entities: [],
  migrations: [],
  services: {
    planner: (s) => new TimerPlanner(s.settings),
    timers: (s) => new TimerService(s.db, s.clock, s.settings, s.planner, s.notifications, s.ticketReplier, s.ticketCloser, s.log),
  },
  loaders: ({ planner, db }): FollowUpsLoaders => ({
    replyMailedAtByTicketId: fromMap((ids) => planner.replyMailedAt(db.manager, ids), null),
  }),
};
