import { createServer, type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';

/** A real SMTP server on loopback that keeps every message it accepts (an outbound mail sink). */
export class SmtpSink {
  readonly mails: ParsedMail[] = [];
  /** The most connections that were open to it at once. */
  peakConnections = 0;
  private openConnections = 0;
  private server: SMTPServer | null = null;
  port = 0;

  /** `answerAfterMs`: a slow server, answering each mail it took only after this long. */
  constructor(private readonly options: { answerAfterMs?: number } = {}) {}

  async start(port = 0): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      // Stopping drops the connections still open (a sender's idle pooled ones), as a server going down does.
      closeTimeout: 100,
      onConnect: (_session, callback) => {
        this.openConnections += 1;
        this.peakConnections = Math.max(this.peakConnections, this.openConnections);
        callback();
      },
      onClose: () => {
        this.openConnections -= 1;
      },
      // Recipients starting with "refused" are turned away for good, as an unknown mailbox would be.
      onRcptTo: (address, _session, callback) =>
        address.address.startsWith('refused')
          ? callback(Object.assign(new Error('5.1.1 No such mailbox'), { responseCode: 550 }))
          : callback(),
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.mails.push(mail);
            setTimeout(callback, this.options.answerAfterMs ?? 0);
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops accepting connections (the port then refuses them) and ends the open ones, keeping what it received. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async waitForMails(count: number): Promise<ParsedMail[]> {
    await expect.poll(() => this.mails.length, { timeout: 15_000, interval: 100 }).toBeGreaterThanOrEqual(count);
    return this.mails;
  }
}

/** A TCP port on loopback that nothing listens on right now (for a listener the test starts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
