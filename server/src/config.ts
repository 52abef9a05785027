import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the server reads from its environment; README's configuration table lists the same. */
export interface Config {
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  isProduction: boolean;
  logLevel: string;
  /** External PostgreSQL; when absent an embedded PostgreSQL runs in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number | null;
  /** How long a crashed embedded PostgreSQL may take to come back before Tandem exits. */
  embeddedPgRestartSeconds: number;
  seedDemo: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  trustProxy: boolean;
  statementTimeoutMs: number;
  dbPoolSize: number;
  initialAdmin: { email: string; password: string } | null;
  /** Built client (client/dist); served at / when present. */
  clientDir: string;
  /** Send the client's source maps (off: they expose the sources to anyone). */
  serveSourceMaps: boolean;
  /** Where people reach Tandem (links in chat messages and e-mails). */
  publicUrl: string;
  /** First retry delay of team-chat webhook posts (doubles each time). */
  teamChatRetrySeconds: number;
  /** Web-form tickets accepted per IP address per hour. */
  intakeLimitPerHour: number;
  /** Outgoing mail server, e.g. smtp://user:pass@mailpit:1025; null: mail waits in the outbox. */
  smtpUrl: string | null;
  /** SMTP connections the outbox keeps open to that server at most (its mails go out over them in parallel). */
  smtpMaxConnections: number;
  /** The support address customers write to; replies come from it, answers go to support+<ticket>@ it. */
  supportAddress: string;
  /** Display name on outgoing mail. */
  mailFromName: string;
  /** Port of the built-in inbound SMTP listener; 0: off. */
  inboundSmtpPort: number;
  /** Bearer secret of POST /inbound/mail (raw MIME from a mail provider's webhook); null: endpoint off. */
  inboundWebhookSecret: string | null;
  /** Largest inbound message, attachments included. */
  maxMessageBytes: number;
  /** First retry delay of an outgoing mail that failed (doubles each time, up to an hour). */
  outboxRetrySeconds: number;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${env[name]}").`);
}

function supportAddress(env: Env): string {
  const address = (env.SUPPORT_ADDRESS?.trim() || 'support@localhost').toLowerCase();
  if (!/^[^\s@+]+@[^\s@]+$/.test(address)) {
    throw new ConfigError(`SUPPORT_ADDRESS must be a plain e-mail address without "+" (got "${env.SUPPORT_ADDRESS}").`);
  }
  return address;
}

function inboundSecret(env: Env): string | null {
  const secret = env.INBOUND_WEBHOOK_SECRET?.trim();
  if (!secret) return null;
  if (secret.length < 24) throw new ConfigError('INBOUND_WEBHOOK_SECRET must be at least 24 characters.');
  return secret;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test (got "${nodeEnv}").`);
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  const adminEmail = env.INITIAL_ADMIN_EMAIL?.trim();
  const adminPassword = env.INITIAL_ADMIN_PASSWORD;
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new ConfigError('Set both INITIAL_ADMIN_EMAIL and INITIAL_ADMIN_PASSWORD, or neither.');
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    nodeEnv,
    isProduction: nodeEnv === 'production',
    logLevel,
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.DATA_DIR || path.join(REPO_ROOT, '.data')),
    embeddedPgPort: env.EMBEDDED_PG_PORT ? integer(env, 'EMBEDDED_PG_PORT', 0, 1, 65535) : null,
    embeddedPgRestartSeconds: integer(env, 'EMBEDDED_PG_RESTART_SECONDS', 60, 1, 3600),
    seedDemo: boolean(env, 'SEED_DEMO', true),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 7 * 24 * 60),
    sessionMaxHours: integer(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 10_000, 100, 600_000),
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 200),
    initialAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : null,
    clientDir: path.resolve(env.CLIENT_DIR || path.join(REPO_ROOT, 'client', 'dist')),
    serveSourceMaps: boolean(env, 'SERVE_SOURCE_MAPS', false),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT || 4000}`).replace(/\/+$/, ''),
    teamChatRetrySeconds: integer(env, 'TEAM_CHAT_RETRY_SECONDS', 30, 1, 3600),
    intakeLimitPerHour: integer(env, 'INTAKE_LIMIT_PER_HOUR', 10, 1, 100_000),
    smtpUrl: env.SMTP_URL?.trim() || null,
    smtpMaxConnections: integer(env, 'SMTP_MAX_CONNECTIONS', 5, 1, 100),
    supportAddress: supportAddress(env),
    mailFromName: env.MAIL_FROM_NAME?.trim() || 'Support',
    inboundSmtpPort: integer(env, 'INBOUND_SMTP_PORT', 2525, 0, 65535),
    inboundWebhookSecret: inboundSecret(env),
    maxMessageBytes: integer(env, 'MAX_MESSAGE_MB', 10, 1, 100) * 1024 * 1024,
    outboxRetrySeconds: integer(env, 'OUTBOX_RETRY_SECONDS', 30, 1, 3600),
  };
}
