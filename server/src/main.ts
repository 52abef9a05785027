import 'reflect-metadata';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_PASSWORD, DEMO_USERS } from './db/seed/demo.js';
import { createLogger } from './logger.js';

const SHUTDOWN_DEADLINE_MS = 4_500;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  // A database that is gone for good: exit non-zero so a process supervisor starts Tandem afresh.
  const onDatabaseLost = (error: Error) => {
    console.error(`\nTandem is stopping: ${error.message}`);
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    void app.stop().finally(() => process.exit(1));
  };
  const app = await startApp({ config, log, onDatabaseLost });

  const lines = [`\n  Tandem is ready at ${app.url}\n`];
  lines.push(
    app.inboundSmtpPort
      ? `  Customers' mail: SMTP on port ${app.inboundSmtpPort} for ${config.supportAddress}`
      : "  Customers' mail: the SMTP listener is off (INBOUND_SMTP_PORT=0)",
    config.smtpUrl ? '  Replies are sent through SMTP_URL\n' : '  Replies wait in the outbox: SMTP_URL is not set\n',
  );
  if (config.seedDemo) {
    lines.push(`  Demo logins (password for all: ${DEMO_PASSWORD})`);
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(22)} ${user.description}`);
    lines.push('');
  }
  console.log(lines.join('\n'));

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error('shutdown took too long; exiting now');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    app.stop().then(
      () => process.exit(0),
      (error) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
