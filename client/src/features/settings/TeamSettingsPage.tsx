import { LIMITS } from '@tandem/shared';
import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import {
  TeamSettingsFormUpdateMutationDocument,
  TeamSettingsPageQueryDocument,
  TeamSettingsForm_SettingsFragmentDoc,
  type TeamSettingsForm_SettingsFragment,
} from '../../gql/graphql';
import { errorCodeOf, errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { FeatureReportSettings } from './FeatureReportSettings';
import { FollowUpSettings } from './FollowUpSettings';
import { MailSetupCard } from './MailSetupCard';
import { changedFields, formProblems, shownTimerSettings, toForm, type SettingsForm } from './settings-form';
import { ToneGuideEditor } from './ToneGuideEditor';
import './team-settings.css';

/**
 * Managers and admins: response goals (R5), high-value threshold (F2), follow-ups and closing
 * (F1-F4, W9, W10, R5), the time zone and the feature-request report (FR3), W6 review, team chat
 * (W8), tone guide (V1).
 */
export function TeamSettingsPage() {
  const { data, error, refetch } = useQuery(TeamSettingsPageQueryDocument, { fetchPolicy: 'cache-and-network' });
  const [saved, setSaved] = useState(false);
  const settings = data?.teamSettings;

  return (
    <section aria-labelledby="page-title" className="stack team-settings">
      <h1 id="page-title">Team settings</h1>
      <MailSetupCard />
      {error && !settings && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      {!settings && !error && <p className="muted">Loading the team settings…</p>}
      {settings && (
        // A new version (our save, or a reload after someone else's) starts the form from what the server has.
        <TeamSettingsForm
          key={settings.version}
          settings={settings}
          saved={saved}
          onSaved={() => setSaved(true)}
          onEdit={() => setSaved(false)}
          onReload={() => {
            setSaved(false);
            refetch().catch(() => undefined);
          }}
        />
      )}
    </section>
  );
}

interface FormProps {
  settings: FragmentType<TeamSettingsForm_SettingsFragment>;
  saved: boolean;
  onSaved: () => void;
  onEdit: () => void;
  onReload: () => void;
}

/** The settings form; its data is `TeamSettingsForm_settings`. */
function TeamSettingsForm({ settings: from, ...props }: FormProps) {
  const { data: settings, complete } = useFragment({ fragment: TeamSettingsForm_SettingsFragmentDoc, from });
  return complete ? <SettingsFields settings={settings} {...props} /> : null;
}

function SettingsFields({
  settings,
  saved,
  onSaved,
  onEdit,
  onReload,
}: Omit<FormProps, 'settings'> & { settings: TeamSettingsForm_SettingsFragment }) {
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings));
  const [update, { loading, error }] = useMutation(TeamSettingsFormUpdateMutationDocument, {
    // TeamSettings has no id, so the cache cannot match the result to the query by itself.
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: TeamSettingsPageQueryDocument, data: { teamSettings: data.updateTeamSettings } });
    },
  });
  const problems = formProblems(form, settings);
  const timers = shownTimerSettings(form, settings);
  const changes = changedFields(form, settings);
  const hasChanges = Object.keys(changes).length > 0;
  const isStale = errorCodeOf(error) === 'STALE_DATA';

  const edit = (patch: Partial<SettingsForm>) => {
    setForm({ ...form, ...patch });
    onEdit();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hasChanges || problems.length > 0 || loading) return;
    update({ variables: { input: { version: settings.version, ...changes } } })
      .then(onSaved)
      .catch(() => undefined);
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <fieldset className="stack">
        <legend>First-response goals (R5)</legend>
        <p className="muted small">
          How long a new ticket may wait for its first answer. A change applies to tickets that arrive after you save.
        </p>
        <div className="row wrap">
          <HoursInput label="Premium customers (hours)" value={form.premiumHours} onChange={(premiumHours) => edit({ premiumHours })} />
          <HoursInput label="Free customers (hours)" value={form.freeHours} onChange={(freeHours) => edit({ freeHours })} />
        </div>
      </fieldset>
      <fieldset className="stack">
        <legend>High-value customers (F2)</legend>
        <label className="narrow">
          Monthly revenue threshold
          <input
            type="number"
            inputMode="decimal"
            min={0}
            step="0.01"
            value={form.threshold}
            onChange={(e) => edit({ threshold: e.target.value })}
          />
        </label>
        <p className="muted small">
          Premium customers, and customers who pay at least this much a month, get up to {followUps(timers.maxFollowUpsHighValue)} per
          silence instead of {timers.maxFollowUps}.
        </p>
      </fieldset>
      <FollowUpSettings form={form} onChange={edit} />
      <FeatureReportSettings form={form} onChange={edit} />
      <fieldset className="stack">
        <legend>Review (W6)</legend>
        <label className="check">
          <input type="checkbox" checked={form.reviewNovelReplies} onChange={(e) => edit({ reviewNovelReplies: e.target.checked })} />
          Review novel replies of trained agents (W6)
        </label>
        <p className="muted small">
          When on, a trained agent’s reply that uses no saved reply goes to a support manager before it is sent. Trainees’ replies are
          always reviewed.
        </p>
      </fieldset>
      <fieldset className="stack">
        <legend>Team chat (W8, E2)</legend>
        <label>
          Team-chat webhook URL
          <input
            type="url"
            inputMode="url"
            placeholder="https://hooks.slack.com/services/…"
            maxLength={LIMITS.settings.webhookUrlMax}
            value={form.webhookUrl}
            onChange={(e) => edit({ webhookUrl: e.target.value })}
          />
        </label>
        <p className="muted small">
          A Slack-compatible incoming webhook: frustrated customers are posted there at once. Leave it empty to turn the messages off.
        </p>
        <label>
          Engineering chat webhook URL
          <input
            type="url"
            inputMode="url"
            placeholder="https://hooks.slack.com/services/…"
            maxLength={LIMITS.settings.webhookUrlMax}
            value={form.engineeringWebhookUrl}
            onChange={(e) => edit({ engineeringWebhookUrl: e.target.value })}
          />
        </label>
        <p className="muted small">
          Where engineering hears of each new bug at once (E2), with a link to it. Leave it empty to turn these messages off; engineers are
          notified in Tandem either way.
        </p>
      </fieldset>
      <ToneGuideEditor rows={form.tone} onChange={(tone) => edit({ tone })} />
      <div aria-live="polite">
        {problems.length > 0 && (
          <ul className="field-error" aria-label="Before you can save">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <div role="alert" className="row wrap">
          <p className="error">{errorMessage(error)}</p>
          {isStale && (
            <button type="button" onClick={onReload}>
              Reload settings
            </button>
          )}
        </div>
      )}
      <div className="row wrap">
        <button type="submit" className="primary" disabled={!hasChanges || problems.length > 0 || loading}>
          {loading ? 'Saving…' : 'Save settings'}
        </button>
        <p role="status" className="save-status">
          {saved && !hasChanges ? 'Saved.' : ''}
        </p>
        <p className="muted small">Last changed {formatDateTime(settings.updatedAt)}</p>
      </div>
    </form>
  );
}

function followUps(count: number): string {
  return count === 1 ? 'one follow-up' : `${count} follow-ups`;
}

function HoursInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label className="narrow">
      {label}
      <input
        type="number"
        inputMode="decimal"
        min={0}
        max={LIMITS.settings.goalMinutesMax / 60}
        step="any"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
