import {
  bugReference,
  checkEscalate,
  checkEscalationComplete,
  checkLinkTicket,
  checkTellFixed,
  bugSeverityLabel,
  type EscalationFields,
} from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../../clock.js';
import type { Config } from '../../../config.js';
import { DomainError, ensure } from '../../../common/domain-error.js';
import type { Viewer } from '../../../common/viewer.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { TEAM_CHAT_QUEUE, type TeamChatMessage } from '../../../jobs/team-chat.js';
import type { NotificationService } from '../../notifications/notification.service.js';
import type { SettingsService } from '../../settings/settings.service.js';
import type { Ticket } from '../../tickets/ticket.entity.js';
import type { TicketStore } from '../../tickets/ticket-store.js';
import type { Bug } from '../bug.entity.js';
import type { BugStore } from '../bug-store.js';
import type { EscalateTicketInput, LinkTicketToBugInput } from '../dto/escalation.inputs.js';
import type { FixAnnouncer } from './fix-announcer.js';

/** The bug's page in the client, where notifications about it lead. */
export function bugPath(bugId: string): string {
  return `/escalations/${bugId}`;
}

/** W5, E1, E2: tickets become bugs for engineering, or join a bug engineering knows already. */
export class BugEscalator {
  constructor(
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly tickets: TicketStore,
    private readonly bugs: BugStore,
    private readonly settings: SettingsService,
    private readonly notifications: NotificationService,
    private readonly jobs: JobQueue,
    private readonly announcer: FixAnnouncer,
  ) {}

  /** E1/E2: a new bug from a ticket, complete, linked to it, and at once in front of engineering. */
  async escalate(viewer: Viewer, input: EscalateTicketInput): Promise<Ticket> {
    const fields: EscalationFields = {
      title: input.title?.trim() ?? '',
      stepsToReproduce: input.stepsToReproduce?.trim() ?? '',
      expectedResult: input.expectedResult?.trim() ?? '',
      actualResult: input.actualResult?.trim() ?? '',
      environment: input.environment?.trim() ?? '',
      url: input.url?.trim() || null,
      usersAffected: input.usersAffected ?? null,
      severity: input.severity ?? null,
    };
    return this.tickets.change(input.ticketId, async (tx, ticket) => {
      const link = await this.bugs.linkOf(tx, ticket.id);
      ensure(checkEscalate(viewer, { status: ticket.status, bugId: link?.bugId ?? null }));
      ensure(checkEscalationComplete(fields));
      const now = this.clock.now();
      const [row] = await tx.query(
        `INSERT INTO bug (title, steps_to_reproduce, expected_result, actual_result, environment, url, severity, escalated_by_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING *`,
        [
          fields.title,
          fields.stepsToReproduce,
          fields.expectedResult,
          fields.actualResult,
          fields.environment,
          fields.url,
          fields.severity,
          viewer.id,
          now,
        ],
      );
      const bug = this.bugs.read(row);
      await this.bugs.recordEvent(tx, bug.id, viewer.id, 'CREATED', { ticketNumber: ticket.number });
      await this.insertLink(tx, viewer, ticket, bug, fields.usersAffected!);
      await this.reachEngineering(tx, viewer, ticket, bug);
      return this.tickets.get(ticket.id, tx);
    });
  }

  /** E3: another ticket of a known bug, in one click; a bug fixed already may tell this customer at once. */
  async link(viewer: Viewer, input: LinkTicketToBugInput): Promise<Ticket> {
    return this.tickets.change(input.ticketId, async (tx, ticket) => {
      const current = await this.bugs.linkOf(tx, ticket.id);
      const bug = await this.bugs.lock(tx, input.bugId);
      ensure(checkLinkTicket(viewer, bug));
      if (input.tellFixed) ensure(checkTellFixed(viewer, bug));
      if (current && current.bugId !== bug.id) {
        throw new DomainError('BAD_USER_INPUT', 'This ticket is linked to another bug: unlink it first (a ticket belongs to one bug).');
      }
      if (!current) await this.insertLink(tx, viewer, ticket, bug, input.usersAffected);
      // Linking again to the same bug changes nothing, except that it may now tell the customer.
      if (input.tellFixed && !current?.fixAnnouncedAt) await this.announcer.tellOne(tx, bug, ticket.id, viewer.id);
      return this.tickets.get(ticket.id, tx);
    });
  }

  async unlink(viewer: Viewer, ticketId: string): Promise<Ticket> {
    return this.tickets.change(ticketId, async (tx, ticket) => {
      const link = await this.bugs.linkOf(tx, ticket.id);
      if (!link) throw new DomainError('BAD_USER_INPUT', 'This ticket is not linked to a bug.');
      const bug = await this.bugs.lock(tx, link.bugId);
      ensure(checkLinkTicket(viewer, null));
      await tx.query(`DELETE FROM ticket_bug_link WHERE ticket_id = $1`, [ticket.id]);
      await this.bugs.refreshStats(tx, [bug.id]);
      await this.bugs.update(tx, bug, null, {});
      await this.bugs.recordEvent(tx, bug.id, viewer.id, 'TICKET_UNLINKED', { ticketNumber: ticket.number });
      await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'BUG_UNLINKED', { bugNumber: bug.number });
      await this.bugs.publish(tx, [bug.id]);
      return this.tickets.get(ticket.id, tx);
    });
  }

  private async insertLink(tx: EntityManager, viewer: Viewer, ticket: Ticket, bug: Bug, usersAffected: number): Promise<void> {
    await tx.query(
      `INSERT INTO ticket_bug_link (ticket_id, bug_id, customer_id, users_affected, linked_by_id, linked_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [ticket.id, bug.id, ticket.customerId, usersAffected, viewer.id, this.clock.now()],
    );
    await this.bugs.refreshStats(tx, [bug.id]);
    await this.bugs.update(tx, bug, null, {});
    await this.bugs.recordEvent(tx, bug.id, viewer.id, 'TICKET_LINKED', { ticketNumber: ticket.number });
    await this.tickets.recordEvent(tx, ticket.id, viewer.id, 'BUG_LINKED', { bugNumber: bug.number });
    await this.bugs.publish(tx, [bug.id]);
  }

  /** E2: every engineer is notified at once (live), and engineering's chat hears of it (retried, never blocking). */
  private async reachEngineering(tx: EntityManager, viewer: Viewer, ticket: Ticket, bug: Bug): Promise<void> {
    const summary = `${bugReference(bug.number)} (${bugSeverityLabel[bug.severity]}): ${bug.title}`;
    await this.notifications.notify(tx, await this.notifications.engineerIds(tx), {
      kind: 'BUG_ESCALATED',
      ticketId: ticket.id,
      actorId: viewer.id,
      body: `${viewer.name} escalated ${summary}`,
      path: bugPath(bug.id),
    });
    const settings = await this.settings.get(tx);
    if (settings.engineeringChatWebhookUrl) {
      const message: TeamChatMessage = {
        url: settings.engineeringChatWebhookUrl,
        text: `:beetle: New bug ${summary}, escalated by ${viewer.name} from ticket #${ticket.number}. ${this.config.publicUrl}${bugPath(bug.id)}`,
      };
      await this.jobs.send(tx, TEAM_CHAT_QUEUE, message);
    }
  }
}
