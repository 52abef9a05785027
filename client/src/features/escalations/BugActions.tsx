import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { type BugStatus, bugStatusLabel, checkBugQuestion, LIMITS, SETTABLE_BUG_STATUSES } from '@tandem/shared';
import { useDeferredValue, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  BugActions_BugFragmentDoc,
  BugAskForInfoMutationDocument,
  BugAssignMutationDocument,
  BugEngineerPickerQueryDocument,
  BugMergeMutationDocument,
  BugMergePickerQueryDocument,
  BugSetStatusMutationDocument,
  type BugActions_BugFragment,
} from '../../gql/graphql';
import { useViewer } from '../../lib/viewer';
import { MutationProblem } from '../../components/MutationProblem';
import { PermissionReason } from '../../components/PermissionReason';
import { SearchPicker } from '../../components/SearchPicker';
import { useBugMutation } from './useBugMutation';

type Props = { bug: FragmentType<BugActions_BugFragment> };

/** Where the bug stands and who has it: status, engineer, "Duplicate of…" (BugActions.graphql). */
export function BugActions({ bug: from }: Props) {
  const { data: bug, complete } = useFragment({ fragment: BugActions_BugFragmentDoc, from });
  if (!complete) return null;
  return (
    <>
      <BugStatusCard bug={bug} />
      <BugEngineerCard bug={bug} />
      <BugMergeCard bug={bug} />
    </>
  );
}

