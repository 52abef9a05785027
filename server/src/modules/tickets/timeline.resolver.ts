import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import type { Context } from '../../common/context.js';
import { Customer } from '../customers/customer.entity.js';
import { toDelivery } from '../mail/delivery.js';
import { Attachment, MailDelivery } from '../mail/mail.types.js';
import { SavedReply } from '../saved-replies/saved-reply.entity.js';
import { User } from '../users/user.entity.js';
import { CustomerMessageEntry, EventEntry, NoteEntry, ReplyEntry } from './timeline.types.js';

@Resolver(() => CustomerMessageEntry)
export class CustomerMessageResolver {
  @FieldResolver(() => [Attachment])
  attachments(@Root() entry: CustomerMessageEntry, @Ctx() ctx: Context): Promise<Attachment[]> {
    return ctx.loaders.attachmentsByMessageId.load(entry.id);
  }

  @FieldResolver(() => Customer)
  async customer(@Root() entry: CustomerMessageEntry, @Ctx() ctx: Context): Promise<Customer> {
    return (await ctx.loaders.customerById.load(entry.customerId))!;
  }
}

@Resolver(() => ReplyEntry)
export class ReplyResolver {
  constructor(private readonly services: Pick<AppServices, 'outboxWorker'>) {}

  @FieldResolver(() => MailDelivery, { nullable: true, description: 'The mail that carried it; null for replies from before mail.' })
  async delivery(@Root() entry: ReplyEntry, @Ctx() ctx: Context): Promise<MailDelivery | null> {
    const row = await ctx.loaders.mailByMessageId.load(entry.id);
    return row ? toDelivery(row, this.services.outboxWorker.isConfigured) : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who wrote it (the trainee, for an approved draft); null when Tandem sent it by itself (F1 AUTO, W10).',
  })
  author(@Root() entry: ReplyEntry, @Ctx() ctx: Context): Promise<User | null> | null {
    return entry.authorId ? ctx.loaders.userById.load(entry.authorId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'T2: who approved it, for a reply from a draft.' })
  approvedBy(@Root() entry: ReplyEntry, @Ctx() ctx: Context) {
    return entry.approvedById ? ctx.loaders.userById.load(entry.approvedById) : null;
  }

  @FieldResolver(() => SavedReply, { nullable: true, description: 'The saved reply it started from (W3).' })
  savedReply(@Root() entry: ReplyEntry, @Ctx() ctx: Context) {
    return entry.savedReplyId ? ctx.loaders.savedReplyById.load(entry.savedReplyId) : null;
  }
}

@Resolver(() => NoteEntry)
export class NoteResolver {
  @FieldResolver(() => User)
  async author(@Root() entry: NoteEntry, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.userById.load(entry.authorId))!;
  }

  @FieldResolver(() => [User])
  async mentions(@Root() entry: NoteEntry, @Ctx() ctx: Context): Promise<User[]> {
    const users = await ctx.loaders.userById.loadMany(entry.mentionIds);
    return users.filter((u): u is User => u instanceof User);
  }
}

@Resolver(() => EventEntry)
export class EventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Null when Tandem itself did it.' })
  actor(@Root() entry: EventEntry, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.userById.load(entry.actorId) : null;
  }
}
