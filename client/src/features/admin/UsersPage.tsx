import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { ALL_ROLES, LIMITS, roleLabel, type Role } from '@tandem/shared';
import { useDeferredValue, useState } from 'react';
import {
  UserRowDeactivateMutationDocument,
  UserRowReactivateMutationDocument,
  UsersPageQueryDocument,
  UserRow_UserFragmentDoc,
  type UserRow_UserFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { AdminTabs } from './AdminTabs';
import { UserEditor } from './UserEditor';

const PAGE_SIZE = 25;

/** Admin: the team, with search, role filter, keyset "Load more", add / edit / deactivate. */
export function UsersPage() {
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<UserRow_UserFragment | 'new' | null>(null);
  const deferredSearch = useDeferredValue(search.trim());
  const filter = { search: deferredSearch || null, role: role || null, includeInactive };
  const { data, loading, error, fetchMore } = useQuery(UsersPageQueryDocument, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const users = data?.users.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.users.pageInfo;

  return (
    <section aria-labelledby="page-title" className="stack">
      <AdminTabs />
      <div className="row spread">
        <h1 id="page-title">Team</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Add person
        </button>
      </div>
      <div className="row wrap filters">
        <label>
          Search
          <input
            type="search"
            placeholder="Name or e-mail"
            maxLength={LIMITS.search.textMax}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
            <option value="">Any role</option>
            {ALL_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel[r]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
          Show deactivated people
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      {!loading && users.length === 0 && !error && (
        <div className="empty-state">
          <p>Nobody matches these filters. Clear the search or pick another role.</p>
        </div>
      )}
      {users.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Roles</th>
              <th scope="col">Time zone</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow key={user.id} user={user} onEdit={setEditing} />
            ))}
          </tbody>
        </table>
      )}
      {pageInfo?.hasNextPage && (
        <button
          type="button"
          disabled={loading}
          onClick={() => fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}
        >
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
      {editing && <UserEditor user={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </section>
  );
}

/** One person of the team; its data is `UserRow_user`, which the editor opens with. */
function UserRow({ user: from, onEdit }: { user: FragmentType<UserRow_UserFragment>; onEdit: (user: UserRow_UserFragment) => void }) {
  const { data: user, complete } = useFragment({ fragment: UserRow_UserFragmentDoc, from });
  return complete ? <UserRowCells user={user} onEdit={() => onEdit(user)} /> : null;
}

function UserRowCells({ user, onEdit }: { user: UserRow_UserFragment; onEdit: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [deactivate, deactivation] = useMutation(UserRowDeactivateMutationDocument);
  const [reactivate, reactivation] = useMutation(UserRowReactivateMutationDocument);
  const error = deactivation.error ?? reactivation.error;
  const busy = deactivation.loading || reactivation.loading;
  const can = user.viewerCan;

  return (
    <tr className={user.isActive ? undefined : 'inactive'}>
      <td>
        <strong>{user.name}</strong>
        {!user.isActive && <span className="badge muted-badge">Deactivated</span>}
        {user.isTrainee && <span className="badge">Trainee of {user.trainer?.name}</span>}
        {user.canTrain && <span className="badge">May train</span>}
        <div className="muted small">{user.email}</div>
        {error && (
          <p role="alert" className="error small">
            {errorMessage(error)}
          </p>
        )}
      </td>
      <td>{user.roles.map((r) => roleLabel[r]).join(', ')}</td>
      <td>{user.timeZone}</td>
      <td>{formatDateTime(user.lastLoginAt)}</td>
      <td className="actions">
        {can.editProfile && (
          <button type="button" onClick={onEdit} aria-label={`Edit ${user.name}`}>
            Edit
          </button>
        )}
        {user.isActive &&
          (confirming ? (
            <>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => deactivate({ variables: { id: user.id } }).catch(() => undefined)}
              >
                Confirm: deactivate {user.name}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button
              type="button"
              disabled={!can.deactivate}
              title={can.deactivateBlockedReason ?? 'Ends their sessions at once; they can no longer sign in.'}
              onClick={() => setConfirming(true)}
              aria-label={`Deactivate ${user.name}`}
            >
              Deactivate
            </button>
          ))}
        {can.reactivate && (
          <button type="button" disabled={busy} onClick={() => reactivate({ variables: { id: user.id } }).catch(() => undefined)}>
            Reactivate
          </button>
        )}
      </td>
    </tr>
  );
}
