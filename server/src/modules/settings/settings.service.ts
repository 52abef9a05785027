import { Role, hasRole, type TonePhrase } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Viewer } from '../../common/context.js';
import { DomainError } from '../../common/domain-error.js';
import { TeamSettings } from './team-settings.entity.js';
import type { UpdateTeamSettingsInput } from './dto/update-team-settings.input.js';

const MAX_GOAL_MINUTES = 30 * 24 * 60;

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
    for (const [field, column] of [
      ['firstResponseMinutesPremium', 'first_response_minutes_premium'],
      ['firstResponseMinutesFree', 'first_response_minutes_free'],
    ] as const) {
      const minutes = input[field];
      if (minutes == null) continue;
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_GOAL_MINUTES) {
        throw new DomainError('BAD_USER_INPUT', 'A response goal is between 1 minute and 30 days.');
      }
      set(column, minutes);
    }
    if (input.highValueRevenueCents != null) {
      if (input.highValueRevenueCents < 0) throw new DomainError('BAD_USER_INPUT', 'The high-value threshold cannot be negative.');
      set('high_value_revenue_cents', input.highValueRevenueCents);
    }
    if (input.reviewNovelReplies != null) set('review_novel_replies', input.reviewNovelReplies);
    if (input.toneGuide != null) set('tone_guide', JSON.stringify(validToneGuide(input.toneGuide)));
    if (input.teamChatWebhookUrl !== undefined) set('team_chat_webhook_url', validWebhookUrl(input.teamChatWebhookUrl));
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

function validToneGuide(phrases: TonePhrase[]): TonePhrase[] {
  if (phrases.length > 100) throw new DomainError('BAD_USER_INPUT', 'Keep the tone guide to 100 phrases.');
  return phrases.map(({ avoid, suggestion }) => {
    if (!avoid.trim() || avoid.length > 200 || suggestion.length > 500) {
      throw new DomainError('BAD_USER_INPUT', 'Each phrase to avoid needs text (up to 200 characters) and a suggestion (up to 500).');
    }
    return { avoid: avoid.trim(), suggestion: suggestion.trim() };
  });
}

function validWebhookUrl(url: string | null): string | null {
  if (url === null || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return parsed.toString();
  } catch {
    // handled below
  }
  throw new DomainError('BAD_USER_INPUT', 'The team-chat webhook must be an http(s) URL, such as https://hooks.slack.com/services/…');
}
