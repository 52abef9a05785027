import { Role } from '@tandem/shared';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { LoggedIn, Roles } from '../../common/auth.js';
import type { Context } from '../../common/context.js';
import { UpdateTeamSettingsInput } from './dto/update-team-settings.input.js';
import { TeamSettings } from './team-settings.entity.js';

@Resolver(() => TeamSettings)
export class SettingsResolver {
  @LoggedIn()
  @Query(() => TeamSettings, { description: 'Response goals, W6 review, tone guide, team chat.' })
  teamSettings(@Ctx() ctx: Context): Promise<TeamSettings> {
    return ctx.loaders.settings();
  }

  @Roles(Role.MANAGER, Role.ADMIN)
  @Mutation(() => TeamSettings)
  updateTeamSettings(@Arg('input', () => UpdateTeamSettingsInput) input: UpdateTeamSettingsInput, @Ctx() ctx: Context): Promise<TeamSettings> {
    return ctx.services.settings.update(ctx.viewer!, input);
  }
}
