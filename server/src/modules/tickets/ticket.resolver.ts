import { checklistState, isFirstResponseGoalMissed, LIMITS, replyNeedsReview, Role, ROTA_ROLES, ticketPermissions } from '@tandem/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { LoggedIn, Public, Roles } from '../../common/auth.js';
import { connectionComplexity, PageArgs } from '../../common/connection.js';
import { refreshForEvent, type Context } from '../../common/context.js';
import type { Viewer } from '../../common/viewer.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import type { TicketChanged } from '../../common/events.js';
import { TicketGroup, TicketType } from '../../common/enums.js';
import { type MaybePromise, andThen } from '../../common/loaders.js';
import { toPermission } from '../../common/permission.js';
import { Customer } from '../customers/customer.entity.js';
import type { TeamSettings } from '../settings/team-settings.entity.js';
import { User } from '../users/user.entity.js';
import { AddNoteInput, ReplyToTicketInput, SubmitTicketInput, TicketsFilter } from './dto/ticket.inputs.js';
import { Ticket, ticketFacts } from './ticket.entity.js';
import {
  ChecklistStepType,
  FrustrationHintType,
  QueueChange,
  SubmitTicketResult,
  TicketConnection,
  TicketCount,
  TicketPermissions,
} from './ticket.types.js';
import { TimelineEntry } from './timeline.types.js';
import { toTimeline } from './timeline.js';
import { submitWebForm, type WebFormDeps } from './web-form.js';

const ON_ROTA = ROTA_ROLES;

@Resolver(() => Ticket)
export class TicketResolver {
  constructor(
    private readonly services: Pick<
      AppServices,
      | 'clock'
      | 'noteAdder'
      | 'ticketAssigner'
      | 'ticketClaimer'
      | 'ticketCloser'
      | 'ticketPage'
      | 'ticketPresence'
      | 'ticketQueue'
      | 'ticketReplier'
      | 'ticketTriager'
      | 'tickets'
    > &
      WebFormDeps,
  ) {}

