import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import {
  BUG_SEVERITIES,
  type BugSeverity,
  bugSeverityLabel,
  bugSeverityMeaning,
  checkEscalationComplete,
  type EscalationFields,
  escalationFieldLabel,
  LIMITS,
  missingEscalationFields,
} from '@tandem/shared';
import { type FormEvent, useId, useState } from 'react';
import { EscalationForm_TicketFragmentDoc, type EscalationForm_TicketFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useEscalateTicket } from '../hooks/useEscalateTicket';
import { SimilarBugs } from './SimilarBugs';

interface Props {
  ticket: FragmentType<EscalationForm_TicketFragment>;
  /** Escalated, or linked to a bug that looks the same. */
  onDone: () => void;
  onCancel: () => void;
}

/** Text as typed (users affected included, so a half-typed number is not reformatted). */
interface FormState {
  title: string;
  stepsToReproduce: string;
  expectedResult: string;
  actualResult: string;
  environment: string;
  url: string;
  usersAffected: string;
  severity: BugSeverity | null;
}

function toFields(form: FormState): EscalationFields {
  const users = form.usersAffected.trim() === '' ? null : Number(form.usersAffected);
  return {
    title: form.title.trim(),
    stepsToReproduce: form.stepsToReproduce.trim(),
    expectedResult: form.expectedResult.trim(),
    actualResult: form.actualResult.trim(),
    environment: form.environment.trim(),
    url: form.url.trim() || null,
    usersAffected: users !== null && Number.isInteger(users) ? users : null,
    severity: form.severity,
  };
}

/**
 * E1: what engineering needs, pre-filled from the ticket, with the bugs that already look the same
 * first (one click links the ticket to one of them instead). The shared rule says what is missing.
 */
export function EscalationForm({ ticket: from, onDone, onCancel }: Props) {
  const { data: ticket, complete } = useFragment({ fragment: EscalationForm_TicketFragmentDoc, from });
  const [form, setForm] = useState<FormState | null>(null);
  const [escalate, { loading, error }] = useEscalateTicket();
  const id = useId();
  if (!complete) return null;
  const defaults = ticket.escalationDefaults;
  const current: FormState = form ?? {
    title: defaults.title,
    stepsToReproduce: '',
    expectedResult: '',
    actualResult: defaults.actualResult,
    environment: defaults.environment,
    url: '',
    usersAffected: '1',
    severity: null,
  };
  const edit = (change: Partial<FormState>) => setForm({ ...current, ...change });
  const fields = toFields(current);
  const missing = missingEscalationFields(fields);
  const check = checkEscalationComplete(fields);
  // Missing fields are listed by name below; the rule's other refusals (URL, too many users) as it words them.
  const problem = missing.length === 0 && !check.ok ? check.message : null;
  const canSubmit = missing.length === 0 && check.ok && !loading;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit) return;
    const { url, usersAffected, severity, ...text } = fields;
    escalate({ variables: { input: { ticketId: ticket.id, ...text, url, usersAffected, severity } } }).then(onDone, () => undefined);
  };

  const customer = ticket.customer;
  return (
    <form className="escalation-form stack" onSubmit={submit} aria-describedby={`${id}-missing`}>
      <dl className="escalation-customer small">
        <div>
          <dt>Customer</dt>
          <dd>
            {customer.name}
            {customer.company && <span className="muted"> · {customer.company}</span>} <span className="muted">({customer.email})</span>
          </dd>
        </div>
        <div>
          <dt>Plan</dt>
          <dd>
            {customer.plan === 'PREMIUM' ? 'Premium' : 'Free'}
            {customer.isHighValue && customer.plan !== 'PREMIUM' && ' · high value'}
          </dd>
        </div>
      </dl>
      <SimilarBugs
        ticketId={ticket.id}
        title={current.title}
        stepsToReproduce={current.stepsToReproduce}
        usersAffected={fields.usersAffected ?? 1}
        onLinked={onDone}
      />
      <label>
        Title
        <input value={current.title} maxLength={LIMITS.bug.titleMax} onChange={(e) => edit({ title: e.target.value })} />
      </label>
      <label>
        Steps to reproduce
        <textarea
          rows={4}
          value={current.stepsToReproduce}
          maxLength={LIMITS.bug.textMax}
          placeholder={'1. Open…\n2. Click…'}
          onChange={(e) => edit({ stepsToReproduce: e.target.value })}
        />
      </label>
      <label>
        Expected result
        <textarea
          rows={2}
          value={current.expectedResult}
          maxLength={LIMITS.bug.textMax}
          onChange={(e) => edit({ expectedResult: e.target.value })}
        />
      </label>
      <label>
        Actual result
        <textarea
          rows={3}
          value={current.actualResult}
          maxLength={LIMITS.bug.textMax}
          onChange={(e) => edit({ actualResult: e.target.value })}
        />
      </label>
      <label>
        Where it happens (browser, OS, app version)
        <input
          value={current.environment}
          maxLength={LIMITS.bug.environmentMax}
          placeholder="Chrome 131 on Windows 11, app 4.2"
          onChange={(e) => edit({ environment: e.target.value })}
        />
      </label>
      <div className="row wrap escalation-pair">
        <label className="grow">
          URL (optional)
          <input
            type="url"
            inputMode="url"
            value={current.url}
            maxLength={LIMITS.bug.urlMax}
            placeholder="https://…"
            onChange={(e) => edit({ url: e.target.value })}
          />
        </label>
        <label>
          Users affected
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.bug.usersAffectedMax}
            step={1}
            value={current.usersAffected}
            onChange={(e) => edit({ usersAffected: e.target.value })}
          />
        </label>
      </div>
      <fieldset className="severity-choices">
        <legend>Severity</legend>
        {BUG_SEVERITIES.map((severity) => (
          <label key={severity} className="check severity-choice">
            <input
              type="radio"
              name={`${id}-severity`}
              value={severity}
              checked={current.severity === severity}
              onChange={() => edit({ severity })}
            />
            <span>
              <strong>{bugSeverityLabel[severity]}</strong> <span className="muted">{bugSeverityMeaning[severity]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div id={`${id}-missing`} aria-live="polite">
        {missing.length > 0 && (
          <p className="field-error">Still needed before engineering gets it: {missing.map((f) => escalationFieldLabel[f]).join(', ')}.</p>
        )}
        {problem && <p className="field-error">{problem}</p>}
      </div>
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={!canSubmit}>
          {loading ? 'Escalating…' : 'Escalate to engineering'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
