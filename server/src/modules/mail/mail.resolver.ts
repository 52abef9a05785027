import { Role, ROTA_ROLES } from '@tandem/shared';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { Roles } from '../../common/auth.js';
import { connectionComplexity, decodeCursor, PageArgs, toConnection } from '../../common/connection.js';
import type { Context } from '../../common/context.js';
import type { Viewer } from '../../common/viewer.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import { DomainError } from '../../common/domain-error.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { createCustomerLink } from './customer-link.js';
import { toOutboxMail } from './delivery.js';
import { MailStatus } from '../../common/enums.js';
import { CustomerLink, OutboxMail, OutboxMailConnection } from './mail.types.js';

@Resolver()
export class MailResolver {
  constructor(private readonly services: Pick<AppServices, 'db' | 'tickets' | 'links' | 'outbox' | 'outboxWorker'>) {}

  @Roles(Role.ADMIN)
  @Query(() => OutboxMailConnection, {
    complexity: connectionComplexity,
    description: 'Mail to customers, newest first: what is pending and why.',
  })
  async outbox(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => MailStatus, { nullable: true }) status: MailStatus | null,
  ): Promise<OutboxMailConnection> {
    const smtpConfigured = this.services.outboxWorker.isConfigured;
    const after = page.after ? decodeCursor(page.after, ['timestamp', 'uuid']) : null;
    // Without an SMTP server every unsent mail shows as NO_SMTP: the filters follow what is shown.
    const unsent = ['PENDING', 'SENDING', 'FAILED'];
    const stored = !status
      ? null
      : status === 'SENT'
        ? ['SENT']
        : !smtpConfigured
          ? status === 'NO_SMTP'
            ? unsent
            : []
          : status === 'PENDING'
            ? ['PENDING', 'SENDING']
            : status === 'FAILED'
              ? ['FAILED']
              : [];
    const rows = await this.services.outbox.list(page.first, after ? { createdAt: String(after[0]), id: String(after[1]) } : null, stored);
    const connection = toConnection(rows, page.first, (row) => [new Date(row.created_at).toISOString(), row.id]);
    return Object.assign(new OutboxMailConnection(), {
      smtpConfigured,
      pageInfo: connection.pageInfo,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toOutboxMail(edge.node, smtpConfigured) })),
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OutboxMail, { description: 'Try a mail that has not gone out again, now.' })
  async retryOutboxMail(@Arg('id', () => ID) id: string): Promise<OutboxMail> {
    if (!this.services.outboxWorker.isConfigured) {
      throw new DomainError('BAD_USER_INPUT', 'No SMTP server is configured (SMTP_URL): the mail cannot be sent yet.');
    }
    return toOutboxMail(await this.services.outbox.retry(id), true);
  }

  @Roles(...ROTA_ROLES)
  @Mutation(() => Ticket, { description: 'Ends every private link of the ticket at once; the next reply carries a new one.' })
  revokeTicketLinks(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.links.revoke(viewer, id);
  }

  @Roles(...ROTA_ROLES)
  @Mutation(() => CustomerLink, {
    description: 'A fresh private link to give the customer (phone, chat); shown once, revocable like the others.',
  })
  async createCustomerLink(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<CustomerLink> {
    return Object.assign(new CustomerLink(), await createCustomerLink(this.services, viewer, id));
  }
}