  @LoggedIn()
  @Query(() => TicketConnection, { complexity: connectionComplexity, description: 'The queue, in R4/R5 order.' })
  tickets(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TicketsFilter, { nullable: true }) filter: TicketsFilter | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ) {
    return this.services.ticketQueue.list(viewer, filter ?? new TicketsFilter(), page.first, page.after, ctx.loaders);
  }

  @LoggedIn()
  @Query(() => TicketCount, {
    description: `How many tickets a filter selects, up to ${LIMITS.search.countMax} (a search's counts per tab).`,
  })
  ticketCount(
    @Arg('filter', () => TicketsFilter, { nullable: true }) filter: TicketsFilter | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<TicketCount> {
    return this.services.ticketQueue.count(viewer, filter ?? new TicketsFilter(), LIMITS.search.countMax);
  }

  @LoggedIn()
  @Query(() => Ticket)
  ticket(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Ticket> {
    return this.services.ticketPage.load(id, ctx.loaders);
  }

  @Public()
  @Mutation(() => SubmitTicketResult, { description: 'The public web form: opens a ticket for the customer (rate limited per IP).' })
  async submitTicket(@Arg('input', () => SubmitTicketInput) input: SubmitTicketInput, @Ctx() ctx: Context): Promise<SubmitTicketResult> {
    return submitWebForm(this.services, input, ctx.http?.req.ip ?? 'unknown', ctx.http?.req.get('user-agent') ?? null);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket, { description: 'W2: take an unassigned ticket (trained agents; exactly one of simultaneous claims wins).' })
  claimTicket(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.ticketClaimer.claim(viewer, id);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => Ticket, { description: 'R4: a manager assigns a ticket; it becomes the assignee’s top priority.' })
  assignTicket(
    @Arg('id', () => ID) id: string,
    @Arg('assigneeId', () => ID) assigneeId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Ticket> {
    return this.services.ticketAssigner.assign(viewer, id, assigneeId);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket, { description: 'Hand the ticket back to the queue (the assignee, or a manager).' })
  releaseTicket(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.ticketClaimer.release(viewer, id);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket, { description: 'C1: determine the type (an uncategorized ticket moves to the type’s group).' })
  setTicketType(
    @Arg('id', () => ID) id: string,
    @Arg('type', () => TicketType, { nullable: true }) type: TicketType | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Ticket> {
    return this.services.ticketTriager.setType(viewer, id, type);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket, { description: 'C4/R3: put the ticket in a group.' })
  setTicketGroup(
    @Arg('id', () => ID) id: string,
    @Arg('group', () => TicketGroup) group: TicketGroup,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Ticket> {
    return this.services.ticketTriager.setGroup(viewer, id, group);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket)
  setTicketComplex(
    @Arg('id', () => ID) id: string,
    @Arg('isComplex', () => Boolean) isComplex: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Ticket> {
    return this.services.ticketTriager.setComplex(viewer, id, isComplex);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket, { description: 'W8: alerts every support manager at once and the team chat.' })
  flagFrustrated(
    @Arg('id', () => ID) id: string,
    @Arg('frustrated', () => Boolean, { defaultValue: true }) frustrated: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Ticket> {
    return this.services.ticketTriager.flagFrustrated(viewer, id, frustrated);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket, {
    description: 'W8: the customer is not frustrated after all; a new message that looks frustrated suggests it again.',
  })
  dismissFrustrationSuggestion(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.ticketTriager.dismissFrustrationSuggestion(viewer, id);
  }

  @LoggedIn()
  @Mutation(() => Ticket, { description: 'An internal note; @mentioned people are notified.' })
  addNote(@Arg('input', () => AddNoteInput) input: AddNoteInput, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.noteAdder.addNote(viewer, input);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket, { description: 'Answer the customer (trained agents; C1, C4, W6, W7 and collision checks).' })
  replyToTicket(@Arg('input', () => ReplyToTicketInput) input: ReplyToTicketInput, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.ticketReplier.reply(viewer, input);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket, { description: 'F1: send the team’s follow-up saved reply now (W7 and the reply rules apply).' })
  sendFollowUp(
    @Arg('id', () => ID) id: string,
    @Arg('seenMessageId', () => ID) seenMessageId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Ticket> {
    return this.services.ticketReplier.sendFollowUp(viewer, id, seenMessageId);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket)
  closeTicket(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.ticketCloser.close(viewer, id);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Ticket)
  reopenTicket(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.ticketCloser.reopen(viewer, id);
  }

  @LoggedIn()
  @Mutation(() => Boolean, { description: 'Presence heartbeat: you have this ticket open (or left it).' })
  setTicketViewing(
    @Arg('id', () => ID) id: string,
    @Arg('viewing', () => Boolean) viewing: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.services.ticketPresence.setViewing(viewer, id, viewing);
  }

  @LoggedIn()
  @Subscription(() => Ticket, {
    topics: 'TICKET_CHANGED',
    topicId: ({ args }) => args.id,
    description: 'Live: this ticket changed (fields, timeline, presence).',
  })
  async ticketChanged(@Root() change: TicketChanged, @Arg('id', () => ID) _id: string, @Ctx() ctx: Context): Promise<Ticket> {
    await refreshForEvent(ctx);
    return this.services.tickets.get(change.ticketId);
  }

  @LoggedIn()
  @Subscription(() => QueueChange, { topics: 'QUEUE_CHANGED', description: 'Live: some ticket of the queue changed.' })
  async queueChanged(@Root() change: TicketChanged, @Ctx() ctx: Context): Promise<QueueChange> {
    await refreshForEvent(ctx);
    return { ticketId: change.ticketId };
  }

  // The fields of an inbox row answer at once from what the page's statement read (see RowLoader).
  @FieldResolver(() => Customer)
  customer(@Root() ticket: Ticket, @Ctx() ctx: Context): MaybePromise<Customer | null> {
    return ctx.loaders.customerById.get(ticket.customerId);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() ticket: Ticket, @Ctx() ctx: Context): MaybePromise<User | null> {
    return ticket.assigneeId ? ctx.loaders.userById.get(ticket.assigneeId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who assigned it (the assignee themselves when claimed).' })
  assignedBy(@Root() ticket: Ticket, @Ctx() ctx: Context) {
    return ticket.assignedById ? ctx.loaders.userById.load(ticket.assignedById) : null;
  }

  @FieldResolver(() => [TimelineEntry], { description: 'Messages, replies, notes, drafts and events, oldest first.' })
  async timeline(@Root() ticket: Ticket, @Ctx() ctx: Context): Promise<TimelineEntry[]> {
    const [messages, drafts] = await Promise.all([
      ctx.loaders.messagesByTicketId.load(ticket.id),
      ctx.loaders.draftsByTicketId.load(ticket.id),
    ]);
    return toTimeline(messages, drafts, (id) => ctx.loaders.userById.load(id));
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The newest customer message or reply: send it back as seenMessageId.' })
  latestMessageId(@Root() ticket: Ticket, @Ctx() ctx: Context) {
    return ctx.loaders.latestMessageIdByTicketId.load(ticket.id);
  }

  @FieldResolver(() => Int, { description: 'Drafts waiting for review.' })
  pendingDraftCount(@Root() ticket: Ticket, @Ctx() ctx: Context): MaybePromise<number> {
    return ctx.loaders.pendingDraftCountByTicketId.get(ticket.id);
  }

  @FieldResolver(() => [ChecklistStepType])
  checklist(@Root() ticket: Ticket, @Ctx() ctx: Context): MaybePromise<ChecklistStepType[]> {
    return andThen(ctx.loaders.bugLinkByTicketId.get(ticket.id), (link) => checklistState(ticketFacts(ticket, null, link?.bugId ?? null)));
  }

  @FieldResolver(() => Boolean, { description: 'R5: the first response came (or is) later than the goal.' })
  isGoalMissed(@Root() ticket: Ticket): boolean {
    return isFirstResponseGoalMissed(ticket, this.services.clock.now());
  }

  @FieldResolver(() => FrustrationHintType, {
    nullable: true,
    description: 'W8: a customer message looked frustrated when it arrived; null when flagged, dismissed, calm or closed.',
  })
  frustrationHint(@Root() ticket: Ticket): FrustrationHintType | null {
    if (ticket.isFrustrated || !ticket.frustrationSuggestedAt || ticket.status === 'CLOSED') return null;
    return { signals: ticket.frustrationSignals, triggers: ticket.frustrationTriggers, suggestedAt: ticket.frustrationSuggestedAt };
  }

  @FieldResolver(() => [User], { description: 'Other people who have this ticket open right now.' })
  viewers(@Root() ticket: Ticket, @Ctx() ctx: Context): MaybePromise<User[]> {
    return andThen(ctx.loaders.viewerIdsByTicketId.get(ticket.id), (ids) => {
      const others = ids.filter((id) => id !== ctx.viewer?.id);
      if (others.length === 0) return [];
      return ctx.loaders.userById.loadMany(others).then((users) => users.filter((u): u is User => u instanceof User));
    });
  }

  @FieldResolver(() => TicketPermissions)
  viewerCan(@Root() ticket: Ticket, @Ctx() ctx: Context, @CurrentViewer() viewer: Viewer): MaybePromise<TicketPermissions> {
    const settings = ctx.loaders.settings.get();
    const assignee = ticket.assigneeId ? ctx.loaders.userById.get(ticket.assigneeId) : null;
    const link = ctx.loaders.bugLinkByTicketId.get(ticket.id);
    if (settings instanceof Promise || assignee instanceof Promise || link instanceof Promise) {
      return Promise.all([settings, assignee, link]).then(([s, a, l]) => this.permissions(viewer, ticket, s, a, l?.bugId ?? null));
    }
    return this.permissions(viewer, ticket, settings, assignee, link?.bugId ?? null);
  }

  private permissions(
    viewer: Viewer,
    ticket: Ticket,
    settings: TeamSettings,
    assignee: User | null,
    bugId: string | null,
  ): TicketPermissions {
    const can = ticketPermissions(viewer, ticketFacts(ticket, assignee?.name ?? null, bugId), settings);
    return {
      claim: toPermission(can.claim),
      release: toPermission(can.release),
      assign: toPermission(can.assign),
      reply: toPermission(can.reply),
      replyNeedsReview: replyNeedsReview(viewer, settings),
      submitDraft: toPermission(can.submitDraft),
      close: toPermission(can.close),
      reopen: toPermission(can.reopen),
      triage: toPermission(can.triage),
      addNote: toPermission(can.addNote),
      customerLink: toPermission(can.customerLink),
    };
  }
}
