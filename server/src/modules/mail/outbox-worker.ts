import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { publishEvent } from '../../common/events.js';
import type { Logger } from '../../logger.js';
import type { OutboxRow, OutboxService } from './outbox.service.js';

const POLL_MS = 500;
const BATCH = 10;
const MAX_DELAY_SECONDS = 3600;
// After this many attempts a mail shows as FAILED (still retried, hourly): someone should look.
const ATTEMPTS_BEFORE_FAILED = 5;

/**
 * Delivers the outbox. Each mail is taken under a row lock (FOR UPDATE SKIP LOCKED), so any number
 * of instances share the work and none sends a mail another is sending. A crash after the SMTP
 * server accepted a mail but before it is marked sent re-sends it with the same Message-ID, which
 * the receiving side can de-duplicate; a mail is never lost. Without SMTP_URL, mail waits.
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
    private readonly log: Logger,
  ) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(smtpOptions(config.smtpUrl)) : null;
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

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** Sends every mail that is due, a batch at a time; returns how many were attempted. */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const count = await this.deliverBatch();
      attempted += count;
      if (count < BATCH || this.stopped) return attempted;
    }
  }

  private async deliverBatch(): Promise<number> {
    if (!this.transport) return 0;
    const transport = this.transport;
    return this.db.transaction(async (tx) => {
      const rows: OutboxRow[] = await tx.query(
        `SELECT o.*, t.number AS ticket_number, t.mail_ref FROM outbox_mail o JOIN ticket t ON t.id = o.ticket_id
          WHERE o.status <> 'SENT' AND o.next_attempt_at <= $1
          ORDER BY o.next_attempt_at LIMIT ${BATCH} FOR UPDATE OF o SKIP LOCKED`,
        [this.clock.now()],
      );
      for (const row of rows) {
        try {
          const info = await transport.sendMail(this.outbox.compose(row));
          await tx.query(`UPDATE outbox_mail SET status = 'SENT', sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1`, [
            row.id,
            this.clock.now(),
          ]);
          this.log.info({ mail: row.id, ticket: row.ticket_number, response: info.response }, 'mail sent');
        } catch (error) {
          const attempts = row.attempts + 1;
          const delay = Math.min(this.config.outboxRetrySeconds * 2 ** (attempts - 1), MAX_DELAY_SECONDS);
          const message = error instanceof Error ? error.message : String(error);
          await tx.query(`UPDATE outbox_mail SET status = $2, attempts = $3, last_error = $4, next_attempt_at = $5 WHERE id = $1`, [
            row.id,
            attempts >= ATTEMPTS_BEFORE_FAILED ? 'FAILED' : 'PENDING',
            attempts,
            message.slice(0, 1000),
            new Date(this.clock.now().getTime() + delay * 1000),
          ]);
          this.log.warn({ mail: row.id, ticket: row.ticket_number, attempts, err: error }, 'mail not sent; it will be retried');
        }
        await publishEvent(tx, { kind: 'ticket', ticketId: row.ticket_id });
      }
      return rows.length;
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
