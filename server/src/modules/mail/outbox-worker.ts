import nodemailer, { type Transporter } from 'nodemailer';
import { LIMITS } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { publishEvent } from '../../common/events.js';
import type { Logger } from '../../logger.js';
import type { TimerPlanner } from '../follow-ups/timer-planner.js';
import type { OutboxRow, OutboxService } from './outbox.service.js';

const POLL_MS = 500;
const MAX_DELAY_SECONDS = 3600;
// A worker that took a mail and died gives it back after this long.
const LEASE_SECONDS = 120;

/**
 * Delivers the outbox. A mail is leased for sending in a short transaction of its own (any number
 * of instances share the work; none takes a leased mail), sent outside any transaction, and marked
 * sent in another. A crash between the SMTP server's "250" and "marked sent" re-sends that one
 * mail after the lease, with the same Message-ID, which the receiving side can de-duplicate; a mail
 * is never lost. Temporary failures are retried with backoff; a permanent refusal (5xx) stops, shown
 * as FAILED with the server's answer, until an admin retries. Without SMTP_URL, mail waits.
 */
export class OutboxWorker {
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly outbox: OutboxService,
    private readonly planner: TimerPlanner,
    private readonly log: Logger,
    /** Where mail goes; SMTP_URL's server unless given (the demo seed delivers to nowhere). */
    transport: Transporter | null = config.smtpUrl ? nodemailer.createTransport(smtpOptions(config.smtpUrl)) : null,
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
    const tick = () => {
      if (this.stopped) return;
      this.running = this.deliverDue()
        .then(() => undefined)
        .catch((error) => this.log.error({ err: error }, 'outbox delivery failed'))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(tick, POLL_MS);
        });
    };
    tick();
  }

  /** Finishes the mail being sent (if any) and stops; leased mail left behind is taken up after its lease. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** Sends every mail that is due, one at a time; returns how many were attempted. */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    while (!this.stopped) {
      const row = await this.lease();
      if (!row) break;
      await this.send(row);
      attempted += 1;
    }
    return attempted;
  }

  /** Takes the next due mail (or one whose lease ran out) for this worker. */
  private async lease(): Promise<OutboxRow | null> {
    if (!this.transport) return null;
    const now = this.clock.now();
    const [rows] = await this.db.query(
      `UPDATE outbox_mail SET status = 'SENDING', attempts = attempts + 1, next_attempt_at = $2
        WHERE id = (SELECT id FROM outbox_mail WHERE status IN ('PENDING','SENDING') AND next_attempt_at <= $1
                     ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [now, new Date(now.getTime() + LEASE_SECONDS * 1000)],
    );
    if (!rows?.length) return null;
    return (await this.outbox.byIds([rows[0].id]))[0] ?? null;
  }

  private async send(row: OutboxRow): Promise<void> {
    try {
      const info = await this.transport!.sendMail(this.outbox.compose(row));
      await this.finish(
        row,
        `UPDATE outbox_mail SET status = 'SENT', sent_at = $2, last_error = NULL WHERE id = $1 AND status = 'SENDING'`,
        [this.clock.now()],
      );
      this.log.info({ mail: row.id, ticket: row.ticket_number, response: info.response }, 'mail sent');
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, LIMITS.mail.lastErrorMax);
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) {
        // The server refused this mail for good (unknown address, policy): retrying would not help.
        await this.finish(row, `UPDATE outbox_mail SET status = 'FAILED', last_error = $2 WHERE id = $1 AND status = 'SENDING'`, [message]);
        this.log.warn({ mail: row.id, ticket: row.ticket_number, err: error }, 'mail refused by the SMTP server');
        return;
      }
      const delay = Math.min(this.config.outboxRetrySeconds * 2 ** (row.attempts - 1), MAX_DELAY_SECONDS);
      await this.finish(
        row,
        `UPDATE outbox_mail SET status = 'PENDING', last_error = $2, next_attempt_at = $3 WHERE id = $1 AND status = 'SENDING'`,
        [message, new Date(this.clock.now().getTime() + delay * 1000)],
      );
      this.log.warn({ mail: row.id, ticket: row.ticket_number, attempts: row.attempts, err: error }, 'mail not sent; it will be retried');
    }
  }

  private async finish(row: OutboxRow, sql: string, params: unknown[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(sql, [row.id, ...params]);
      // A reply that went out starts its follow-up and closing timers (F1, W10).
      await this.planner.refresh(tx, row.ticket_id);
      await publishEvent(tx, { kind: 'ticket', ticketId: row.ticket_id });
    });
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
