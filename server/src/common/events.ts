import { createPubSub } from '@graphql-yoga/subscription';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger.js';

export const EVENTS_CHANNEL = 'tandem_events';

/** Something every server instance should know at once (live updates). */
export type AppEvent =
  | { kind: 'ticket'; ticketId: string }
  | { kind: 'bug'; bugId: string }
  | { kind: 'featureRequest'; featureRequestId: string }
  | { kind: 'notifications'; userId: string }
  | { kind: 'training'; traineeId: string }
  | SessionsEnded;

/**
 * Sessions of a person ended: all of them when deactivated; one (sign-out) or all but one
 * (password change) otherwise. Every instance closes the live-update sockets of those sessions.
 */
export interface SessionsEnded {
  kind: 'sessions-ended';
  userId: string;
  why: 'deactivated' | 'signed-out';
  /** Only this session (its id, the token's hash). */
  sessionId?: string;
  /** All sessions of the person but this one. */
  exceptSessionId?: string;
}

export interface TicketChanged {
  ticketId: string;
}

export interface FeatureRequestChanged {
  featureRequestId: string;
}

export interface BugChanged {
  bugId: string;
}

/** T4: a link of the training chain opened or closed (a trainer set, changed or a graduation). */
export interface TrainingChanged {
  traineeId: string;
}

export function createAppPubSub() {
  return createPubSub<{
    BUG_CHANGED: [bugId: string, payload: BugChanged];
    BUGS_CHANGED: [payload: BugChanged];
    FEATURE_REQUEST_CHANGED: [featureRequestId: string, payload: FeatureRequestChanged];
    FEATURE_REQUESTS_CHANGED: [payload: FeatureRequestChanged];
    TICKET_CHANGED: [ticketId: string, payload: TicketChanged];
    QUEUE_CHANGED: [payload: TicketChanged];
    NOTIFICATIONS: [userId: string, payload: { userId: string }];
    TRAINING_CHANGED: [payload: TrainingChanged];
  }>();
}
export type AppPubSub = ReturnType<typeof createAppPubSub>;

/**
 * Announces an event through PostgreSQL NOTIFY: delivered to every instance when (and only when)
 * the transaction commits, so nobody hears of a change that was rolled back.
 */
export async function publishEvent(db: EntityManager | DataSource, event: AppEvent): Promise<void> {
  await publishEvents(db, [event]);
}

/** Several events in one statement (a batch of timers, every recipient of a notification). */
export async function publishEvents(db: EntityManager | DataSource, events: readonly AppEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.query('SELECT pg_notify($1, event) FROM unnest($2::text[]) AS event', [
    EVENTS_CHANNEL,
    events.map((event) => JSON.stringify(event)),
  ]);
}

/** Listens on one dedicated connection and hands events to this instance's subscriptions. */
export class EventBus {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  private readonly sessionListeners = new Set<(event: SessionsEnded) => void>();

  constructor(
    private readonly url: string,
    private readonly pubSub: AppPubSub,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'tandem-events' });
    client.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        this.dispatch(JSON.parse(message.payload) as AppEvent);
      } catch (error) {
        this.log.warn({ err: error }, 'ignoring a malformed event');
      }
    });
    client.on('error', (error) => this.reconnect(error));
    client.on('end', () => this.reconnect(null));
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
  }

  private reconnect(error: Error | null): void {
    if (this.stopped || this.retry) return;
    this.log.warn({ err: error }, 'lost the live-update connection to PostgreSQL; reconnecting');
    this.client = null;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().catch((e) => this.reconnect(e));
    }, 1000);
    this.retry.unref();
  }

  dispatch(event: AppEvent): void {
    if (event.kind === 'ticket') {
      this.pubSub.publish('TICKET_CHANGED', event.ticketId, { ticketId: event.ticketId });
      this.pubSub.publish('QUEUE_CHANGED', { ticketId: event.ticketId });
    } else if (event.kind === 'bug') {
      this.pubSub.publish('BUG_CHANGED', event.bugId, { bugId: event.bugId });
      this.pubSub.publish('BUGS_CHANGED', { bugId: event.bugId });
    } else if (event.kind === 'featureRequest') {
      this.pubSub.publish('FEATURE_REQUEST_CHANGED', event.featureRequestId, { featureRequestId: event.featureRequestId });
      this.pubSub.publish('FEATURE_REQUESTS_CHANGED', { featureRequestId: event.featureRequestId });
    } else if (event.kind === 'notifications') {
      this.pubSub.publish('NOTIFICATIONS', event.userId, { userId: event.userId });
    } else if (event.kind === 'training') {
      this.pubSub.publish('TRAINING_CHANGED', { traineeId: event.traineeId });
    } else if (event.kind === 'sessions-ended') {
      for (const listener of this.sessionListeners) listener(event);
    }
  }

  /** Called on this instance whenever sessions end on any instance. */
  onSessionsEnded(listener: (event: SessionsEnded) => void): void {
    this.sessionListeners.add(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }
}
