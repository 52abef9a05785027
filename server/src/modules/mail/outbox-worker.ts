import nodemailer, { type Transporter } from 'nodemailer';
import { LIMITS, stripForbiddenCharacters as storable } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { publishEvents } from '../../common/events.js';
import type { Logger } from '../../logger.js';
import type { TimerPlanner } from '../follow-ups/timer-planner.js';
import type { OutboxRow, OutboxService } from './outbox.service.js';
import { PollingLoop } from '../../jobs/polling-loop.js';

const POLL_MS = 500;
const MAX_DELAY_SECONDS = 3600;
/** Due mails taken per lease: one statement leases and loads them all. */
const BATCH_SIZE = 100;
// A worker that took mail and died gives it back after this long.
const LEASE_SECONDS = 120;
// No send starts with less of its lease left than this (one send's SMTP timeouts, with room to mark it):
// a slow server makes the rest of the batch go back to the outbox instead of outliving its lease.
const LEASE_MARGIN_SECONDS = 60;
// Results are written in groups of this many (fewer statements per mail), or after this long at most
// (a slow server), or when the batch is done.
const WRITE_GROUP = 20;
const WRITE_WAIT_MS = 250;
// Writing results that failed (the database away a moment) is tried this often before the mails are
// left to their lease.
const WRITE_TRIES = 3;

/** What came of one mail, as it is written back. */
interface Outcome {
  row: OutboxRow;
  status: 'SENT' | 'FAILED' | 'PENDING';
  sentAt: Date | null;
  error: string | null;
  /** PENDING: when to try again. */
  retryAt: Date | null;
}

/**
 * Delivers the outbox. Due mails are leased in batches of up to 100 by one statement (any number
 * of instances share the work; none takes a leased mail), sent outside any transaction over at most
 * SMTP_MAX_CONNECTIONS pooled connections at once, and marked as the answers come back, 20 or so
 * at a time in one transaction while the batch goes on. A crash between the SMTP server's "250" and
 * "marked sent" re-sends the mails in that gap (answered but not yet written: at most a few dozen)
 * after the lease, with the same Message-ID, which the receiving side can de-duplicate; a mail is
 * never lost. Each mail stands alone: temporary failures are retried with backoff, a permanent
 * refusal (5xx) stops that mail, shown as FAILED with the server's answer, until an admin retries;
 * the rest of its batch goes on. Stopping finishes the mails being sent and gives the rest back.
 * Without SMTP_URL, mail waits.
 */
