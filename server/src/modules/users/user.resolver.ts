import { Role, userPermissions } from '@tandem/shared';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { LoggedIn, Public, Roles } from '../../common/auth.js';
import { Connection, connectionComplexity, PageArgs } from '../../common/connection.js';
import type { Context } from '../../common/context.js';
import type { Viewer } from '../../common/viewer.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import { CreateUserInput, UpdateUserInput, UsersFilter } from './dto/user.inputs.js';
import { User } from './user.entity.js';

@ObjectType('UserConnection')
export class UserConnection extends Connection('User', User) {}

@ObjectType('UserPermissions', { description: 'What the viewer may do to this person.' })
export class UserPermissionsType {
  @Field(() => Boolean, { description: 'Change name, time zone and working hours.' })
  editProfile!: boolean;

  @Field(() => Boolean, { description: 'Change e-mail, roles, trainer and training permission.' })
  editAccess!: boolean;

  @Field(() => Boolean)
  deactivate!: boolean;

  @Field(() => String, { nullable: true, description: 'Why this person cannot be deactivated, when they cannot.' })
  deactivateBlockedReason!: string | null;

  @Field(() => Boolean)
  reactivate!: boolean;
}

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly services: Pick<AppServices, 'users'>) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in staff member, or null.' })
  viewer(@Ctx() ctx: Context): Promise<User | null> | null {
    return ctx.viewer ? ctx.loaders.userById.load(ctx.viewer.id) : null;
  }

  @LoggedIn()
  @Query(() => UserConnection, { complexity: connectionComplexity, description: 'The team, alphabetically.' })
  users(@Args(() => PageArgs) page: PageArgs, @Arg('filter', () => UsersFilter, { nullable: true }) filter: UsersFilter | null) {
    return this.services.users.list(filter ?? new UsersFilter(), page.first, page.after);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<User> {
    return this.services.users.create(input);
  }

  @LoggedIn()
  @Mutation(() => User, { description: 'Admins change anyone; everyone changes their own time zone and working hours.' })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @CurrentViewer() viewer: Viewer): Promise<User> {
    return this.services.users.update(viewer, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Ends all their sessions at once; they can no longer sign in.' })
  deactivateUser(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<User> {
    return this.services.users.deactivate(viewer, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  reactivateUser(@Arg('id', () => ID) id: string): Promise<User> {
    return this.services.users.reactivate(id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Their trainer while they are a trainee.' })
  trainer(@Root() user: User, @Ctx() ctx: Context): Promise<User | null> | null {
    return user.trainerId ? ctx.loaders.userById.load(user.trainerId) : null;
  }

  @FieldResolver(() => UserPermissionsType)
  async viewerCan(@Root() user: User, @Ctx() ctx: Context): Promise<UserPermissionsType> {
    if (!ctx.viewer) {
      return { editProfile: false, editAccess: false, deactivate: false, deactivateBlockedReason: null, reactivate: false };
    }
    const [admins, trainees] = await Promise.all([ctx.loaders.activeAdminCount(), ctx.loaders.traineeCountByTrainerId.load(user.id)]);
    return userPermissions(ctx.viewer, user, admins, trainees > 0);
  }
}