function BugStatusCard({ bug }: { bug: BugActions_BugFragment }) {
  const [setStatus, setting] = useBugMutation(BugSetStatusMutationDocument);
  const [ask, asking] = useBugMutation(BugAskForInfoMutationDocument);
  const [question, setQuestion] = useState<string | null>(null);
  const edit = bug.viewerCan.edit;
  const questionCheck = checkBugQuestion(question);
  const choose = (status: BugStatus) => {
    // NEEDS_INFO asks the customers something: write the question first.
    if (status === 'NEEDS_INFO') setQuestion('');
    else void setStatus({ input: { id: bug.id, version: bug.version, status } });
  };
  const send = async () => {
    if (question === null || !questionCheck.ok) return;
    if ((await ask({ id: bug.id, question: question.trim(), version: bug.version })).data) setQuestion(null);
  };
  return (
    <section className="card stack" aria-labelledby="bug-status-title">
      <h2 id="bug-status-title">Status: {bugStatusLabel[bug.status]}</h2>
      <div className="row wrap">
        {SETTABLE_BUG_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            disabled={!edit.allowed || setting.loading || (status === bug.status && status !== 'NEEDS_INFO')}
            aria-pressed={status === bug.status}
            onClick={() => choose(status)}
          >
            {status === 'NEEDS_INFO' ? (bug.status === 'NEEDS_INFO' ? 'Ask another question…' : 'Needs info…') : bugStatusLabel[status]}
          </button>
        ))}
      </div>
      <PermissionReason permission={edit} />
      {question !== null && (
        <div className="stack">
          <label>
            Question for the customers
            <textarea
              autoFocus
              rows={3}
              maxLength={LIMITS.bug.questionMax}
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setQuestion(null)}
            />
          </label>
          <p className="muted small reason">It lands as a note on every linked ticket, and their agents are told to ask.</p>
          <div className="row">
            <button type="button" className="primary" disabled={!questionCheck.ok || asking.loading} onClick={() => void send()}>
              Ask for info
            </button>
            <button type="button" onClick={() => setQuestion(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <MutationProblem problem={setting.problem ?? asking.problem} />
    </section>
  );
}

function BugEngineerCard({ bug }: { bug: BugActions_BugFragment }) {
  const viewer = useViewer();
  const [assign, assigning] = useBugMutation(BugAssignMutationDocument);
  const [picking, setPicking] = useState(false);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const engineers = useQuery(BugEngineerPickerQueryDocument, { variables: { search: deferred || null }, skip: !picking });
  const people = (engineers.data?.users.edges ?? []).map((e) => e.node);
  const can = bug.viewerCan.assign;
  const to = async (engineerId: string | null) => {
    if ((await assign({ id: bug.id, engineerId, version: bug.version })).data) setPicking(false);
  };
  const isEngineer = viewer.roles.includes('ENGINEER');
  return (
    <section className="card stack" aria-labelledby="bug-engineer-title">
      <h2 id="bug-engineer-title">Engineer</h2>
      <p className="reason">{bug.engineer ? bug.engineer.name : <span className="muted">Nobody works on it yet.</span>}</p>
      <div className="row wrap">
        {isEngineer && bug.engineer?.id !== viewer.id && (
          <button type="button" disabled={!can.allowed || assigning.loading} onClick={() => void to(viewer.id)}>
            Take it
          </button>
        )}
        <button type="button" disabled={!can.allowed} onClick={() => setPicking(!picking)} aria-expanded={picking}>
          Assign…
        </button>
        {bug.engineer && (
          <button type="button" disabled={!can.allowed || assigning.loading} onClick={() => void to(null)}>
            Unassign
          </button>
        )}
      </div>
      <PermissionReason permission={can} />
      {picking && (
        <SearchPicker
          label="Assign to an engineer"
          placeholder="Name"
          search={search}
          onSearch={setSearch}
          onClose={() => setPicking(false)}
          listLabel="Engineers"
          emptyText={engineers.data && people.length === 0 ? 'No engineer matches.' : null}
        >
          {people.map((person) => (
            <li key={person.id}>
              <button type="button" disabled={assigning.loading} onClick={() => void to(person.id)}>
                {person.name} <span className="muted small">{person.email}</span>
              </button>
            </li>
          ))}
        </SearchPicker>
      )}
      <MutationProblem problem={assigning.problem} />
    </section>
  );
}

function BugMergeCard({ bug }: { bug: BugActions_BugFragment }) {
  const navigate = useNavigate();
  const [merge, merging] = useBugMutation(BugMergeMutationDocument);
  const [picking, setPicking] = useState(false);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const found = useQuery(BugMergePickerQueryDocument, { variables: { search: deferred }, skip: !picking || !deferred });
  const others = (found.data?.bugs.edges ?? []).map((e) => e.node).filter((other) => other.id !== bug.id);
  const can = bug.viewerCan.merge;
  const into = async (original: { id: string }) => {
    const { data } = await merge({ duplicateId: bug.id, originalId: original.id });
    if (data) navigate(`/escalations/${data.mergeBugs.id}`);
  };
  if (bug.status === 'DUPLICATE') return null;
  return (
    <section className="card stack" aria-labelledby="bug-merge-title">
      <h2 id="bug-merge-title">Duplicate?</h2>
      <div className="row">
        <button type="button" disabled={!can.allowed} onClick={() => setPicking(!picking)} aria-expanded={picking}>
          Duplicate of…
        </button>
      </div>
      <PermissionReason permission={can} />
      {picking && (
        <SearchPicker
          label={`The bug ${bug.reference} duplicates`}
          placeholder="BUG-12 or words of its title"
          maxLength={LIMITS.search.textMax}
          search={search}
          onSearch={setSearch}
          onClose={() => setPicking(false)}
          hint="Its linked tickets move there, and this bug points to it."
          listLabel="Bugs"
          emptyText={found.data && others.length === 0 ? 'No other bug matches.' : null}
        >
          {others.map((other) => (
            <li key={other.id}>
              <button type="button" disabled={merging.loading} onClick={() => void into(other)}>
                <strong>{other.reference}</strong> {other.title} <span className="muted small">{bugStatusLabel[other.status]}</span>
              </button>
            </li>
          ))}
        </SearchPicker>
      )}
      <MutationProblem problem={merging.problem} />
    </section>
  );
}
