import { checkHighValueThreshold, checkResponseGoal, checkToneGuide, checkWebhookUrl, hasRole, Role } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Viewer } from '../../common/context.js';
import { DomainError, ensure } from '../../common/domain-error.js';
import { TeamSettings } from './team-settings.entity.js';
import type { UpdateTeamSettingsInput } from './dto/update-team-settings.input.js';

export class SettingsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(manager: EntityManager = this.db.manager): Promise<TeamSettings> {
    const settings = await manager.findOneBy(TeamSettings, { id: true });
    if (!settings) throw new Error('team_settings has no row; the migrations create it');
    return settings;
  }

  async update(viewer: Viewer, input: UpdateTeamSettingsInput): Promise<TeamSettings> {
    if (!hasRole(viewer, Role.MANAGER, Role.ADMIN)) throw new DomainError('FORBIDDEN', 'Only managers and admins change team settings.');
    const sets: string[] = [];
    const params: unknown[] = [input.version, this.clock.now()];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    for (const [field, column, plan] of [
      ['firstResponseMinutesPremium', 'first_response_minutes_premium', 'premium'],
      ['firstResponseMinutesFree', 'first_response_minutes_free', 'free'],
    ] as const) {
      const minutes = input[field];
      if (minutes == null) continue;
      ensure(checkResponseGoal(minutes, plan));
      set(column, minutes);
    }
    if (input.highValueRevenueCents != null) {
      ensure(checkHighValueThreshold(input.highValueRevenueCents));
      set('high_value_revenue_cents', input.highValueRevenueCents);
    }
    if (input.reviewNovelReplies != null) set('review_novel_replies', input.reviewNovelReplies);
    if (input.toneGuide != null) {
      ensure(checkToneGuide(input.toneGuide));
      set('tone_guide', JSON.stringify(input.toneGuide.map((p) => ({ avoid: p.avoid.trim(), suggestion: p.suggestion.trim() }))));
    }
    if (input.teamChatWebhookUrl !== undefined) {
      const url = input.teamChatWebhookUrl?.trim() ?? '';
      ensure(checkWebhookUrl(url));
      set('team_chat_webhook_url', url === '' ? null : url);
    }
    if (sets.length > 0) {
      const [, updated] = await this.db.query(
        `UPDATE team_settings SET ${sets.join(', ')}, updated_at = $2, version = version + 1 WHERE id AND version = $1`,
        params,
      );
      if (updated === 0) throw new DomainError('STALE_DATA', 'Someone changed the team settings in the meantime. Reload and try again.');
    }
    return this.get();
  }
}
