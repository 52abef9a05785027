import {
  bugPermissions,
  bugReference,
  describeBugEvent,
  escalationDefaults,
  fixProgressSentence,
  LIMITS,
  Role,
  ROTA_ROLES,
  type BugEventData,
  type BugEventKind,
} from '@tandem/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { Roles, topicsFor } from '../../common/auth.js';
import { connectionComplexity, PageArgs, type ConnectionShape } from '../../common/connection.js';
import { refreshForEvent, type Context } from '../../common/context.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import type { BugChanged } from '../../common/events.js';
import { andThen, type MaybePromise } from '../../common/loaders.js';
import { toPermission } from '../../common/permission.js';
import type { Viewer } from '../../common/viewer.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';
import { Bug } from './bug.entity.js';
import {
  BugConnection,
  BugPermissions,
  BugTicket,
  BugTicketConnection,
  BugTimelineEntry,
  EscalationDefaultsType,
  FixPreviewType,
  FixProgressType,
  SimilarBug,
} from './bug.types.js';
import {
  BugsFilter,
  EscalateTicketInput,
  LinkTicketToBugInput,
  MarkBugFixedInput,
  SetBugStatusInput,
  UpdateBugInput,
} from './dto/escalation.inputs.js';

const ENGINEERING = [Role.ENGINEER, Role.MANAGER];
/** Who reads the engineering queue (the Escalations page). */
const QUEUE_READERS = [Role.ENGINEER, Role.MANAGER, Role.AGENT];
const LINKERS = [...ROTA_ROLES, Role.ENGINEER];

type Services = Pick<AppServices, 'bugs' | 'bugQueue' | 'bugEscalator' | 'bugEditor' | 'bugFixer' | 'bugMerger'>;

/** The engineering queue and the engineer's half of a bug (E1-E3). */
@Resolver(() => Bug)
export class BugResolver {
  constructor(private readonly services: Services) {}

  @Roles(...QUEUE_READERS)
  @Query(() => BugConnection, {
    complexity: connectionComplexity,
    description: 'The engineering queue: severity, then revenue behind it, then age.',
  })
  bugs(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BugsFilter, { nullable: true }) filter: BugsFilter | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Bug>> {
    return this.services.bugQueue.list(viewer, filter ?? new BugsFilter(), page.first, page.after, ctx.loaders);
  }

  @Roles(...QUEUE_READERS)
  @Query(() => Bug)
  bug(@Arg('id', () => ID) id: string): Promise<Bug> {
    return this.services.bugs.get(id);
  }

