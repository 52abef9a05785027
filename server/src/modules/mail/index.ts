import type { FeatureModule } from '../feature-module.js';
import { MailResolver } from './mail.resolver.js';
import { OutboxMailResolver } from './outbox-mail.resolver.js';

/** Customers' mail in, replies out through the outbox, private links. */
export const mailModule: FeatureModule = { name: 'mail', resolvers: [MailResolver, OutboxMailResolver], entities: [] };
