import {
  canonicalTimeZone,
  checkFeatureReportSettings,
  checkHighValueThreshold,
  checkReplyBody,
  checkResponseGoal,
  checkTeamSettingsEditing,
  checkTimerSettings,
  checkToneGuide,
  checkWebhookUrl,
  type TimerSettings,
} from '@tandem/shared';
import { isUuid } from '../../db/errors.js';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Viewer } from '../../common/viewer.js';
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
    ensure(checkTeamSettingsEditing(viewer));
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
    if (input.engineeringChatWebhookUrl !== undefined) {
      const url = input.engineeringChatWebhookUrl?.trim() ?? '';
      ensure(checkWebhookUrl(url));
      set('engineering_chat_webhook_url', url === '' ? null : url);
    }
    if (input.timeZone != null) {
      const zone = canonicalTimeZone(input.timeZone.trim());
      if (!zone) throw new DomainError('BAD_USER_INPUT', 'Choose a time zone from the list, such as Europe/Berlin.');
      set('time_zone', zone);
    }
    if (input.featureReportDay != null || input.featureReportIntervalMonths != null || input.featureReportSize != null) {
      const current = await this.get();
      const report = {
        dayOfMonth: input.featureReportDay ?? current.featureReportDay,
        intervalMonths: input.featureReportIntervalMonths ?? current.featureReportIntervalMonths,
        size: input.featureReportSize ?? current.featureReportSize,
      };
      ensure(checkFeatureReportSettings(report));
      set('feature_report_day', report.dayOfMonth);
      set('feature_report_interval_months', report.intervalMonths);
      set('feature_report_size', report.size);
    }
    // The high-value threshold decides how many follow-ups a customer gets (F2).
    const timerChanged = (await this.setTimerSettings(input, set)) || input.highValueRevenueCents != null;
    if (sets.length > 0) {
      const [, updated] = await this.db.query(
        `UPDATE team_settings SET ${sets.join(', ')}, updated_at = $2, version = version + 1 WHERE id AND version = $1`,
        params,
      );
      if (updated === 0) throw new DomainError('STALE_DATA', 'Someone changed the team settings in the meantime. Reload and try again.');
      // New durations: the timer sweeper looks at every open ticket again.
      if (timerChanged) await this.db.query(`UPDATE ticket SET next_timer_at = $1 WHERE status <> 'CLOSED'`, [this.clock.now()]);
    }
    return this.get();
  }

  /** F1-F4, W9, W10, R5: checked together with the current values (e.g. high-value follow-ups >= others). */
  private async setTimerSettings(input: UpdateTeamSettingsInput, set: (column: string, value: unknown) => void): Promise<boolean> {
    const current = await this.get();
    const fields = [
      ['followUpAfterMinutes', 'follow_up_after_minutes'],
      ['complexSeenFollowUpMinutes', 'complex_seen_follow_up_minutes'],
      ['autoCloseAfterMinutes', 'auto_close_after_minutes'],
      ['maxFollowUps', 'max_follow_ups'],
      ['maxFollowUpsHighValue', 'max_follow_ups_high_value'],
      ['goalWarningPercent', 'goal_warning_percent'],
      ['followUpMode', 'follow_up_mode'],
    ] as const;
    const merged: TimerSettings = { ...current };
    let changed = false;
    for (const [field, column] of fields) {
      const value = input[field];
      if (value == null) continue;
      (merged as unknown as Record<string, unknown>)[field] = value;
      set(column, value);
      changed = true;
    }
    ensure(checkTimerSettings(merged));
    if (input.followUpSavedReplyId !== undefined) {
      const id = input.followUpSavedReplyId;
      if (id !== null) {
        const [row] = isUuid(id) ? await this.db.query(`SELECT id FROM saved_reply WHERE id = $1 AND status = 'ACTIVE'`, [id]) : [];
        if (!row) throw new DomainError('BAD_USER_INPUT', 'Choose a saved reply from the library for follow-ups.');
      }
      set('follow_up_saved_reply_id', id);
    }
    if (input.closingMessage !== undefined) {
      const text = input.closingMessage?.trim() ?? '';
      // The closing mail is a reply like any other: it ends with a question (W7).
      if (text) ensure(checkReplyBody(text));
      set('closing_message', text || null);
    }
    return changed;
  }
}
