import { NavLink } from 'react-router';

/** The admin area's sections; the main navigation has one "Admin" item for all of them. */
export function AdminTabs() {
  return (
    <nav aria-label="Admin" className="tabs admin-tabs">
      <NavLink to="/admin/users" className="tab">
        Team
      </NavLink>
      <NavLink to="/admin/outbox" className="tab">
        Outbox
      </NavLink>
    </nav>
  );
}