export class OutboxWorker {
  private readonly transport: Transporter | null;
  private readonly loop = new PollingLoop(
    async () => {
      await this.deliverDue();
      return POLL_MS;
    },
    (error) => this.log.error({ err: error }, 'outbox delivery failed'),
    POLL_MS,
  );

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly outbox: OutboxService,
    private readonly planner: TimerPlanner,
    private readonly log: Logger,
    /** Where mail goes; SMTP_URL's server unless given (the demo seed delivers to nowhere). */
    transport: Transporter | null = config.smtpUrl
      ? nodemailer.createTransport({ ...smtpOptions(config.smtpUrl), pool: true, maxConnections: config.smtpMaxConnections })
      : null,
  ) {
    this.transport = transport;
  }

  get isConfigured(): boolean {
    return this.transport !== null;
  }

  start(): void {
    if (!this.transport) {
      this.log.warn('SMTP_URL is not set: replies wait in the outbox (admin > Outbox) until an SMTP server is configured');
      return;
    }
    this.loop.start();
  }

  /**
   * Finishes the mails being sent and records them, gives the rest of the batch back to the outbox
   * (due at once, for another instance), and stops.
   */
  async stop(): Promise<void> {
    await this.loop.stop();
    this.transport?.close();
  }

  /** Sends every mail that is due, batch by batch; returns how many were attempted. */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    while (!this.loop.isStopped) {
      const lease = await this.lease();
      if (!lease) break;
      attempted += await this.sendBatch(lease.rows, lease.until);
    }
    return attempted;
  }

  /** Takes up to a batch of due mails (or ones whose lease ran out) for this worker, and loads them. */
  private async lease(): Promise<{ rows: OutboxRow[]; until: Date } | null> {
    if (!this.transport) return null;
    const now = this.clock.now();
    const until = new Date(now.getTime() + LEASE_SECONDS * 1000);
    const rows = await this.outbox.lease(now, until, BATCH_SIZE);
    return rows.length ? { rows, until } : null;
  }

  /**
   * Sends a leased batch over at most `smtpMaxConnections` connections at once. A mail is only
   * started while its lease has room; mails not started (stopping, or a server so slow the lease
   * would run out) go back to the outbox unattempted. Returns how many were attempted.
   */
  private async sendBatch(rows: OutboxRow[], leaseUntil: Date): Promise<number> {
    const results = new ResultWriter((outcomes) => this.record(outcomes, leaseUntil), this.log);
    const startBefore = leaseUntil.getTime() - LEASE_MARGIN_SECONDS * 1000;
    const canStart = () => !this.loop.isStopped && this.clock.now().getTime() < startBefore;
    // One ticket's mails go out one after the other, in the order they were written (a reply before
    // the closing message); different tickets' mails go out side by side.
    const byTicket = [...groupByTicket(rows).values()];
    const attempted = new Set<string>();
    let next = 0;
    const sender = async () => {
      while (canStart() && next < byTicket.length) {
        for (const row of byTicket[next++]!) {
          if (!canStart()) break;
          attempted.add(row.id);
          results.add(await this.attempt(row));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.config.smtpMaxConnections, byTicket.length) }, sender));
    await results.drain();
    const notStarted = rows.filter((row) => !attempted.has(row.id));
    if (notStarted.length) await this.giveBack(notStarted, leaseUntil);
    return attempted.size;
  }

  private async attempt(row: OutboxRow): Promise<Outcome> {
    try {
      const info = await this.transport!.sendMail(this.outbox.compose(row));
      this.log.info({ mail: row.id, ticket: row.ticket_number, response: info.response }, 'mail sent');
      return { row, status: 'SENT', sentAt: this.clock.now(), error: null, retryAt: null };
    } catch (error) {
      // The server's answer as it can be stored (a NUL in it would fail the write of the whole batch).
      const message = storable(error instanceof Error ? error.message : String(error)).slice(0, LIMITS.mail.lastErrorMax);
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) {
        // The server refused this mail for good (unknown address, policy): retrying would not help.
        this.log.warn({ mail: row.id, ticket: row.ticket_number, err: error }, 'mail refused by the SMTP server');
        return { row, status: 'FAILED', sentAt: null, error: message, retryAt: null };
      }
      const delay = Math.min(this.config.outboxRetrySeconds * 2 ** (row.attempts - 1), MAX_DELAY_SECONDS);
      this.log.warn({ mail: row.id, ticket: row.ticket_number, attempts: row.attempts, err: error }, 'mail not sent; it will be retried');
      return { row, status: 'PENDING', sentAt: null, error: message, retryAt: new Date(this.clock.now().getTime() + delay * 1000) };
    }
  }

  /**
   * Writes what came of these mails in one transaction: one statement for all of them, then their
   * tickets' timers, planned again (a reply that went out starts its follow-up and closing timers,
   * F1, W10), in one more, and one live event per ticket.
   */
  private async record(outcomes: Outcome[], leaseUntil: Date): Promise<void> {
    const ticketIds = [...new Set(outcomes.map((o) => o.row.ticket_id))];
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE outbox_mail o SET status = r.status, sent_at = coalesce(r.sent_at, o.sent_at), last_error = r.last_error,
                next_attempt_at = coalesce(r.retry_at, o.next_attempt_at)
           FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::timestamptz[]) AS r(id, status, sent_at, last_error, retry_at)
          -- Only under this worker's lease: a mail whose lease ran out and was taken again is the
          -- other worker's to record.
          WHERE o.id = r.id AND o.status = 'SENDING' AND o.next_attempt_at = $6`,
        [
          outcomes.map((o) => o.row.id),
          outcomes.map((o) => o.status),
          outcomes.map((o) => o.sentAt),
          outcomes.map((o) => o.error),
          outcomes.map((o) => o.retryAt),
          leaseUntil,
        ],
      );
      await this.planner.refreshMany(tx, ticketIds);
      await publishEvents(
        tx,
        ticketIds.map((ticketId) => ({ kind: 'ticket', ticketId })),
      );
    });
  }

  /** Mails leased but not attempted: due again at once, their lease's attempt not counted. */
  private async giveBack(rows: OutboxRow[], leaseUntil: Date): Promise<void> {
    await this.db.query(
      `UPDATE outbox_mail SET status = 'PENDING', attempts = attempts - 1, next_attempt_at = $3
        WHERE id = ANY($1::uuid[]) AND status = 'SENDING' AND next_attempt_at = $2`,
      [rows.map((row) => row.id), leaseUntil, this.clock.now()],
    );
  }
}

/** A batch's mails per ticket, each ticket's in the batch's order (Node 20 has no Map.groupBy). */
function groupByTicket(rows: OutboxRow[]): Map<string, OutboxRow[]> {
  const groups = new Map<string, OutboxRow[]>();
  for (const row of rows) groups.set(row.ticket_id, [...(groups.get(row.ticket_id) ?? []), row]);
  return groups;
}

/**
 * Writes outcomes in groups while the batch goes on: a group is written once WRITE_GROUP outcomes
 * wait, or the oldest has waited WRITE_WAIT_MS (a slow server), or the batch is done; one write at a
 * time. A write that fails is tried again; one that keeps failing is split so that one bad row costs
 * the others nothing, each mail written on its own. A mail that still cannot be written is logged; it
 * stays leased and is sent again after its lease.
 */
class ResultWriter {
  private waiting: Outcome[] = [];
  private writing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining = false;

  constructor(
    private readonly write: (outcomes: Outcome[]) => Promise<void>,
    private readonly log: Logger,
  ) {}

  add(outcome: Outcome): void {
    this.waiting.push(outcome);
    this.next(false);
  }

  /** Writes everything added so far, whatever the group size; resolves when it is written (or given up on). */
  async drain(): Promise<void> {
    this.draining = true;
    this.next(true);
    while (this.writing) await this.writing;
  }

  private next(now: boolean): void {
    if (this.writing || !this.waiting.length) return;
    if (!now && !this.draining && this.waiting.length < WRITE_GROUP) {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.next(true);
      }, WRITE_WAIT_MS);
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.writing = this.writeAll(this.waiting.splice(0)).finally(() => {
      this.writing = null;
      this.next(false);
    });
  }

  private async writeAll(outcomes: Outcome[]): Promise<void> {
    if ((await this.tryWrite(outcomes)) || outcomes.length === 1) return;
    for (const outcome of outcomes) await this.tryWrite([outcome]);
  }

  private async tryWrite(outcomes: Outcome[]): Promise<boolean> {
    let failure: unknown;
    for (let tries = 0; tries < WRITE_TRIES; tries++) {
      try {
        await this.write(outcomes);
        return true;
      } catch (error) {
        failure = error;
      }
    }
    if (outcomes.length === 1) {
      this.log.error({ err: failure, mail: outcomes[0]!.row.id }, 'could not record a mail; it goes out again after its lease');
    } else {
      this.log.warn({ err: failure, mails: outcomes.length }, 'could not record a batch of mails; recording them one by one');
    }
    return false;
  }
}

/** smtp://user:pass@host:port (STARTTLS when offered) or smtps:// (TLS from the start). */
function smtpOptions(url: string) {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname,
    port: Number(parsed.port) || (secure ? 465 : 587),
    secure,
    auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
}
