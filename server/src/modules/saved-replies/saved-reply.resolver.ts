import { checkSavedReplyEditing, checkSuggestionDecision, Role, ROTA_ROLES } from '@tandem/shared';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LoggedIn, Roles } from '../../common/auth.js';
import { Connection, connectionComplexity, PageArgs } from '../../common/connection.js';
import type { Context } from '../../common/context.js';
import type { Viewer } from '../../common/viewer.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import { Permission, toPermission } from '../../common/permission.js';
import { Draft } from '../drafts/draft.entity.js';
import { User } from '../users/user.entity.js';
import {
  AcceptSavedReplySuggestionInput,
  CreateSavedReplyInput,
  SavedRepliesFilter,
  UpdateSavedReplyInput,
} from './dto/saved-reply.inputs.js';
import { SavedReply } from './saved-reply.entity.js';

@ObjectType('SavedReplyConnection')
export class SavedReplyConnection extends Connection('SavedReply', SavedReply) {}

@ObjectType('SavedReplyPermissions')
export class SavedReplyPermissions {
  @Field(() => Permission, { description: 'Edit or archive it (support managers).' })
  edit!: Permission;

  @Field(() => Permission, { description: 'Accept or decline it, when it is a suggestion.' })
  decide!: Permission;
}

@Resolver(() => SavedReply)
export class SavedReplyResolver {
  @LoggedIn()
  @Query(() => SavedReplyConnection, { complexity: connectionComplexity, description: 'S1: the library, most used first.' })
  savedReplies(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SavedRepliesFilter, { nullable: true }) filter: SavedRepliesFilter | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.savedReplies.list(filter ?? new SavedRepliesFilter(), page.first, page.after);
  }

  @LoggedIn()
  @Query(() => String, { description: 'S1: the saved reply with its placeholders filled for a ticket.' })
  renderSavedReply(
    @Arg('savedReplyId', () => ID) savedReplyId: string,
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() ctx: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    return ctx.services.savedReplies.render(viewer, savedReplyId, ticketId);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => SavedReply)
  createSavedReply(
    @Arg('input', () => CreateSavedReplyInput) input: CreateSavedReplyInput,
    @Ctx() ctx: Context,
    @CurrentViewer() viewer: Viewer,
  ) {
    return ctx.services.savedReplies.create(viewer, input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => SavedReply)
  updateSavedReply(
    @Arg('input', () => UpdateSavedReplyInput) input: UpdateSavedReplyInput,
    @Ctx() ctx: Context,
    @CurrentViewer() viewer: Viewer,
  ) {
    return ctx.services.savedReplies.update(viewer, input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => SavedReply)
  archiveSavedReply(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @CurrentViewer() viewer: Viewer) {
    return ctx.services.savedReplies.archive(viewer, id);
  }

  @Roles(...ROTA_ROLES)
  @Mutation(() => SavedReply, { description: 'T3/S2: a suggestion joins the library (managers, or the suggesting trainee’s trainer).' })
  acceptSavedReplySuggestion(
    @Arg('input', () => AcceptSavedReplySuggestionInput) input: AcceptSavedReplySuggestionInput,
    @Ctx() ctx: Context,
    @CurrentViewer() viewer: Viewer,
  ) {
    return ctx.services.savedReplies.accept(viewer, input);
  }

  @Roles(...ROTA_ROLES)
  @Mutation(() => SavedReply)
  declineSavedReplySuggestion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @CurrentViewer() viewer: Viewer) {
    return ctx.services.savedReplies.decline(viewer, id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'T3: who suggested it.' })
  suggestedBy(@Root() reply: SavedReply, @Ctx() ctx: Context) {
    return reply.suggestedById ? ctx.loaders.userById.load(reply.suggestedById) : null;
  }

  @FieldResolver(() => Draft, { nullable: true, description: 'T3: the approved draft it was suggested from.' })
  sourceDraft(@Root() reply: SavedReply, @Ctx() ctx: Context) {
    return reply.sourceDraftId ? ctx.services.drafts.get(reply.sourceDraftId) : null;
  }

  @FieldResolver(() => SavedReplyPermissions)
  async viewerCan(@Root() reply: SavedReply, @Ctx() ctx: Context, @CurrentViewer() viewer: Viewer): Promise<SavedReplyPermissions> {
    const suggester = reply.suggestedById ? await ctx.loaders.userById.load(reply.suggestedById) : null;
    return {
      edit: toPermission(checkSavedReplyEditing(viewer)),
      decide: toPermission(
        checkSuggestionDecision(viewer, {
          status: reply.status,
          suggestedById: reply.suggestedById,
          suggesterTrainerId: suggester?.trainerId ?? null,
        }),
      ),
    };
  }
}
