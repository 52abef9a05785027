import { useQuery } from '@apollo/client/react';
import { checkGraduationNote, LIMITS, reasonOf } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { MutationProblem } from '../../components/MutationProblem';
import { PermissionReason } from '../../components/PermissionReason';
import { GraduationPageQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useGraduateTrainee } from './hooks/useGraduateTrainee';
import { TrainingRecordSummary } from './TrainingRecordSummary';
import './training.css';

/** T4: the trainee's record, a short note, and Graduate; afterwards, what changes for the graduate. */
export function GraduationPage() {
  const { userId = '' } = useParams();
  const { data, error, loading } = useQuery(GraduationPageQueryDocument, { variables: { id: userId }, fetchPolicy: 'cache-and-network' });
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const [graduated, setGraduated] = useState<{ name: string; pending: number; trainer: string } | null>(null);
  const [graduate, state] = useGraduateTrainee();
  const record = data?.trainingRecord;

  if (loading && !data) return <p className="page-loading">Loading the training record…</p>;
  if (!record) {
    return (
      <section aria-labelledby="page-title" className="stack">
        <h1 id="page-title">Graduate a trainee</h1>
        <p role="alert" className="error">
          {error ? errorMessage(error) : 'This person has never been in training, so there is nobody to graduate.'}
        </p>
        <Link to="/training">← Training</Link>
      </section>
    );
  }

  const trainee = record.trainee;
  const noteProblem = reasonOf(checkGraduationNote(note));
  const can = record.viewerCanGraduate;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (noteProblem || !can.allowed || state.loading) return;
    const outcome = await graduate({ traineeId: trainee.id, note: note.trim(), version: trainee.version });
    if (outcome.data) setGraduated({ name: trainee.name, pending: record.pending, trainer: record.trainer.name });
  };

  return (
    <section aria-labelledby="page-title" className="stack training-page">
      <div className="small">
        <Link to="/training">← Training</Link>
      </div>
      <h1 id="page-title">{record.status === 'IN_TRAINING' && !graduated ? `Graduate ${trainee.name}` : `${trainee.name}’s training`}</h1>
      <div role="status" className="training-outcome">
        {graduated && (
          <div className="card stack">
            <p>
              <strong>{graduated.name} has graduated.</strong> From now on {graduated.name} replies to customers directly, with no draft to
              approve, and may train the next trainee: an admin can set {graduated.name} as someone’s trainer.
            </p>
            {graduated.pending > 0 && (
              <p className="small">
                {graduated.pending === 1
                  ? `The draft still waiting for review stays with ${graduated.trainer}, who can approve or return it.`
                  : `The ${graduated.pending} drafts still waiting for review stay with ${graduated.trainer}, who can approve or return them.`}
              </p>
            )}
          </div>
        )}
      </div>
      <TrainingRecordSummary record={record} />
      {record.status === 'IN_TRAINING' && !graduated && (
        <form className="stack card" onSubmit={submit} aria-label="Graduation">
          <label>
            A short note for the record
            <input
              value={note}
              maxLength={LIMITS.training.graduationNoteMax}
              onChange={(e) => setNote(e.target.value)}
              onBlur={() => setTouched(true)}
              placeholder="What they do well, what to keep an eye on"
              aria-describedby="graduation-hint"
            />
          </label>
          <p id="graduation-hint" className="muted small">
            One line, at most {LIMITS.training.graduationNoteMax} characters ({note.trim().length} so far). After graduating, {trainee.name}{' '}
            replies directly (no more drafts) and may train someone.
          </p>
          {touched && noteProblem && <p className="field-error">{noteProblem}</p>}
          <PermissionReason permission={can} />
          <MutationProblem problem={state.problem} />
          <div className="row">
            <button type="submit" className="primary" disabled={!can.allowed || state.loading || (touched && noteProblem !== null)}>
              Graduate {trainee.name}
            </button>
            <Link to="/training">Cancel</Link>
          </div>
        </form>
      )}
      {graduated && <Link to="/training">See the training chain</Link>}
    </section>
  );
}
