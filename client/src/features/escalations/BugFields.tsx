import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import {
  BUG_SEVERITIES,
  type BugSeverity,
  bugSeverityLabel,
  bugSeverityMeaning,
  checkBugLink,
  checkEscalationComplete,
  firstDenial,
  LIMITS,
  reasonOf,
} from '@tandem/shared';
import { useState } from 'react';
import { BugFields_BugFragmentDoc, BugUpdateMutationDocument, type BugFields_BugFragment } from '../../gql/graphql';
import { MutationProblem } from '../../components/MutationProblem';
import { PermissionReason } from '../../components/PermissionReason';
import { SaveOrCancel } from '../../components/SaveOrCancel';
import { useBugMutation } from './useBugMutation';

type Draft = Pick<BugFields_BugFragment, 'title' | 'severity' | 'stepsToReproduce' | 'expectedResult' | 'actualResult' | 'environment'> & {
  url: string;
  trackerUrl: string;
};

function draftOf(bug: BugFields_BugFragment): Draft {
  return {
    title: bug.title,
    severity: bug.severity,
    stepsToReproduce: bug.stepsToReproduce,
    expectedResult: bug.expectedResult,
    actualResult: bug.actualResult,
    environment: bug.environment,
    url: bug.url ?? '',
    trackerUrl: bug.trackerUrl ?? '',
  };
}

/** What engineering needs to reproduce the bug (E1), editable by engineers and managers (BugFields.graphql). */
export function BugFields({ bug: from }: { bug: FragmentType<BugFields_BugFragment> }) {
  const { data: bug, complete } = useFragment({ fragment: BugFields_BugFragmentDoc, from });
  const [editing, setEditing] = useState<{ draft: Draft; version: number } | null>(null);
  const [update, updating] = useBugMutation(BugUpdateMutationDocument);
  if (!complete) return null;
  const edit = bug.viewerCan.edit;

  const save = async () => {
    if (!editing) return;
    const { draft, version } = editing;
    const { data, changed } = await update({ input: { id: bug.id, version, ...draft } });
    // Someone changed it meanwhile: the page shows their version, to read before editing again.
    if (data || changed) setEditing(null);
  };

  if (editing) {
    const set = (field: keyof Draft) => (e: { target: { value: string } }) =>
      setEditing({ ...editing, draft: { ...editing.draft, [field]: e.target.value } });
    const d = editing.draft;
    // The server's rules, before Save: an edit keeps every detail engineers need (E1).
    const refusal = reasonOf(
      firstDenial(
        // Users affected is not edited here (it is counted from the linked tickets).
        checkEscalationComplete({ ...d, usersAffected: 1 }),
        checkBugLink(d.trackerUrl, 'The tracker link'),
      ),
    );
    return (
      <section className="card stack" aria-labelledby="bug-fields-title">
        <h2 id="bug-fields-title">Edit the bug</h2>
        <label>
          Title
          <input value={d.title} maxLength={LIMITS.bug.titleMax} onChange={set('title')} required />
        </label>
        <label>
          Severity
          <select value={d.severity} onChange={(e) => setEditing({ ...editing, draft: { ...d, severity: e.target.value as BugSeverity } })}>
            {BUG_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {bugSeverityLabel[s]}: {bugSeverityMeaning[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Steps to reproduce
          <textarea rows={5} value={d.stepsToReproduce} maxLength={LIMITS.bug.textMax} onChange={set('stepsToReproduce')} />
        </label>
        <label>
          Expected result
          <textarea rows={2} value={d.expectedResult} maxLength={LIMITS.bug.textMax} onChange={set('expectedResult')} />
        </label>
        <label>
          Actual result
          <textarea rows={2} value={d.actualResult} maxLength={LIMITS.bug.textMax} onChange={set('actualResult')} />
        </label>
        <label>
          Environment
          <input value={d.environment} maxLength={LIMITS.bug.environmentMax} onChange={set('environment')} />
        </label>
        <label>
          URL where it happens
          <input type="url" value={d.url} maxLength={LIMITS.bug.urlMax} onChange={set('url')} />
        </label>
        <label>
          Tracker issue (GitHub, Jira, Linear)
          <input type="url" value={d.trackerUrl} maxLength={LIMITS.bug.urlMax} onChange={set('trackerUrl')} />
        </label>
        <SaveOrCancel refusal={refusal} mutation={updating} onSave={() => void save()} onCancel={() => setEditing(null)} />
      </section>
    );
  }

  return (
    <section className="card stack" aria-labelledby="bug-fields-title">
      <div className="row spread">
        <h2 id="bug-fields-title">The bug</h2>
        <button type="button" disabled={!edit.allowed} onClick={() => setEditing({ draft: draftOf(bug), version: bug.version })}>
          Edit
        </button>
      </div>
      <PermissionReason permission={edit} />
      <MutationProblem problem={updating.problem} />
      <dl className="bug-fields">
        <Field label="Severity">
          {bugSeverityLabel[bug.severity]}: <span className="muted">{bugSeverityMeaning[bug.severity]}</span>
        </Field>
        <Field label="Steps to reproduce">{bug.stepsToReproduce}</Field>
        <Field label="Expected result">{bug.expectedResult}</Field>
        <Field label="Actual result">{bug.actualResult}</Field>
        <Field label="Environment">{bug.environment}</Field>
        <Field label="URL">{bug.url ? <ExternalLink href={bug.url} /> : <span className="muted">Not given</span>}</Field>
        <Field label="Tracker issue">
          {bug.trackerUrl ? <ExternalLink href={bug.trackerUrl} /> : <span className="muted">Not linked yet</span>}
        </Field>
      </dl>
    </section>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="pair">
      <dt>{label}</dt>
      <dd>{children || <span className="muted">—</span>}</dd>
    </div>
  );
}

/** Links typed by people open in a new tab, and only for web addresses. */
function ExternalLink({ href }: { href: string }) {
  return /^https?:\/\//i.test(href) ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {href}
    </a>
  ) : (
    <span>{href}</span>
  );
}
