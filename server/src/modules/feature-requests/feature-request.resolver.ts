import {
  askQuoteFrom,
  describeFeatureEvent,
  featurePermissions,
  featureReference,
  LIMITS,
  Role,
  ROTA_ROLES,
  shipProgressSentence,
  type FeatureEventData,
  type FeatureEventKind,
} from '@tandem/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { Roles, topicsFor } from '../../common/auth.js';
import { connectionComplexity, PageArgs, type ConnectionShape } from '../../common/connection.js';
import { refreshForEvent, type Context } from '../../common/context.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import type { FeatureRequestChanged } from '../../common/events.js';
import { andThen, type MaybePromise } from '../../common/loaders.js';
import { toPermission } from '../../common/permission.js';
import type { Viewer } from '../../common/viewer.js';
import { Customer } from '../customers/customer.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';
import {
  CreateFeatureRequestInput,
  FeatureRequestsFilter,
  LinkTicketToFeatureRequestInput,
  MarkFeatureShippedInput,
  UpdateFeatureRequestInput,
} from './dto/feature-request.inputs.js';
import { FeatureAsk, FeatureRequest } from './feature-request.entity.js';
import {
  AnnouncementProgressType,
  CreateFeatureRequestPayload,
  FeatureAskConnection,
  FeatureHistoryEntry,
  FeatureRequestConnection,
  FeatureRequestPermissions,
  ShipPreviewType,
  SimilarFeatureRequest,
} from './feature-request.types.js';

/** Product and support managers: shaping cards, merging, shipping, compiling and publishing reports. */
const PRODUCT = [Role.PRODUCT, Role.MANAGER];
/** Who reads the ranking (the Feature requests page). */
const READERS = [Role.PRODUCT, Role.MANAGER, Role.AGENT, Role.ENGINEER];
const CREATORS = [...ROTA_ROLES, Role.PRODUCT];
/**
 * What a field that runs a statement of its own for each card (or report) costs in the query-cost
 * limit: a page or two of them are fine, a hundred are refused (the client asks for them on one
 * card's or one report's page).
 */
export const PER_CARD_STATEMENT = 50;

type Services = Pick<
  AppServices,
  'featureRequests' | 'featureRanking' | 'featureLinker' | 'featureEditor' | 'featureMerger' | 'featureShipper' | 'featureReports'
>;

/** Product's half of Tandem: the cards, the ranking, shipping (FR1, FR2, FR4). */
@Resolver(() => FeatureRequest)
export class FeatureRequestResolver {
  constructor(private readonly services: Services) {}

  @Roles(...READERS)
  @Query(() => FeatureRequestConnection, {
    complexity: connectionComplexity,
    description: 'FR2: the ranking, by customers (default), asks, revenue, trend or newest.',
  })
  featureRequests(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => FeatureRequestsFilter, { nullable: true }) filter: FeatureRequestsFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<FeatureRequest>> {
    return this.services.featureRanking.list(filter ?? new FeatureRequestsFilter(), page.first, page.after, ctx.loaders);
  }

  @Roles(...READERS)
  @Query(() => FeatureRequest)
  featureRequest(@Arg('id', () => ID) id: string): Promise<FeatureRequest> {
    return this.services.featureRequests.get(id);
  }

