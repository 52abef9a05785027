import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth.js';
import { errorMiddleware } from './common/errors.js';
import { createAppPubSub, type AppPubSub } from './common/events.js';
import { idArgumentsMiddleware } from './common/ids.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { CustomerResolver } from './modules/customers/customer.resolver.js';
import { DraftResolver } from './modules/drafts/draft.resolver.js';
import { TicketTimersResolver } from './modules/follow-ups/timer.resolver.js';
import { MailResolver } from './modules/mail/mail.resolver.js';
import { OutboxMailResolver } from './modules/mail/outbox-mail.resolver.js';
import { NotificationResolver } from './modules/notifications/notification.resolver.js';
import { SavedReplyResolver } from './modules/saved-replies/saved-reply.resolver.js';
import { SettingsResolver } from './modules/settings/settings.resolver.js';
import { TicketResolver } from './modules/tickets/ticket.resolver.js';
import {
  CustomerMessageResolver,
  EventResolver,
  NoteResolver,
  ReplyResolver,
} from './modules/tickets/timeline.resolver.js';
import { UserResolver } from './modules/users/user.resolver.js';

export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  TicketResolver,
  CustomerResolver,
  CustomerMessageResolver,
  ReplyResolver,
  NoteResolver,
  EventResolver,
  DraftResolver,
  SavedReplyResolver,
  NotificationResolver,
  SettingsResolver,
  MailResolver,
  OutboxMailResolver,
  TicketTimersResolver,
] as const;

export function buildAppSchema(pubSub: AppPubSub = createAppPubSub()): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [errorMiddleware, idArgumentsMiddleware],
    validate: { forbidUnknownValues: false },
    pubSub,
  });
}

/** The schema as committed in server/schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
