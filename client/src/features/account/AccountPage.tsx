import { useMutation } from '@apollo/client/react';
import { checkPasswordStrength, workingHoursProblem, type WorkingHours } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { TimeZoneSelect } from '../../components/TimeZoneSelect';
import { WorkingHoursFields } from '../../components/WorkingHoursFields';
import { AccountPagePasswordMutationDocument, AccountPageUpdateMutationDocument } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { useViewer } from '../../lib/viewer';

export function AccountPage() {
  return (
    <section aria-labelledby="page-title" className="stack">
      <h1 id="page-title">Your account</h1>
      <ScheduleForm />
      <PasswordForm />
    </section>
  );
}

function ScheduleForm() {
  const viewer = useViewer();
  const [timeZone, setTimeZone] = useState(viewer.timeZone);
  const [hours, setHours] = useState<WorkingHours>({
    start: viewer.workingHours.start,
    end: viewer.workingHours.end,
    days: [...viewer.workingHours.days],
  });
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(AccountPageUpdateMutationDocument);
  const invalid = workingHoursProblem(hours) !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update({ variables: { input: { id: viewer.id, version: viewer.version, timeZone, workingHours: hours } } })
      .then(() => setSaved(true))
      .catch(() => undefined);
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="schedule-title">
      <h2 id="schedule-title">Time zone and working hours</h2>
      <p className="muted">The rota uses them to know who is on duty while the other half of the pair sleeps.</p>
      <TimeZoneSelect value={timeZone} onChange={setTimeZone} />
      <WorkingHoursFields value={hours} onChange={setHours} />
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      {saved && !error && <p role="status">Saved.</p>}
      <div>
        <button type="submit" className="primary" disabled={loading || invalid}>
          Save
        </button>
      </div>
    </form>
  );
}

function PasswordForm() {
  const viewer = useViewer();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const [change, { loading, error }] = useMutation(AccountPagePasswordMutationDocument);
  const strength = next ? checkPasswordStrength(next, viewer.email) : null;
  const mismatch = confirm.length > 0 && confirm !== next;
  const canSubmit = current.length > 0 && strength?.ok === true && confirm === next && !loading;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    change({ variables: { input: { currentPassword: current, newPassword: next } } })
      .then(() => {
        setDone(true);
        setCurrent('');
        setNext('');
        setConfirm('');
      })
      .catch(() => undefined);
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="password-title" id="password">
      <h2 id="password-title">Change password</h2>
      <label>
        Current password
        <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
      </label>
      <label>
        New password
        <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
      </label>
      {strength && !strength.ok && <p className="field-error">{strength.message}</p>}
      <label>
        Repeat the new password
        <input type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      </label>
      {mismatch && <p className="field-error">The two new passwords are not the same.</p>}
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      {done && <p role="status">Password changed. Your other sessions have been signed out.</p>}
      <div>
        <button type="submit" className="primary" disabled={!canSubmit}>
          Change password
        </button>
      </div>
    </form>
  );
}
