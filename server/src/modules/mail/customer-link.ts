import { checkCustomerLink } from '@tandem/shared';
import type { Viewer } from '../../common/viewer.js';
import { ensure } from '../../common/domain-error.js';
import { publishEvent } from '../../common/events.js';
import type { AppServices } from '../../common/app-services.js';
import type { Ticket } from '../tickets/ticket.entity.js';

/**
 * "Get the customer's link": a fresh private link for a customer on the phone or in a chat. Like the
 * links in reply mails it is stored only as a hash (so it is shown once, now) and ends with
 * revokeTicketLinks; the timeline records who handed it out.
 */
export async function createCustomerLink(
  services: Pick<AppServices, 'db' | 'tickets' | 'links'>,
  viewer: Viewer,
  ticketId: string,
): Promise<{ url: string; ticket: Ticket }> {
  return services.db.transaction(async (tx) => {
    const ticket = await services.tickets.lock(tx, ticketId);
    ensure(checkCustomerLink(viewer));
    // Carried by no reply mail: the link's own message is none.
    const { url } = await services.links.create(tx, ticket.id, null);
    await services.tickets.recordEvent(tx, ticket.id, viewer.id, 'LINK_CREATED');
    await publishEvent(tx, { kind: 'ticket', ticketId: ticket.id });
    return { url, ticket: await services.tickets.get(ticket.id, tx) };
  });
}
