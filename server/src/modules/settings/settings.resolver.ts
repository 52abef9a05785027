import { TEAM_SETTINGS_ROLES } from '@tandem/shared';
import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppServices } from '../../common/app-services.js';
import { LoggedIn, Roles } from '../../common/auth.js';
import type { Context } from '../../common/context.js';
import type { Viewer } from '../../common/viewer.js';
import { CurrentViewer } from '../../common/current-viewer.js';
import { UpdateTeamSettingsInput } from './dto/update-team-settings.input.js';
import { TeamSettings } from './team-settings.entity.js';

@ObjectType('MailSetup', { description: 'How Tandem sends and receives mail (environment variables; see the README).' })
export class MailSetup {
  @Field(() => String, { description: 'The address customers write to (SUPPORT_ADDRESS).' })
  supportAddress!: string;

  @Field(() => Boolean, { description: 'An SMTP server is configured for outgoing mail (SMTP_URL).' })
  smtpConfigured!: boolean;

  @Field(() => Int, { nullable: true, description: 'Port of the inbound SMTP listener; null when it is off.' })
  inboundSmtpPort!: number | null;

  @Field(() => Boolean, { description: 'POST /inbound/mail takes mail from a provider (INBOUND_WEBHOOK_SECRET).' })
  inboundWebhookEnabled!: boolean;
}

@Resolver(() => TeamSettings)
export class SettingsResolver {
  constructor(private readonly services: Pick<AppServices, 'config' | 'outboxWorker' | 'settings'>) {}

  @Roles(...TEAM_SETTINGS_ROLES)
  @FieldResolver(() => MailSetup)
  mail(): MailSetup {
    const { config, outboxWorker } = this.services;
    return Object.assign(new MailSetup(), {
      supportAddress: config.supportAddress,
      smtpConfigured: outboxWorker.isConfigured,
      inboundSmtpPort: config.inboundSmtpPort || null,
      inboundWebhookEnabled: config.inboundWebhookSecret !== null,
    });
  }

  @LoggedIn()
  @Query(() => TeamSettings, { description: 'Response goals, W6 review, tone guide, team chat.' })
  teamSettings(@Ctx() ctx: Context): Promise<TeamSettings> {
    return ctx.loaders.settings();
  }

  @Roles(...TEAM_SETTINGS_ROLES)
  @Mutation(() => TeamSettings)
  updateTeamSettings(
    @Arg('input', () => UpdateTeamSettingsInput) input: UpdateTeamSettingsInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<TeamSettings> {
    return this.services.settings.update(viewer, input);
  }
}
