import { Role } from '@tandem/shared';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { Roles } from '../../common/auth.js';
import type { Context } from '../../common/context.js';
import { DomainError } from '../../common/domain-error.js';
import { toOutboxMail } from './delivery.js';
import { hideLinkTokens } from './link.service.js';
import { MailHeader, OutboxMail } from './mail.types.js';
import type { OutboxService } from './outbox.service.js';

/** The headers of a mail as the outbox worker hands it to the SMTP server, in the usual order. */
export function outboxHeaders(outbox: OutboxService, mail: OutboxMail): MailHeader[] {
  const composed = outbox.compose(mail.row);
  const address = (a: { name: string; address: string }) => (a.name ? `${a.name} <${a.address}>` : a.address);
  const headers: [string, string | undefined][] = [
    ['Date', (mail.row.sent_at ?? mail.row.created_at).toUTCString()],
    ['From', address(composed.from)],
    ['To', address(composed.to)],
    ['Reply-To', composed.replyTo],
    ['Subject', composed.subject],
    ['Message-ID', composed.messageId],
    ['In-Reply-To', composed.inReplyTo],
    ['References', composed.references?.join(' ')],
  ];
  return headers.filter(([, value]) => value).map(([name, value]) => Object.assign(new MailHeader(), { name, value: value! }));
}

/** Admin Outbox: one mail with its full text and headers (the list loads them only when asked). */
@Resolver(() => OutboxMail)
export class OutboxMailResolver {
  constructor(private readonly services: Pick<AppServices, 'outbox' | 'outboxWorker'>) {}

  @Roles(Role.ADMIN)
  @Query(() => OutboxMail, { description: 'One mail to a customer, with its full text and headers.' })
  async outboxMail(@Arg('id', () => ID) id: string): Promise<OutboxMail> {
    const [row] = await this.services.outbox.byIds([id]);
    if (!row) throw new DomainError('NOT_FOUND', 'There is no such mail in the outbox.');
    return toOutboxMail(row, this.services.outboxWorker.isConfigured);
  }

  @FieldResolver(() => String, { description: 'The text of the mail as sent; the token of the private link it carries is hidden.' })
  text(@Root() mail: OutboxMail): string {
    return hideLinkTokens(mail.row.body_text);
  }

  @FieldResolver(() => [MailHeader], { description: 'Date, From, To, Reply-To, Subject, Message-ID, In-Reply-To, References.' })
  headers(@Root() mail: OutboxMail): MailHeader[] {
    return outboxHeaders(this.services.outbox, mail);
  }
}
