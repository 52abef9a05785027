import { useApolloClient, useMutation } from '@apollo/client/react';
import { navigationFor, roleLabel } from '@tandem/shared';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { UserMenuLogoutMutationDocument } from '../../gql/graphql';
import { forgetUnsentText } from '../tickets/useUnsentText';
import { NotificationsBell } from '../notifications/NotificationsBell';
import { NotificationToasts } from '../notifications/NotificationToasts';
import { toPerson } from '../../lib/person';
import { useDismiss } from '../../lib/useDismiss';
import { useViewer } from '../../lib/viewer';

export function AppShell({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const items = navigationFor(toPerson(viewer));
  const { pathname } = useLocation();
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          <span aria-hidden="true" className="brand-mark" /> Tandem
        </Link>
        <div className="row">
          <NotificationsBell />
          <UserMenu />
        </div>
      </header>
      <nav className="sidebar" aria-label="Main">
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <NavLink
                to={item.path}
                className={({ isActive }) => (isActive || (item.section && pathname.startsWith(item.section)) ? 'active' : undefined)}
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">{children}</main>
      <NotificationToasts />
    </div>
  );
}

function UserMenu() {
  const viewer = useViewer();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const closeMenu = useCallback(() => setOpen(false), []);
  const menuRef = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const [logout, { loading }] = useMutation(UserMenuLogoutMutationDocument);

  useEffect(() => setOpen(false), [location.pathname]);
  useDismiss(open, menuRef, closeMenu);

  const signOut = async () => {
    await logout().catch(() => undefined);
    forgetUnsentText(viewer.id);
    // Drops everything cached for this person; the viewer query refetches as null -> sign-in page.
    await client.resetStore();
  };

  return (
    <div className="user-menu" ref={menuRef}>
      <button type="button" aria-haspopup="true" aria-expanded={open} onClick={() => setOpen(!open)}>
        {viewer.name}
        {viewer.isTrainee && <span className="badge">Trainee</span>}
      </button>
      {open && (
        <div className="menu" role="group" aria-label="Your account">
          <p className="muted small">
            {viewer.email}
            <br />
            {viewer.roles.map((r) => roleLabel[r]).join(', ')}
            {viewer.trainer && (
              <>
                <br />
                Trained by {viewer.trainer.name}
              </>
            )}
          </p>
          <Link to="/account">Time zone and working hours</Link>
          <Link to="/account#password">Change password</Link>
          <button type="button" onClick={signOut} disabled={loading}>
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
