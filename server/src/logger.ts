import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** `destination`: where the JSON lines go (standard output by default; tests collect them). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'tandem' },
    // Never write secrets to the logs, whatever object a caller passes in.
    redact: {
      paths: ['password', '*.password', '*.currentPassword', '*.newPassword', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