  @Roles(...LINKERS)
  @Query(() => [SimilarBug], { description: 'E1: open bugs that read like this one, most alike first.' })
  similarBugs(
    @Arg('title', () => String) title: string,
    @Arg('stepsToReproduce', () => String, { defaultValue: '' }) steps: string,
    @Arg('first', () => Int, { defaultValue: LIMITS.bug.similarMax }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SimilarBug[]> {
    return this.services.bugQueue.similar(title.slice(0, LIMITS.bug.titleMax), steps.slice(0, LIMITS.bug.textMax), first, ctx.loaders);
  }

  @Roles(...ROTA_ROLES)
  @Mutation(() => Ticket, { description: 'W5/E1/E2: a new bug from this ticket, complete (ESCALATION_INCOMPLETE names what is missing).' })
  escalateTicket(@Arg('input', () => EscalateTicketInput) input: EscalateTicketInput, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.bugEscalator.escalate(viewer, input);
  }

  @Roles(...LINKERS)
  @Mutation(() => Ticket, { description: 'E3: this ticket hits a known bug (C3 is then done).' })
  linkTicketToBug(@Arg('input', () => LinkTicketToBugInput) input: LinkTicketToBugInput, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.bugEscalator.link(viewer, input);
  }

  @Roles(...LINKERS)
  @Mutation(() => Ticket)
  unlinkTicketFromBug(@Arg('ticketId', () => ID) ticketId: string, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.bugEscalator.unlink(viewer, ticketId);
  }

  @Roles(...ENGINEERING)
  @Mutation(() => Bug)
  updateBug(@Arg('input', () => UpdateBugInput) input: UpdateBugInput, @CurrentViewer() viewer: Viewer): Promise<Bug> {
    return this.services.bugEditor.update(viewer, input);
  }

  @Roles(...ENGINEERING)
  @Mutation(() => Bug, { description: 'The engineer working on it; null unassigns.' })
  assignBug(
    @Arg('id', () => ID) id: string,
    @Arg('engineerId', () => ID, { nullable: true }) engineerId: string | null,
    @Arg('version', () => Int) version: number,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Bug> {
    return this.services.bugEditor.assign(viewer, id, engineerId, version);
  }

  @Roles(...ENGINEERING)
  @Mutation(() => Bug, { description: 'Every change shows in every linked ticket’s timeline; NEEDS_INFO needs a question.' })
  setBugStatus(@Arg('input', () => SetBugStatusInput) input: SetBugStatusInput, @CurrentViewer() viewer: Viewer): Promise<Bug> {
    return this.services.bugEditor.setStatus(viewer, input);
  }

  @Roles(...ENGINEERING)
  @Mutation(() => Bug, { description: 'NEEDS_INFO: the question lands as a note on every linked ticket; their agents are notified.' })
  askForBugInfo(
    @Arg('id', () => ID) id: string,
    @Arg('question', () => String) question: string,
    @Arg('version', () => Int) version: number,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Bug> {
    return this.services.bugEditor.askForInfo(viewer, id, question.slice(0, LIMITS.bug.questionMax + 1), version);
  }

  @Roles(...ENGINEERING)
  @Mutation(() => Bug, { description: 'E3: fixed; every linked ticket gets one reply through the outbox (idempotent, survives restarts).' })
  markBugFixed(@Arg('input', () => MarkBugFixedInput) input: MarkBugFixedInput, @CurrentViewer() viewer: Viewer): Promise<Bug> {
    return this.services.bugFixer.markFixed(viewer, input);
  }

  @Roles(...ENGINEERING)
  @Mutation(() => Bug, { description: 'The duplicate’s tickets move to the original; the duplicate points to it. Returns the original.' })
  mergeBugs(
    @Arg('duplicateId', () => ID) duplicateId: string,
    @Arg('originalId', () => ID) originalId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Bug> {
    return this.services.bugMerger.merge(viewer, duplicateId, originalId);
  }

  @Roles(...QUEUE_READERS)
  @Subscription(() => Bug, {
    topics: topicsFor(QUEUE_READERS, ({ args }) => (args.id ? 'BUG_CHANGED' : 'BUGS_CHANGED')),
    topicId: ({ args }) => args.id ?? undefined,
    description: 'Live: this bug changed, or (without an id) any bug of the queue.',
  })
  async bugChanged(
    @Root() change: BugChanged,
    @Arg('id', () => ID, { nullable: true }) _id: string | null,
    @Ctx() ctx: Context,
  ): Promise<Bug> {
    await refreshForEvent(ctx);
    return this.services.bugs.get(change.bugId);
  }

  @FieldResolver(() => String, { description: 'BUG-12.' })
  reference(@Root() bug: Bug): string {
    return bugReference(bug.number);
  }

  @FieldResolver(() => User, { nullable: true })
  engineer(@Root() bug: Bug, @Ctx() ctx: Context): MaybePromise<User | null> {
    return bug.engineerId ? ctx.loaders.userById.get(bug.engineerId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The agent who escalated it.' })
  escalatedBy(@Root() bug: Bug, @Ctx() ctx: Context): MaybePromise<User | null> {
    return ctx.loaders.userById.get(bug.escalatedById);
  }

  @FieldResolver(() => User, { nullable: true, description: 'E3: the engineer who marked it fixed.' })
  fixedBy(@Root() bug: Bug, @Ctx() ctx: Context): MaybePromise<User | null> {
    return bug.fixedById ? ctx.loaders.userById.get(bug.fixedById) : null;
  }

  @FieldResolver(() => Bug, { nullable: true, description: 'DUPLICATE: the bug it duplicates.' })
  duplicateOf(@Root() bug: Bug, @Ctx() ctx: Context): MaybePromise<Bug | null> {
    return bug.duplicateOfId ? ctx.loaders.bugById.get(bug.duplicateOfId) : null;
  }

  @FieldResolver(() => BugTicketConnection, { complexity: connectionComplexity, description: 'Linked tickets, newest link first.' })
  async tickets(@Root() bug: Bug, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ConnectionShape<BugTicket>> {
    return this.services.bugs.linkedTickets(bug.id, page.first, page.after, ctx.loaders);
  }

  @FieldResolver(() => [BugTimelineEntry], { description: 'Status changes, questions, links and merges, oldest first.' })
  async timeline(@Root() bug: Bug, @Ctx() ctx: Context): Promise<BugTimelineEntry[]> {
    const events = await this.services.bugs.timeline(bug.id);
    const actors = await ctx.loaders.userById.loadMany([...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))]);
    const names = new Map(actors.flatMap((u) => (u instanceof User ? [[u.id, u.name] as const] : [])));
    return events.map((e) => ({
      id: e.id,
      kind: e.kind,
      text: describeBugEvent(e.kind as BugEventKind, e.data as BugEventData, e.actorId ? (names.get(e.actorId) ?? 'Someone') : 'Tandem'),
      question: (e.data as BugEventData).question ?? null,
      bugNumber: e.bugNumber,
      createdAt: e.createdAt,
    }));
  }

  @FieldResolver(() => FixPreviewType, { description: 'E3: who "Mark fixed" would tell now.' })
  fixPreview(@Root() bug: Bug): Promise<FixPreviewType> {
    return this.services.bugFixer.preview(bug.id);
  }

  @FieldResolver(() => FixProgressType, { nullable: true, description: 'E3: the announcement of the fix, while and after it runs.' })
  async fixProgress(@Root() bug: Bug): Promise<FixProgressType | null> {
    const progress = await this.services.bugFixer.progress(bug);
    return progress && { ...progress, isDone: progress.sent >= progress.total, sentence: fixProgressSentence(progress) };
  }

  @FieldResolver(() => BugPermissions)
  viewerCan(@Root() bug: Bug, @CurrentViewer() viewer: Viewer): BugPermissions {
    const can = bugPermissions(viewer, bug);
    return {
      edit: toPermission(can.edit),
      assign: toPermission(can.assign),
      markFixed: toPermission(can.markFixed),
      merge: toPermission(can.merge),
    };
  }
}

/** The bug side of a ticket: C3 and E3 on the ticket page and the inbox row. */
@Resolver(() => Ticket)
export class TicketBugResolver {
  @FieldResolver(() => Bug, { nullable: true, description: 'C3: the bug this ticket is linked to.' })
  bug(@Root() ticket: Ticket, @Ctx() ctx: Context): MaybePromise<Bug | null> {
    return andThen(ctx.loaders.bugLinkByTicketId.get(ticket.id), (link) => (link ? ctx.loaders.bugById.get(link.bugId) : null));
  }

  @FieldResolver(() => Boolean, { description: 'E3: the customer was told the bug is fixed.' })
  isToldOfFix(@Root() ticket: Ticket, @Ctx() ctx: Context): MaybePromise<boolean> {
    return andThen(ctx.loaders.bugLinkByTicketId.get(ticket.id), (link) => link?.fixAnnouncedAt != null);
  }

  @FieldResolver(() => EscalationDefaultsType, { description: 'E1: what the escalation form starts from.' })
  escalationDefaults(@Root() ticket: Ticket, @Ctx() ctx: Context): MaybePromise<EscalationDefaultsType> {
    return andThen(ctx.loaders.messagesByTicketId.get(ticket.id), (messages) => {
      const first = messages.find((m) => m.kind === 'CUSTOMER');
      const client = messages.find((m) => m.kind === 'CUSTOMER' && m.client)?.client ?? null;
      return escalationDefaults({ subject: ticket.subject, customerWords: first?.body ?? null, client });
    });
  }
}

@Resolver(() => BugTicket)
export class BugTicketResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who linked it (escalated, or linked it later).' })
  linkedBy(@Root() link: BugTicket, @Ctx() ctx: Context): MaybePromise<User | null> {
    return ctx.loaders.userById.get(link.linkedById);
  }
}
