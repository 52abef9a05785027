import { checkApproval, checkDraftReview, ROTA_ROLES } from '@tandem/shared';
import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { Roles } from '../../common/auth.js';
import { Connection, connectionComplexity, PageArgs } from '../../common/connection.js';
import type { Context } from '../../common/context.js';
import type { Viewer } from '../../common/viewer.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import { Permission, toPermission } from '../../common/permission.js';
import { SavedReply } from '../saved-replies/saved-reply.entity.js';
import { Ticket, ticketFacts } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';
import { Draft } from './draft.entity.js';
import { ApproveDraftInput, RequestDraftChangesInput, SubmitDraftInput } from './dto/draft.inputs.js';

@ObjectType('DraftConnection')
export class DraftConnection extends Connection('Draft', Draft) {}

@ObjectType('DraftPermissions')
export class DraftPermissions {
  @Field(() => Permission)
  approve!: Permission;

  @Field(() => Permission)
  requestChanges!: Permission;
}

const ON_ROTA = ROTA_ROLES;

@Resolver(() => Draft)
export class DraftResolver {
  constructor(private readonly services: Pick<AppServices, 'drafts'>) {}

  @Roles(...ON_ROTA)
  @Query(() => DraftConnection, {
    complexity: connectionComplexity,
    description: 'Drafts waiting for you: your trainees’ (T2), or all of them for support managers. Oldest first.',
  })
  draftsToReview(@Args(() => PageArgs) page: PageArgs, @CurrentViewer() viewer: Viewer) {
    return this.services.drafts.toReview(viewer, page.first, page.after);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Draft, { description: 'T1/W6: propose a reply for review; tags your trainer (or the managers).' })
  submitDraft(@Arg('input', () => SubmitDraftInput) input: SubmitDraftInput, @CurrentViewer() viewer: Viewer): Promise<Draft> {
    return this.services.drafts.submit(viewer, input);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Draft, { description: 'T2: send the draft (as written or edited), credited to author and approver. Once only.' })
  approveDraft(@Arg('input', () => ApproveDraftInput) input: ApproveDraftInput, @CurrentViewer() viewer: Viewer): Promise<Draft> {
    return this.services.drafts.approve(viewer, input);
  }

  @Roles(...ON_ROTA)
  @Mutation(() => Draft, { description: 'T2: send the draft back with feedback (required).' })
  requestDraftChanges(
    @Arg('input', () => RequestDraftChangesInput) input: RequestDraftChangesInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Draft> {
    return this.services.drafts.requestChanges(viewer, input);
  }

  @FieldResolver(() => User)
  async author(@Root() draft: Draft, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.userById.load(draft.authorId))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The trainer who reviews it; null: any support manager.' })
  reviewer(@Root() draft: Draft, @Ctx() ctx: Context) {
    return draft.reviewerId ? ctx.loaders.userById.load(draft.reviewerId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  reviewedBy(@Root() draft: Draft, @Ctx() ctx: Context) {
    return draft.reviewedById ? ctx.loaders.userById.load(draft.reviewedById) : null;
  }

  @FieldResolver(() => Ticket)
  async ticket(@Root() draft: Draft, @Ctx() ctx: Context): Promise<Ticket> {
    return (await ctx.loaders.ticketById.load(draft.ticketId))!;
  }

  @FieldResolver(() => SavedReply, { nullable: true })
  savedReply(@Root() draft: Draft, @Ctx() ctx: Context) {
    return draft.savedReplyId ? ctx.loaders.savedReplyById.load(draft.savedReplyId) : null;
  }

  @FieldResolver(() => DraftPermissions)
  async viewerCan(@Root() draft: Draft, @Ctx() ctx: Context, @CurrentViewer() viewer: Viewer): Promise<DraftPermissions> {
    const [ticket, reviewer] = await Promise.all([
      ctx.loaders.ticketById.load(draft.ticketId),
      draft.reviewerId ? ctx.loaders.userById.load(draft.reviewerId) : null,
    ]);
    const facts = { authorId: draft.authorId, reviewerId: draft.reviewerId, reviewerName: reviewer?.name ?? null, status: draft.status };
    return {
      approve: toPermission(checkApproval(viewer, facts, ticketFacts(ticket!))),
      requestChanges: toPermission(checkDraftReview(viewer, facts)),
    };
  }
}
