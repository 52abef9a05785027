import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { byId, fromMap, type RowLoader } from '../../common/loaders.js';
import type { FeatureModule } from '../feature-module.js';
import { CustomerMessageRecorder } from './commands/customer-message-recorder.js';
import { NoteAdder } from './commands/note-adder.js';
import { TicketAssigner } from './commands/ticket-assigner.js';
import { TicketClaimer } from './commands/ticket-claimer.js';
import { TicketCloser } from './commands/ticket-closer.js';
import { TicketReplier } from './commands/ticket-replier.js';
import { TicketTriager } from './commands/ticket-triager.js';
import { QueueByIndex1795305600011 } from './migrations/1795305600011-QueueByIndex.js';
import { SearchDocuments1795305600012 } from './migrations/1795305600012-SearchDocuments.js';
import { TicketMessage } from './ticket-message.entity.js';
import { TicketPresenceService } from './ticket-presence.service.js';
import { TicketQueueQuery } from './ticket-queue.query.js';
import { TicketStore } from './ticket-store.js';
import { TicketTimelineQuery } from './ticket-timeline.query.js';
import { TicketPageQuery } from './ticket-page.query.js';
import { Ticket } from './ticket.entity.js';
import { TicketResolver } from './ticket.resolver.js';
import { CustomerMessageResolver, EventResolver, NoteResolver, ReplyResolver } from './timeline.resolver.js';

export interface TicketsServices {
  /** Reading, locking and changing one ticket: what every ticket command shares. */
  tickets: TicketStore;
  ticketQueue: TicketQueueQuery;
  ticketTimeline: TicketTimelineQuery;
  ticketPage: TicketPageQuery;
  ticketPresence: TicketPresenceService;
  ticketClaimer: TicketClaimer;
  ticketAssigner: TicketAssigner;
  ticketTriager: TicketTriager;
  ticketCloser: TicketCloser;
  ticketReplier: TicketReplier;
  customerMessageRecorder: CustomerMessageRecorder;
  noteAdder: NoteAdder;
  /** Web-form tickets per IP address (stored in PostgreSQL: the limit holds across instances). */
  intakeLimiter: RateLimiterPostgres;
}

export interface TicketsLoaders {
  ticketById: RowLoader<Ticket | null>;
  messagesByTicketId: RowLoader<TicketMessage[]>;
  latestMessageIdByTicketId: RowLoader<string | null>;
  viewerIdsByTicketId: RowLoader<string[]>;
}

declare module '../../common/app-services.js' {
  interface AppServices extends TicketsServices {}
  interface Loaders extends TicketsLoaders {}
}

/** Tickets, their conversation and the queue (W1-W10, C1-C4). */
export const ticketsModule: FeatureModule = {
  name: 'tickets',
  resolvers: [TicketResolver, CustomerMessageResolver, ReplyResolver, NoteResolver, EventResolver],
  entities: [Ticket, TicketMessage],
  migrations: [QueueByIndex1795305600011, SearchDocuments1795305600012],
  services: {
    tickets: (s) => new TicketStore(s.db, s.clock, s.settings, s.planner),
    ticketQueue: (s) => new TicketQueueQuery(s.db, s.clock),
    ticketTimeline: (s) => new TicketTimelineQuery(s.db),
    ticketPage: (s) => new TicketPageQuery(s.db, s.clock),
    ticketPresence: (s) => new TicketPresenceService(s.db, s.clock, s.tickets, s.notifications),
    ticketClaimer: (s) => new TicketClaimer(s.db, s.clock, s.tickets),
    ticketAssigner: (s) => new TicketAssigner(s.tickets, s.notifications),
    ticketTriager: (s) => new TicketTriager(s.config, s.tickets, s.settings, s.notifications, s.jobs),
    ticketCloser: (s) => new TicketCloser(s.clock, s.tickets, s.notifications, s.ticketReplier),
    ticketReplier: (s) => new TicketReplier(s.db, s.clock, s.tickets, s.settings, s.notifications, s.outbox, s.planner, s.savedReplies),
    customerMessageRecorder: (s) => new CustomerMessageRecorder(s.db, s.clock, s.tickets, s.planner, s.notifications),
    noteAdder: (s) => new NoteAdder(s.clock, s.tickets, s.notifications),
    intakeLimiter: (s) =>
      new RateLimiterPostgres({
        storeClient: s.db,
        storeType: 'typeorm',
        tableName: 'rate_limit',
        tableCreated: true,
        keyPrefix: 'intake',
        points: s.config.intakeLimitPerHour,
        duration: 3600,
      }),
  },
  loaders: ({ tickets, ticketTimeline, ticketPresence }): TicketsLoaders => ({
    ticketById: byId((ids) => tickets.findByIds(ids)),
    messagesByTicketId: fromMap((ids) => ticketTimeline.messages(ids), []),
    latestMessageIdByTicketId: fromMap((ids) => ticketTimeline.latestMessageIds(ids), null),
    viewerIdsByTicketId: fromMap((ids) => ticketPresence.viewers(ids), []),
  }),
};