  @Roles(...CREATORS)
  @Query(() => [SimilarFeatureRequest], { description: 'FR1: cards that ask for the same thing, most alike first.' })
  async similarFeatureRequests(
    @Arg('title', () => String) title: string,
    @Arg('quote', () => String, { defaultValue: '' }) quote: string,
    @Arg('first', () => Int, { defaultValue: LIMITS.feature.similarMax }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SimilarFeatureRequest[]> {
    const matches = await this.services.featureRanking.similar(
      title.slice(0, LIMITS.feature.titleMax),
      quote.slice(0, LIMITS.feature.quoteMax),
      first,
      ctx.loaders,
    );
    return matches.map((m) => ({ featureRequest: m.card, similarity: m.similarity }));
  }

  @Roles(...CREATORS)
  @Mutation(() => CreateFeatureRequestPayload, {
    description: 'FR1: a new card (a tag is required); with `ask`, the ticket is linked at once.',
  })
  createFeatureRequest(
    @Arg('input', () => CreateFeatureRequestInput) input: CreateFeatureRequestInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CreateFeatureRequestPayload> {
    return this.services.featureLinker.create(viewer, input);
  }

  @Roles(...PRODUCT)
  @Mutation(() => FeatureRequest, { description: 'Fields left out stay; DECLINED may tell the customers (declineMessage).' })
  updateFeatureRequest(
    @Arg('input', () => UpdateFeatureRequestInput) input: UpdateFeatureRequestInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<FeatureRequest> {
    return this.services.featureEditor.update(viewer, input);
  }

  @Roles(...ROTA_ROLES)
  @Mutation(() => Ticket, { description: 'FR1/C4: this ticket asks for a known card (its tally goes up); again: updates the quote.' })
  linkTicketToFeatureRequest(
    @Arg('input', () => LinkTicketToFeatureRequestInput) input: LinkTicketToFeatureRequestInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Ticket> {
    return this.services.featureLinker.link(viewer, input);
  }

  @Roles(...ROTA_ROLES)
  @Mutation(() => Ticket)
  unlinkAsk(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<Ticket> {
    return this.services.featureLinker.unlink(viewer, id);
  }

  @Roles(...PRODUCT)
  @Mutation(() => FeatureRequest, {
    description: 'Every ask moves to the survivor (each customer counts once); the duplicate points to it. Returns the survivor.',
  })
  mergeFeatureRequests(
    @Arg('duplicateId', () => ID) duplicateId: string,
    @Arg('survivorId', () => ID) survivorId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<FeatureRequest> {
    return this.services.featureMerger.merge(viewer, duplicateId, survivorId);
  }

  @Roles(...PRODUCT)
  @Mutation(() => FeatureRequest, { description: 'A merged card back on its own, with the asks first linked to it.' })
  splitFeatureRequest(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<FeatureRequest> {
    return this.services.featureMerger.split(viewer, id);
  }

  @Roles(...PRODUCT)
  @Mutation(() => FeatureRequest, {
    description: 'FR4: shipped; each customer who asked gets one reply through the outbox (idempotent, survives restarts).',
  })
  markFeatureShipped(
    @Arg('input', () => MarkFeatureShippedInput) input: MarkFeatureShippedInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<FeatureRequest> {
    return this.services.featureShipper.markShipped(viewer, input);
  }

  @Roles(...READERS)
  @Subscription(() => FeatureRequest, {
    topics: topicsFor(READERS, ({ args }) => (args.id ? 'FEATURE_REQUEST_CHANGED' : 'FEATURE_REQUESTS_CHANGED')),
    topicId: ({ args }) => args.id ?? undefined,
    description: 'Live: this request changed, or (without an id) any request of the ranking.',
  })
  async featureRequestChanged(
    @Root() change: FeatureRequestChanged,
    @Arg('id', () => ID, { nullable: true }) _id: string | null,
    @Ctx() ctx: Context,
  ): Promise<FeatureRequest> {
    await refreshForEvent(ctx);
    return this.services.featureRequests.get(change.featureRequestId);
  }

  @FieldResolver(() => String, { description: 'FR-12.' })
  reference(@Root() card: FeatureRequest): string {
    return featureReference(card.number);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The product person who owns it.' })
  owner(@Root() card: FeatureRequest, @Ctx() ctx: Context): MaybePromise<User | null> {
    return card.ownerId ? ctx.loaders.userById.get(card.ownerId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() card: FeatureRequest, @Ctx() ctx: Context): MaybePromise<User | null> {
    return ctx.loaders.userById.get(card.createdById);
  }

  @FieldResolver(() => FeatureRequest, { nullable: true, description: 'MERGED: the card it was merged into.' })
  mergedInto(@Root() card: FeatureRequest, @Ctx() ctx: Context): MaybePromise<FeatureRequest | null> {
    return card.mergedIntoId ? ctx.loaders.featureRequestById.get(card.mergedIntoId) : null;
  }

  @FieldResolver(() => FeatureAskConnection, {
    complexity: connectionComplexity,
    description: 'The tickets that asked, newest first (merged cards’ asks too).',
  })
  asks(@Root() card: FeatureRequest, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ConnectionShape<FeatureAsk>> {
    return this.services.featureRequests.asksPage(card.id, page.first, page.after, ctx.loaders);
  }

  @FieldResolver(() => [FeatureHistoryEntry], {
    complexity: PER_CARD_STATEMENT,
    description: 'Links, status changes, merges, oldest first.',
  })
  async history(@Root() card: FeatureRequest, @Ctx() ctx: Context): Promise<FeatureHistoryEntry[]> {
    const events = await this.services.featureRequests.history(card.id);
    const actors = await ctx.loaders.userById.loadMany([...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))]);
    const names = new Map(actors.flatMap((u) => (u instanceof User ? [[u.id, u.name] as const] : [])));
    return events.map((e) => ({
      id: e.id,
      kind: e.kind,
      // A merged card's events read as what happened to it: "FR-13: Lena created the request".
      text: `${e.cardId === card.id ? '' : `${featureReference(e.cardNumber)}: `}${describeFeatureEvent(
        e.kind as FeatureEventKind,
        e.data as FeatureEventData,
        e.actorId ? (names.get(e.actorId) ?? 'Someone') : 'Tandem',
      )}`,
      createdAt: e.createdAt,
    }));
  }

  @FieldResolver(() => ShipPreviewType, { complexity: PER_CARD_STATEMENT, description: 'FR4: who "Mark shipped" would tell now.' })
  shipPreview(@Root() card: FeatureRequest): Promise<ShipPreviewType> {
    return this.services.featureShipper.preview(card.id);
  }

  @FieldResolver(() => AnnouncementProgressType, {
    nullable: true,
    complexity: PER_CARD_STATEMENT,
    description: 'FR4: telling the customers, while and after it runs.',
  })
  async announcementProgress(@Root() card: FeatureRequest): Promise<AnnouncementProgressType | null> {
    const progress = await this.services.featureShipper.progress(card);
    return progress && { ...progress, isDone: progress.sent >= progress.total, sentence: shipProgressSentence(progress) };
  }

  @FieldResolver(() => FeatureRequestPermissions)
  viewerCan(@Root() card: FeatureRequest, @CurrentViewer() viewer: Viewer): FeatureRequestPermissions {
    const can = featurePermissions(viewer, card);
    return {
      edit: toPermission(can.edit),
      merge: toPermission(can.merge),
      markShipped: toPermission(can.markShipped),
      link: toPermission(can.link),
    };
  }
}

@Resolver(() => FeatureAsk)
export class FeatureAskResolver {
  @FieldResolver(() => Ticket)
  ticket(@Root() ask: FeatureAsk, @Ctx() ctx: Context): MaybePromise<Ticket | null> {
    return ctx.loaders.ticketById.get(ask.ticketId);
  }

  @FieldResolver(() => Customer)
  customer(@Root() ask: FeatureAsk, @Ctx() ctx: Context): MaybePromise<Customer | null> {
    return ctx.loaders.customerById.get(ask.customerId);
  }

  @FieldResolver(() => User, { nullable: true })
  linkedBy(@Root() ask: FeatureAsk, @Ctx() ctx: Context): MaybePromise<User | null> {
    return ctx.loaders.userById.get(ask.linkedById);
  }

  @FieldResolver(() => FeatureRequest, { description: 'The card it counts for now (after a merge, the survivor).' })
  featureRequest(@Root() ask: FeatureAsk, @Ctx() ctx: Context): MaybePromise<FeatureRequest | null> {
    return ctx.loaders.featureRequestById.get(ask.featureRequestId);
  }
}

/** The asks, oldest first, keeping one per card they count for now: the newest. */
function oneAskPerCard(asks: FeatureAsk[]): FeatureAsk[] {
  const newest = new Map<string, FeatureAsk>();
  for (const ask of asks) newest.set(ask.featureRequestId, ask);
  return asks.filter((ask) => newest.get(ask.featureRequestId) === ask);
}

/** The feature-request side of a ticket: C4 on the ticket page. */
@Resolver(() => Ticket)
export class TicketAsksResolver {
  @FieldResolver(() => [FeatureAsk], {
    description:
      'C4/FR1: the feature requests this ticket asks for, one ask per card (the newest, when two cards it asked for were merged).',
  })
  asks(@Root() ticket: Ticket, @Ctx() ctx: Context): MaybePromise<FeatureAsk[]> {
    return andThen(ctx.loaders.asksByTicketId.get(ticket.id), oneAskPerCard);
  }

  @FieldResolver(() => String, { description: 'FR1: the quote an ask starts from: what the customer asked for, in their words.' })
  askQuote(@Root() ticket: Ticket, @Ctx() ctx: Context): MaybePromise<string> {
    return andThen(ctx.loaders.messagesByTicketId.get(ticket.id), (messages) => {
      const first = messages.find((m) => m.kind === 'CUSTOMER');
      return first ? askQuoteFrom(first.body) : ticket.subject;
    });
  }
}
