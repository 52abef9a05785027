import type { FeatureModule } from '../feature-module.js';
import { TicketMessage } from './ticket-message.entity.js';
import { Ticket } from './ticket.entity.js';
import { TicketResolver } from './ticket.resolver.js';
import { CustomerMessageResolver, EventResolver, NoteResolver, ReplyResolver } from './timeline.resolver.js';

/** Tickets, their conversation and the queue (W1-W10, C1-C4). */
export const ticketsModule: FeatureModule = {
  name: 'tickets',
  resolvers: [TicketResolver, CustomerMessageResolver, ReplyResolver, NoteResolver, EventResolver],
  entities: [Ticket, TicketMessage],
};
