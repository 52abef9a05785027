import { checkTriage, describeTriggers, suggestedGroupForType, type TicketGroup, type TicketType } from '@tandem/shared';
import type { Config } from '../../../config.js';
import type { Viewer } from '../../../common/viewer.js';
import { ensure } from '../../../common/domain-error.js';
import { TEAM_CHAT_QUEUE, type TeamChatMessage } from '../../../jobs/team-chat.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { Customer } from '../../customers/customer.entity.js';
import type { NotificationService } from '../../notifications/notification.service.js';
import type { SettingsService } from '../../settings/settings.service.js';
import { ticketFacts, type Ticket } from '../ticket.entity.js';
import type { TicketChanges } from '../ticket-row.js';
import type { TicketStore } from '../ticket-store.js';

/** Sorting a ticket out: its type, group, complexity and whether the customer is frustrated. */
export class TicketTriager {
  constructor(
    private readonly config: Config,
    private readonly tickets: TicketStore,
    private readonly settings: SettingsService,
    private readonly notifications: NotificationService,
    private readonly jobs: JobQueue,
  ) {}

  /** C1: sets the type; an uncategorized ticket moves to the type's usual group (C4, R3). */
  async setType(viewer: Viewer, ticketId: string, type: TicketType | null): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      if (ticket.type === type) return ticket;
      const changes: TicketChanges = { type };
      const group = type ? suggestedGroupForType[type] : null;
      const moves = group !== null && ticket.group === 'UNASSIGNED';
      if (moves) changes.group = group;
      await this.tickets.update(tx, ticket.id, changes);
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'TYPE_SET', { type });
      if (moves) await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'GROUP_SET', { group: group! });
      return this.tickets.get(ticket.id, tx);
    });
  }

  /** C4/R3: puts the ticket in a group. */
  async setGroup(viewer: Viewer, ticketId: string, group: TicketGroup): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      if (ticket.group === group) return ticket;
      await this.tickets.update(tx, ticket.id, { group: group });
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'GROUP_SET', { group });
      return this.tickets.get(ticket.id, tx);
    });
  }

  /** W9: complex tickets get the seen-but-unanswered follow-up. */
  async setComplex(viewer: Viewer, ticketId: string, isComplex: boolean): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      if (ticket.isComplex === isComplex) return ticket;
      await this.tickets.update(tx, ticket.id, { isComplex: isComplex });
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'COMPLEX_SET', { value: isComplex });
      return this.tickets.get(ticket.id, tx);
    });
  }

  /**
   * W8: a frustrated customer alerts every support manager at once (in the app, live) and the team
   * chat (in the background, retried; a down chat never blocks the agent). Flagging twice alerts once.
   */
  async flagFrustrated(viewer: Viewer, ticketId: string, frustrated: boolean): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      if (ticket.isFrustrated === frustrated) return ticket;
      // Confirming the "looks frustrated" suggestion is flagging; either way it is answered.
      await this.tickets.update(tx, ticket.id, {
        isFrustrated: frustrated,
        frustrationSuggestedAt: null,
        frustrationTriggers: [],
        frustrationSignals: [],
      });
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'FRUSTRATION_SET', { value: frustrated });
      if (!frustrated) return this.tickets.get(ticket.id, tx);
      const customer = await tx.findOneByOrFail(Customer, { id: ticket.customerId });
      const who = `${customer.name}${customer.company ? `, ${customer.company}` : ''}, ${customer.plan.toLowerCase()} plan`;
      await this.notifications.notify(tx, await this.notifications.managerIds(tx), {
        kind: 'FRUSTRATED_CUSTOMER',
        ticketId: ticket.id,
        actorId: viewer.id,
        body: `Frustrated customer on #${ticket.number} “${ticket.subject}” (${who}), flagged by ${viewer.name}.`,
      });
      const settings = await this.settings.get(tx);
      if (settings.teamChatWebhookUrl) {
        const message: TeamChatMessage = {
          url: settings.teamChatWebhookUrl,
          text:
            `:rotating_light: Frustrated customer on #${ticket.number} “${ticket.subject}” (${who}), ` +
            `flagged by ${viewer.name}. ${this.config.publicUrl}/tickets/${ticket.id}`,
        };
        await this.jobs.send(tx, TEAM_CHAT_QUEUE, message);
      }
      return this.tickets.get(ticket.id, tx);
    });
  }

  /** W8: the customer is not frustrated after all; the suggestion comes back only with a new message that looks frustrated. */
  async dismissFrustrationSuggestion(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      ensure(checkTriage(viewer, ticketFacts(ticket)));
      if (!ticket.frustrationSuggestedAt) return ticket;
      await this.tickets.update(tx, ticket.id, { frustrationSuggestedAt: null, frustrationTriggers: [], frustrationSignals: [] });
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'FRUSTRATION_DISMISSED', {
        reason: describeTriggers(ticket.frustrationTriggers),
      });
      return this.tickets.get(ticket.id, tx);
    });
  }
}
