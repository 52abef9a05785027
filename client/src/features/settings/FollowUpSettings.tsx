import { useId, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { FollowUpMode, LIMITS, replyEndsWithQuestion } from '@tandem/shared';
import { FollowUpSettingsSavedRepliesQueryDocument } from '../../gql/graphql';
import { closingMessageProblem, type SettingsForm } from './settings-form';

interface Props {
  form: SettingsForm;
  onChange: (patch: Partial<SettingsForm>) => void;
}

const HOURS_MAX = LIMITS.followUps.minutesMax / 60;
const DAYS_MAX = LIMITS.followUps.minutesMax / (24 * 60);

/** F1-F4, W9, W10, R5: when Tandem follows up, how often, what it sends, when it closes, and when it warns about a goal. */
export function FollowUpSettings({ form, onChange }: Props) {
  return (
    <fieldset className="stack">
      <legend>Follow-ups and closing (F1–F4, W9, W10)</legend>
      <p className="muted small">
        When a customer has not answered our last reply. Any message from the customer cancels the follow-ups and the closing and reopens
        the ticket (F5). A change applies to the open tickets at once.
      </p>
      <div className="row wrap">
        <NumberField
          label="Follow up after (hours)"
          hint="F1: after the last reply without an answer."
          max={HOURS_MAX}
          value={form.followUpHours}
          onChange={(followUpHours) => onChange({ followUpHours })}
        />
        <NumberField
          label="Complex ticket, reply seen (hours)"
          hint="W9: follow up this long after the customer saw the reply, when that comes sooner."
          max={HOURS_MAX}
          value={form.complexSeenHours}
          onChange={(complexSeenHours) => onChange({ complexSeenHours })}
        />
        <NumberField
          label="Close after silence (days)"
          hint="W10: after the last reply, seen or not. Each follow-up counts as a reply."
          max={DAYS_MAX}
          value={form.closeDays}
          onChange={(closeDays) => onChange({ closeDays })}
        />
      </div>
      <div className="row wrap">
        <NumberField
          label="Follow-ups, other customers"
          hint="F2: per silence; 0 sends none."
          step={1}
          max={LIMITS.followUps.followUpsMax}
          value={form.maxFollowUps}
          onChange={(maxFollowUps) => onChange({ maxFollowUps })}
        />
        <NumberField
          label="Follow-ups, high-value customers"
          hint="F2: premium, or above the threshold; at least as many as others."
          step={1}
          max={LIMITS.followUps.followUpsMax}
          value={form.maxFollowUpsHighValue}
          onChange={(maxFollowUpsHighValue) => onChange({ maxFollowUpsHighValue })}
        />
        <NumberField
          label="Goal warning (% of the first-response goal)"
          hint="R5: the assignee is told (the managers when nobody has it); at 100 % the managers."
          step={1}
          min={LIMITS.followUps.warningPercentMin}
          max={LIMITS.followUps.warningPercentMax}
          value={form.goalWarningPercent}
          onChange={(goalWarningPercent) => onChange({ goalWarningPercent })}
        />
      </div>
      <fieldset className="stack follow-up-mode">
        <legend>When a follow-up is due</legend>
        <label className="check">
          <input
            type="radio"
            name="followUpMode"
            value={FollowUpMode.REMIND}
            checked={form.followUpMode === FollowUpMode.REMIND}
            onChange={() => onChange({ followUpMode: FollowUpMode.REMIND })}
          />
          Remind the assignee (they send it with one click)
        </label>
        <label className="check">
          <input
            type="radio"
            name="followUpMode"
            value={FollowUpMode.AUTO}
            checked={form.followUpMode === FollowUpMode.AUTO}
            onChange={() => onChange({ followUpMode: FollowUpMode.AUTO })}
          />
          Send it automatically
        </label>
        <p className="muted small">
          {form.followUpMode === FollowUpMode.AUTO
            ? 'Tandem sends the follow-up saved reply to the customer by itself.'
            : 'The ticket shows under Follow-up due and its assignee (or the managers) is notified.'}
        </p>
      </fieldset>
      <FollowUpReplySelect form={form} onChange={onChange} />
      <ClosingMessage value={form.closingMessage} onChange={(closingMessage) => onChange({ closingMessage })} />
    </fieldset>
  );
}

interface NumberFieldProps {
  label: string;
  hint: ReactNode;
  value: string;
  onChange: (value: string) => void;
  min?: number;
  max: number;
  step?: number | 'any';
}

export function NumberField({ label, hint, value, onChange, min = 0, max, step = 'any' }: NumberFieldProps) {
  const hintId = useId();
  return (
    <div className="number-field">
      <label>
        <span className="number-label">{label}</span>
        <input
          type="number"
          inputMode={step === 1 ? 'numeric' : 'decimal'}
          min={min}
          max={max}
          step={step}
          value={value}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      <p id={hintId} className="muted small">
        {hint}
      </p>
    </div>
  );
}

/** F1: the team's follow-up saved reply, from the active library, follow-up replies first. */
function FollowUpReplySelect({ form, onChange }: Props) {
  const hintId = useId();
  const { data, error } = useQuery(FollowUpSettingsSavedRepliesQueryDocument, { fetchPolicy: 'cache-and-network' });
  const replies = data?.savedReplies.edges.map((e) => e.node) ?? [];
  const followUps = replies.filter((r) => r.category === 'FOLLOW_UP');
  const others = replies.filter((r) => r.category !== 'FOLLOW_UP');
  const chosen = replies.find((r) => r.id === form.followUpSavedReplyId);
  // Saved earlier, but archived since (or beyond the first 100): keep it selectable so the form shows the truth.
  const missing = form.followUpSavedReplyId !== '' && !chosen;

  let hint: string;
  if (!form.followUpSavedReplyId) {
    hint = 'No saved reply: follow-ups only remind the assignee, who writes the follow-up themself.';
  } else if (missing) {
    hint = data ? 'The chosen saved reply is no longer in the library: choose another one.' : 'Loading the saved replies…';
  } else if (chosen && !replyEndsWithQuestion(chosen.body)) {
    hint = 'This saved reply does not end with a question (W7), so it cannot be sent: Tandem reminds the assignee instead.';
  } else {
    hint = 'Its placeholders are filled in for each ticket. Like every reply, it ends with a question (W7).';
  }

  return (
    <div className="stack tight">
      <label>
        Follow-up saved reply
        <select
          value={form.followUpSavedReplyId}
          aria-describedby={hintId}
          onChange={(e) => onChange({ followUpSavedReplyId: e.target.value })}
        >
          <option value="">No saved reply</option>
          {missing && <option value={form.followUpSavedReplyId}>{data ? 'The current one (no longer active)' : 'The current one'}</option>}
          {followUps.length > 0 && (
            <optgroup label="Follow-up">
              {followUps.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label="Other saved replies">
              {others.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <p id={hintId} className="muted small">
        {hint}
      </p>
      {error && !data && <p className="error small">The saved replies could not be loaded; the current choice stays as it is.</p>}
    </div>
  );
}

/** W10/F4: sent when a ticket closes for silence; W7 checked live, as the server will. */
function ClosingMessage({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const hintId = useId();
  const empty = value.trim() === '';
  const ok = !empty && closingMessageProblem(value) === null;
  return (
    <div className="stack tight">
      <label>
        Closing mail
        <textarea
          rows={4}
          maxLength={LIMITS.followUps.closingMessageMax}
          value={value}
          aria-describedby={hintId}
          placeholder="We have not heard back from you, so we are closing this conversation for now… Is there anything else we can do for you?"
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      <p id={hintId} className={`small ${ok ? 'ok-note' : empty ? 'muted' : 'warn-note'}`}>
        {empty
          ? 'No closing mail: tickets close without a word to the customer.'
          : ok
            ? '✓ Sent when a ticket closes for silence; ends with a question (W7).'
            : 'Not saved until it ends with a direct question (W7).'}
      </p>
    </div>
  );
}
