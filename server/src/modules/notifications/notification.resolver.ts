import { LIMITS } from '@tandem/shared';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { LoggedIn } from '../../common/auth.js';
import { Connection, connectionComplexity, PageArgs } from '../../common/connection.js';
import { refreshForEvent, type Context } from '../../common/context.js';
import type { Viewer } from '../../common/viewer.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import { DomainError } from '../../common/domain-error.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';
import { Notification } from './notification.entity.js';

@ObjectType('NotificationConnection')
export class NotificationConnection extends Connection('Notification', Notification) {
  @Field(() => Int, { description: 'Unread notifications of the viewer, all pages.' })
  unreadCount!: number;
}

@ObjectType('NotificationsChange')
export class NotificationsChange {
  @Field(() => Int)
  unreadCount!: number;
}

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false })
  unreadOnly: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Also those whose draft, mention or follow-up was dealt with.' })
  includeDone: boolean = false;
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly services: Pick<AppServices, 'notifications'>) {}

  @LoggedIn()
  @Query(() => NotificationConnection, {
    complexity: connectionComplexity,
    description: 'Your notifications, newest first; without those already done.',
  })
  async notifications(
    @Args(() => NotificationsArgs) args: NotificationsArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NotificationConnection> {
    const viewerId = viewer.id;
    const [page, unreadCount] = await Promise.all([
      this.services.notifications.list(viewerId, args.first, args.after, args.unreadOnly, args.includeDone),
      this.services.notifications.unreadCount(viewerId),
    ]);
    return { ...page, unreadCount };
  }

  @LoggedIn()
  @Mutation(() => Int, { description: 'Marks these notifications read (or all, without ids); returns how many changed.' })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<number> {
    if (ids && ids.length > LIMITS.notification.markReadMax) {
      throw new DomainError('BAD_USER_INPUT', `Mark at most ${LIMITS.notification.markReadMax} notifications at once, or all of them.`);
    }
    return this.services.notifications.markRead(viewer.id, ids);
  }

  @LoggedIn()
  @Subscription(() => NotificationsChange, {
    topics: 'NOTIFICATIONS',
    topicId: ({ context }) => (context as Context).viewer?.id ?? 'nobody',
    description: 'Live: your notifications changed.',
  })
  async notificationsChanged(
    @Root() _change: { userId: string },
    @Ctx() ctx: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NotificationsChange> {
    await refreshForEvent(ctx);
    return { unreadCount: await this.services.notifications.unreadCount(viewer.id) };
  }

  @FieldResolver(() => Ticket, { nullable: true })
  ticket(@Root() notification: Notification, @Ctx() ctx: Context) {
    return notification.ticketId ? ctx.loaders.ticketById.load(notification.ticketId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() notification: Notification, @Ctx() ctx: Context) {
    return notification.actorId ? ctx.loaders.userById.load(notification.actorId) : null;
  }
}
