import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { Logger } from './logger.js';
import { AuthService } from './modules/auth/auth.service.js';
import { CustomerService } from './modules/customers/customer.service.js';
import { DraftService } from './modules/drafts/draft.service.js';
import { TimerPlanner } from './modules/follow-ups/timer-planner.js';
import { TimerService } from './modules/follow-ups/timer.service.js';
import { InboundMailService } from './modules/mail/inbound.service.js';
import { LinkService } from './modules/mail/link.service.js';
import { OutboxService } from './modules/mail/outbox.service.js';
import { OutboxWorker } from './modules/mail/outbox-worker.js';
import { NotificationService } from './modules/notifications/notification.service.js';
import { SavedReplyService } from './modules/saved-replies/saved-reply.service.js';
import { SettingsService } from './modules/settings/settings.service.js';
import { CustomerMessageRecorder } from './modules/tickets/commands/customer-message-recorder.js';
import { NoteAdder } from './modules/tickets/commands/note-adder.js';
import { TicketAssigner } from './modules/tickets/commands/ticket-assigner.js';
import { TicketClaimer } from './modules/tickets/commands/ticket-claimer.js';
import { TicketCloser } from './modules/tickets/commands/ticket-closer.js';
import { TicketReplier } from './modules/tickets/commands/ticket-replier.js';
import { TicketTriager } from './modules/tickets/commands/ticket-triager.js';
import { TicketPresenceService } from './modules/tickets/ticket-presence.service.js';
import { TicketQueueQuery } from './modules/tickets/ticket-queue.query.js';
import { TicketStore } from './modules/tickets/ticket-store.js';
import { TicketTimelineQuery } from './modules/tickets/ticket-timeline.query.js';
import { UserService } from './modules/users/user.service.js';

/** The use cases of one running server, shared by every request. */
export interface AppServices {
  config: Config;
  clock: Clock;
  db: DataSource;
  log: Logger;
  jobs: JobQueue;
  users: UserService;
  auth: AuthService;
  settings: SettingsService;
  notifications: NotificationService;
  customers: CustomerService;
  /** Reading, locking and changing one ticket: what every ticket command shares. */
  tickets: TicketStore;
  ticketQueue: TicketQueueQuery;
  ticketTimeline: TicketTimelineQuery;
  ticketPresence: TicketPresenceService;
  ticketClaimer: TicketClaimer;
  ticketAssigner: TicketAssigner;
  ticketTriager: TicketTriager;
  ticketCloser: TicketCloser;
  ticketReplier: TicketReplier;
  customerMessageRecorder: CustomerMessageRecorder;
  noteAdder: NoteAdder;
  drafts: DraftService;
  savedReplies: SavedReplyService;
  links: LinkService;
  outbox: OutboxService;
  outboxWorker: OutboxWorker;
  inbound: InboundMailService;
  timers: TimerService;
  planner: TimerPlanner;
  /** Web-form tickets per IP address (stored in PostgreSQL: the limit holds across instances). */
  intakeLimiter: RateLimiterPostgres;
}

export function createServices(config: Config, clock: Clock, db: DataSource, log: Logger, jobs: JobQueue): AppServices {
  const settings = new SettingsService(db, clock);
  const notifications = new NotificationService(db, clock);
  const planner = new TimerPlanner(settings);
  const tickets = new TicketStore(db, clock, settings, planner);
  const links = new LinkService(db, clock, config, tickets);
  const outbox = new OutboxService(db, clock, config, links);
  const savedReplies = new SavedReplyService(db, clock, tickets);
  const ticketReplier = new TicketReplier(db, clock, tickets, settings, notifications, outbox, planner, savedReplies);
  const ticketCloser = new TicketCloser(clock, tickets, notifications, ticketReplier);
  const customerMessageRecorder = new CustomerMessageRecorder(db, clock, tickets, planner, notifications);
  return {
    config,
    clock,
    db,
    log,
    jobs,
    users: new UserService(db, clock),
    auth: new AuthService(db, clock, config),
    settings,
    notifications,
    customers: new CustomerService(db),
    tickets,
    ticketQueue: new TicketQueueQuery(db, clock),
    ticketTimeline: new TicketTimelineQuery(db),
    ticketPresence: new TicketPresenceService(db, clock, tickets, notifications),
    ticketClaimer: new TicketClaimer(db, clock, tickets),
    ticketAssigner: new TicketAssigner(tickets, notifications),
    ticketTriager: new TicketTriager(config, tickets, settings, notifications, jobs),
    ticketCloser,
    ticketReplier,
    customerMessageRecorder,
    noteAdder: new NoteAdder(clock, tickets, notifications),
    drafts: new DraftService(db, clock, tickets, ticketReplier, savedReplies, notifications),
    savedReplies,
    links,
    outbox,
    outboxWorker: new OutboxWorker(db, clock, config, outbox, planner, log),
    inbound: new InboundMailService(db, clock, config, customerMessageRecorder, links, log),
    timers: new TimerService(db, clock, settings, planner, notifications, ticketReplier, ticketCloser, log),
    planner,
    intakeLimiter: new RateLimiterPostgres({
      storeClient: db,
      storeType: 'typeorm',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix: 'intake',
      points: config.intakeLimitPerHour,
      duration: 3600,
    }),
  };
}
