import { fromMap, type RowLoader } from '../../common/loaders.js';
import type { FeatureModule } from '../feature-module.js';
import { InboundMailService } from './inbound.service.js';
import { LinkService } from './link.service.js';
import { MailResolver } from './mail.resolver.js';
import { OutboxByMessage1795305600013 } from './migrations/1795305600013-OutboxByMessage.js';
import type { Attachment } from './mail.types.js';
import { OutboxMailResolver } from './outbox-mail.resolver.js';
import { OutboxService, type OutboxRow } from './outbox.service.js';
import { OutboxWorker } from './outbox-worker.js';

export interface MailServices {
  links: LinkService;
  outbox: OutboxService;
  outboxWorker: OutboxWorker;
  inbound: InboundMailService;
}

export interface MailLoaders {
  mailByMessageId: RowLoader<OutboxRow | null>;
  attachmentsByMessageId: RowLoader<Attachment[]>;
}

declare module '../../common/app-services.js' {
  interface AppServices extends MailServices {}
  interface Loaders extends MailLoaders {}
}

/** Customers' mail in, replies out through the outbox, private links. */
export const mailModule: FeatureModule = {
  name: 'mail',
  resolvers: [MailResolver, OutboxMailResolver],
  entities: [],
  migrations: [OutboxByMessage1795305600013],
  services: {
    links: (s) => new LinkService(s.db, s.clock, s.config, s.tickets),
    outbox: (s) => new OutboxService(s.db, s.clock, s.config, s.links),
    outboxWorker: (s) => new OutboxWorker(s.db, s.clock, s.config, s.outbox, s.planner, s.log),
    inbound: (s) => new InboundMailService(s.db, s.clock, s.config, s.customerMessageRecorder, s.links, s.log),
  },
  loaders: ({ outbox, inbound }): MailLoaders => ({
    mailByMessageId: fromMap(async (ids) => new Map((await outbox.forMessages(ids)).map((row) => [String(row.message_id), row])), null),
    attachmentsByMessageId: fromMap((ids) => inbound.attachments(ids), []),
  }),
};
