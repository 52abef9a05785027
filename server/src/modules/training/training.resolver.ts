import { checkGraduation, checkTrainingRecordAccess, Role } from '@tandem/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { LoggedIn, Roles } from '../../common/auth.js';
import { refreshForEvent, type Context } from '../../common/context.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import { ensure } from '../../common/domain-error.js';
import type { TrainingChanged } from '../../common/events.js';
import { andThen, type MaybePromise } from '../../common/loaders.js';
import { Permission, toPermission } from '../../common/permission.js';
import type { Viewer } from '../../common/viewer.js';
import { User } from '../users/user.entity.js';
import { GraduateTraineeInput } from './dto/graduate-trainee.input.js';
import { TrainingChain, TrainingChainNode, TrainingChange, TrainingRecord } from './training.types.js';

// Who trains (managers, graduates allowed to train) and admins, who keep the override; the rule decides the rest.
const GRADUATORS: Role[] = [Role.MANAGER, Role.AGENT, Role.ADMIN];

@Resolver()
export class TrainingResolver {
  constructor(private readonly services: Pick<AppServices, 'trainingChain' | 'traineeGraduator'>) {}

  @LoggedIn()
  @Query(() => TrainingChain, { description: 'T4: who trained whom, with dates, depths and current trainees.' })
  trainingChain(@Ctx() ctx: Context): Promise<TrainingChain> {
    return this.services.trainingChain.chain(ctx.loaders);
  }

  @Roles(...GRADUATORS)
  @Query(() => TrainingRecord, {
    nullable: true,
    description:
      'T4: a trainee’s record of their latest training (null: they never trained); for them, their trainer, managers and admins.',
  })
  async trainingRecord(
    @Arg('traineeId', () => ID) traineeId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<TrainingRecord | null> {
    const { trainee, links } = await this.services.trainingChain.traineeLinks(traineeId, ctx.loaders);
    ensure(
      checkTrainingRecordAccess(viewer, trainee, [...(trainee.trainerId ? [trainee.trainerId] : []), ...links.map((l) => l.trainer_id)]),
    );
    return this.services.trainingChain.record(links);
  }

  @Roles(...GRADUATORS)
  @Mutation(() => User, {
    description:
      'T4: the trainee graduates: they reply directly from now on and may train someone. Their pending drafts stay with their trainer.',
  })
  graduateTrainee(@Arg('input', () => GraduateTraineeInput) input: GraduateTraineeInput, @CurrentViewer() viewer: Viewer): Promise<User> {
    return this.services.traineeGraduator.graduate(viewer, input);
  }

  @LoggedIn()
  @Subscription(() => TrainingChange, { topics: 'TRAINING_CHANGED', description: 'Live: a trainer was set, changed or someone graduated.' })
  async trainingChanged(@Root() change: TrainingChanged, @Ctx() ctx: Context): Promise<TrainingChange> {
    await refreshForEvent(ctx);
    return { traineeId: change.traineeId };
  }
}

@Resolver(() => TrainingChainNode)
export class TrainingChainNodeResolver {
  @FieldResolver(() => User)
  person(@Root() node: TrainingChainNode, @Ctx() ctx: Context): MaybePromise<User | null> {
    return ctx.loaders.userById.get(node.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who trained them in their latest training.' })
  trainer(@Root() node: TrainingChainNode, @Ctx() ctx: Context): MaybePromise<User | null> {
    return node.trainerId ? ctx.loaders.userById.get(node.trainerId) : null;
  }

  @FieldResolver(() => [User], { description: 'Whom they train now.' })
  currentTrainees(@Root() node: TrainingChainNode, @Ctx() ctx: Context): MaybePromise<User[]> {
    const people = node.currentTraineeIds.map((id) => ctx.loaders.userById.get(id));
    const present = (users: (User | null)[]) => users.filter((u): u is User => u !== null);
    // Primed by the chain's statement: no promise per row.
    return people.some((p) => p instanceof Promise) ? Promise.all(people).then(present) : present(people as (User | null)[]);
  }

  @FieldResolver(() => Permission, { description: 'May the viewer graduate this person (T4), and if not, why.' })
  viewerCanGraduate(@Root() node: TrainingChainNode, @Ctx() ctx: Context): MaybePromise<Permission> {
    return graduation(ctx, node.id, node.trainerId);
  }
}

/** checkGraduation for the viewer, from the people the request's statement primed. */
function graduation(ctx: Context, traineeId: string, trainerId: string | null): MaybePromise<Permission> {
  return andThen(ctx.loaders.userById.get(traineeId), (trainee) =>
    andThen(trainerId ? ctx.loaders.userById.get(trainerId) : null, (trainer) =>
      toPermission(
        trainee && ctx.viewer
          ? checkGraduation(ctx.viewer, trainee, trainer?.name ?? null)
          : { ok: false, code: 'NOT_FOUND', message: 'There is no such person on the team.' },
      ),
    ),
  );
}

@Resolver(() => TrainingRecord)
export class TrainingRecordResolver {
  @FieldResolver(() => User)
  trainee(@Root() record: TrainingRecord, @Ctx() ctx: Context): MaybePromise<User | null> {
    return ctx.loaders.userById.get(record.traineeId);
  }

  @FieldResolver(() => User, { description: 'Their trainer now, or the one they graduated with.' })
  trainer(@Root() record: TrainingRecord, @Ctx() ctx: Context): MaybePromise<User | null> {
    return ctx.loaders.userById.get(record.trainerId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who signed the graduation off.' })
  graduatedBy(@Root() record: TrainingRecord, @Ctx() ctx: Context): MaybePromise<User | null> {
    return record.graduatedById ? ctx.loaders.userById.get(record.graduatedById) : null;
  }

  @FieldResolver(() => Permission, { description: 'May the viewer graduate this trainee now (T4), and if not, why.' })
  viewerCanGraduate(@Root() record: TrainingRecord, @Ctx() ctx: Context): MaybePromise<Permission> {
    return graduation(ctx, record.traineeId, record.trainerId);
  }
}
