import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ConfigError } from '../../config.js';
import type { Logger } from '../../logger.js';
import { RejectedMail, type InboundMailService } from './inbound.service.js';

export interface InboundSmtp {
  port: number;
  stop(): Promise<void>;
}

/**
 * The built-in SMTP listener: point the support address's MX (or a relay) at it. Each message is
 * parsed and stored before the server answers 250, so an accepted mail is never lost; oversize or
 * malformed mail gets a clear 5xx answer and nothing is stored.
 */
export async function startInboundSmtp(
  port: number,
  host: string,
  maxBytes: number,
  inbound: InboundMailService,
  log: Logger,
): Promise<InboundSmtp> {
  const server = new SMTPServer({
    name: 'tandem',
    banner: 'Tandem support mail',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    maxClients: 50,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      // Past the limit the rest is read and dropped, never held in memory.
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) chunks.push(chunk);
      });
      stream.on('end', () => {
        if (stream.sizeExceeded || size > maxBytes) {
          callback(smtpError(`Message too large: the limit is ${Math.round(maxBytes / 1024 / 1024)} MB`, 552));
          return;
        }
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        inbound.receiveRaw(Buffer.concat(chunks), recipients).then(
          () => callback(),
          (error: unknown) => {
            if (error instanceof RejectedMail) {
              log.warn({ err: error, recipients }, 'inbound mail refused');
              callback(smtpError(error.message, error.smtpCode));
            } else {
              log.error({ err: error }, 'inbound mail could not be stored');
              callback(smtpError('Temporary failure, try again later', 451));
            }
          },
        );
      });
    },
  });
  server.on('error', (error) => log.warn({ err: error }, 'inbound SMTP error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(`INBOUND_SMTP_PORT ${port} is in use: choose another port, or 0 to turn the mail listener off.`)
          : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  log.info({ port: actual }, 'inbound SMTP listening');
  return { port: actual, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}
