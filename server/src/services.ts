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
import { TicketService } from './modules/tickets/ticket.service.js';
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
  tickets: TicketService;
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
  const links = new LinkService(db, clock, config);
  const outbox = new OutboxService(db, clock, config, links);
  const planner = new TimerPlanner(settings);
  const tickets = new TicketService(db, clock, config, settings, notifications, jobs, outbox, planner);
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
    drafts: new DraftService(db, clock, tickets, notifications),
    savedReplies: new SavedReplyService(db, clock, tickets),
    links,
    outbox,
    outboxWorker: new OutboxWorker(db, clock, config, outbox, planner, log),
    inbound: new InboundMailService(db, clock, config, tickets, links, log),
    timers: new TimerService(db, clock, settings, planner, notifications, tickets, log),
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
