import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'tandem' },
    // Never write secrets to the logs, whatever object a caller passes in.
    redact: {
      paths: ['password', '*.password', '*.currentPassword', '*.newPassword', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  });
}
