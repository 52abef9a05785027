import { checkSavedReplyEditing, checkSuggestionDecision, Role, ROTA_ROLES } from '@tandem/shared';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
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
  constructor(private readonly services: Pick<AppServices, 'drafts' | 'savedReplies'>) {}

  @LoggedIn()
  @Query(() => SavedReplyConnection, { complexity: connectionComplexity, description: 'S1: the library, most used first.' })
  savedReplies(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SavedRepliesFilter, { nullable: true }) filter: SavedRepliesFilter | null,
  ) {
    return this.services.savedReplies.list(filter ?? new SavedRepliesFilter(), page.first, page.after);
  }

  @LoggedIn()
  @Query(() => String, { description: 'S1: the saved reply with its placeholders filled for a ticket.' })
  renderSavedReply(
    @Arg('savedReplyId', () => ID) savedReplyId: string,
    @Arg('ticketId', () => ID) ticketId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    return this.services.savedReplies.render(viewer, savedReplyId, ticketId);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => SavedReply)
  createSavedReply(@Arg('input', () => CreateSavedReplyInput) input: CreateSavedReplyInput, @CurrentViewer() viewer: Viewer) {
    return this.services.savedReplies.create(viewer, input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => SavedReply)
  updateSavedReply(@Arg('input', () => UpdateSavedReplyInput) input: UpdateSavedReplyInput, @CurrentViewer() viewer: Viewer) {
    return this.services.savedReplies.update(viewer, input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => SavedReply)
  archiveSavedReply(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.services.savedReplies.archive(viewer, id);
  }

  @Roles(...ROTA_ROLES)
  @Mutation(() => SavedReply, { description: 'T3/S2: a suggestion joins the library (managers, or the suggesting trainee’s trainer).' })
  acceptSavedReplySuggestion(
    @Arg('input', () => AcceptSavedReplySuggestionInput) input: AcceptSavedReplySuggestionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.services.savedReplies.accept(viewer, input);
  }

  @Roles(...ROTA_ROLES)
  @Mutation(() => SavedReply)
  declineSavedReplySuggestion(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.services.savedReplies.decline(viewer, id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'T3: who suggested it.' })
  suggestedBy(@Root() reply: SavedReply, @Ctx() ctx: Context) {
    return reply.suggestedById ? ctx.loaders.userById.load(reply.suggestedById) : null;
  }

  @FieldResolver(() => Draft, { nullable: true, description: 'T3: the approved draft it was suggested from.' })
  sourceDraft(@Root() reply: SavedReply) {
    return reply.sourceDraftId ? this.services.drafts.get(reply.sourceDraftId) : null;
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
