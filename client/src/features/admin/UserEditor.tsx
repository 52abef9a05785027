import { useMutation, useQuery } from '@apollo/client/react';
import {
  ALL_ROLES,
  checkPasswordStrength,
  checkTrainingLink,
  DEFAULT_WORKING_HOURS,
  isValidEmail,
  LIMITS,
  reasonOf,
  roleLabel,
  workingHoursProblem,
  type Role,
  type WorkingHours,
} from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { TimeZoneSelect } from '../../components/TimeZoneSelect';
import { WorkingHoursFields } from '../../components/WorkingHoursFields';
import {
  TrainerOptionsQueryDocument,
  UserEditorUpdateMutationDocument,
  UsersPageCreateMutationDocument,
  UsersPageQueryDocument,
  type UserRow_UserFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';

interface Props {
  /** The person to edit; absent to add someone. */
  user?: UserRow_UserFragment;
  onClose: () => void;
}

/** Add a person or edit one: roles, trainer (T1), permission to train (T4), time zone and hours. */
export function UserEditor({ user, onClose }: Props) {
  const [name, setName] = useState(user?.name ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? ['AGENT']);
  const [timeZone, setTimeZone] = useState(user?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC');
  const [hours, setHours] = useState<WorkingHours>(
    user ? { ...user.workingHours, days: [...user.workingHours.days] } : DEFAULT_WORKING_HOURS,
  );
  const [trainerId, setTrainerId] = useState(user?.trainer?.id ?? '');
  const [canTrain, setCanTrain] = useState(user?.canTrain ?? false);
  const trainers = useQuery(TrainerOptionsQueryDocument, { fetchPolicy: 'network-only' });
  const refetchQueries = [UsersPageQueryDocument, TrainerOptionsQueryDocument];
  const [create, creating] = useMutation(UsersPageCreateMutationDocument, { refetchQueries });
  const [update, updating] = useMutation(UserEditorUpdateMutationDocument, { refetchQueries });
  const busy = creating.loading || updating.loading;
  const error = creating.error ?? updating.error;

  const trainerOptions = (trainers.data?.users.edges ?? []).map((e) => e.node).filter((t) => t.id !== user?.id);
  // T4, the shared rule the server applies: no loop in the training chain (and a trainer cannot become a trainee).
  const chain = trainers.data?.trainingChain;
  const chosenTrainer = trainerOptions.find((t) => t.id === trainerId);
  const trainingProblem =
    user && chain && chosenTrainer && chosenTrainer.id !== user.trainer?.id
      ? reasonOf(
          checkTrainingLink(
            { id: user.id, name, roles, isActive: user.isActive, trainerId: user.trainer?.id ?? null, canTrain },
            { ...chosenTrainer, trainerId: chosenTrainer.trainer?.id ?? null },
            {
              traineeTrainsOthers: (chain.nodes.find((n) => n.id === user.id)?.currentTrainees.length ?? 0) > 0,
              links: chain.links,
              names: new Map(chain.nodes.map((n) => [n.id, n.person.name])),
            },
          ),
        )
      : null;

  const problems = [
    name.trim() ? null : 'Enter a name.',
    isValidEmail(email) ? null : 'Enter a valid e-mail address.',
    roles.length > 0 ? null : 'Give them at least one role.',
    workingHoursProblem(hours),
    user ? null : password ? reasonOf(checkPasswordStrength(password, email)) : 'Set an initial password.',
  ].filter((p): p is string => p !== null);

  const toggleRole = (role: Role) => setRoles(roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problems.length > 0 || trainingProblem || busy) return;
    const common = { name, email, roles, timeZone, workingHours: hours, trainerId: trainerId || null, canTrain };
    const done = user
      ? update({ variables: { input: { id: user.id, version: user.version, ...common } } })
      : create({ variables: { input: { ...common, password } } });
    done.then(onClose).catch(() => undefined);
  };

  return (
    <Dialog title={user ? `Edit ${user.name}` : 'Add a person'} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <label>
          Name
          <input value={name} maxLength={LIMITS.user.nameMax} onChange={(e) => setName(e.target.value)} required autoFocus />
        </label>
        <label>
          E-mail
          <input type="email" value={email} maxLength={LIMITS.mail.addressMax} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        {!user && (
          <label>
            Initial password
            <input type="text" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </label>
        )}
        <fieldset>
          <legend>Roles</legend>
          <div className="row wrap">
            {ALL_ROLES.map((role) => (
              <label key={role} className="check">
                <input type="checkbox" checked={roles.includes(role)} onChange={() => toggleRole(role)} />
                {roleLabel[role]}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          Trainer
          <select value={trainerId} onChange={(e) => setTrainerId(e.target.value)}>
            <option value="">No trainer (trained)</option>
            {trainerOptions.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        {trainingProblem && (
          <p className="field-error" role="alert">
            {trainingProblem}
          </p>
        )}
        <p className="muted small">A person with a trainer is a trainee: their replies go to the trainer for approval.</p>
        <label className="check">
          <input type="checkbox" checked={canTrain} onChange={(e) => setCanTrain(e.target.checked)} />
          May train the next trainee
        </label>
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} />
        <WorkingHoursFields value={hours} onChange={setHours} />
        {problems.length > 0 && (
          <ul className="field-error" aria-label="Before you can save">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {error && (
          <p role="alert" className="error">
            {errorMessage(error)}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy || problems.length > 0 || trainingProblem !== null}>
            {user ? 'Save changes' : 'Add person'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
