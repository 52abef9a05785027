import { isWaitingForReplyMail } from '@tandem/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** What the follow-up and closing timers tell about a ticket, beside their times. */
@Resolver(() => Ticket)
export class TicketTimersResolver {
  @FieldResolver(() => Boolean, {
    description:
      "F1/F4: we wait on the customer but the latest reply's mail has not gone out (no SMTP server, or it is down or refused the mail): follow-up and closing start once it is sent.",
  })
  async followUpWaitsForMail(@Root() ticket: Ticket, @Ctx() ctx: Context): Promise<boolean> {
    // Batched: a list of tickets asks once, not once per ticket.
    const lastReplyMailedAt = await ctx.loaders.replyMailedAtByTicketId.load(ticket.id);
    return isWaitingForReplyMail({ ...ticket, lastReplyMailedAt });
  }
}
