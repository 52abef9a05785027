import { useQuery } from '@apollo/client/react';
import { homePathFor, NAV_ITEMS, type NavItem, type NavKey } from '@tandem/shared';
import type { ReactElement } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { AccountPage } from './features/account/AccountPage';
import { OutboxPage } from './features/admin/OutboxPage';
import { UsersPage } from './features/admin/UsersPage';
import { ApprovalsPage } from './features/approvals/ApprovalsPage';
import { InboxPage } from './features/inbox/InboxPage';
import { SavedRepliesPage } from './features/saved-replies/SavedRepliesPage';
import { TeamSettingsPage } from './features/settings/TeamSettingsPage';
import { TicketPage } from './features/tickets/TicketPage';
import { LoginPage } from './features/auth/LoginPage';
import { AppShell } from './features/shell/AppShell';
import { NoAccessPage, NotBuiltPage, NotFoundPage } from './features/shell/NotBuiltPage';
import { AppViewerQueryDocument } from './gql/graphql';
import { errorMessage } from './lib/errors';
import { toPerson } from './lib/person';
import { ViewerProvider } from './lib/viewer';

// The pages that have shipped; the others say plainly what they will bring.
const PAGES: Partial<Record<NavKey, () => ReactElement>> = {
  INBOX: () => <InboxPage />,
  APPROVALS: () => <ApprovalsPage />,
  SAVED_REPLIES: () => <SavedRepliesPage />,
  SETTINGS: () => <TeamSettingsPage />,
  ADMIN: () => <UsersPage />,
};
const COMES_WITH: Partial<Record<NavKey, string>> = {
  ESCALATIONS: 'bug escalation to engineering',
  FEATURE_REQUESTS: 'the feature-request tally for product',
  ROTA: 'the support rota of pairs in different time zones',
  REPORTS: 'weekly evaluations and support reports',
};

function pageFor(item: NavItem): ReactElement {
  return PAGES[item.key]?.() ?? <NotBuiltPage title={item.label} comesWith={COMES_WITH[item.key] ?? 'a later release'} />;
}

export function App() {
  const { data, loading, error } = useQuery(AppViewerQueryDocument);

  if (loading && !data) return <p className="page-loading">Loading Tandem…</p>;
  if (error && !data) {
    return (
      <main className="login">
        <p role="alert" className="error card">
          {errorMessage(error)}
        </p>
      </main>
    );
  }
  const viewer = data?.viewer;
  if (!viewer) return <LoginPage />;

  const person = toPerson(viewer);
  return (
    <ViewerProvider value={viewer}>
      <AppShell>
        <Routes>
          <Route path="/" element={<Navigate to={homePathFor(person)} replace />} />
          {NAV_ITEMS.map((item) => (
            <Route key={item.key} path={item.path} element={item.isVisibleTo(person) ? pageFor(item) : <NoAccessPage title={item.label} />} />
          ))}
          <Route path="/admin/outbox" element={viewer.roles.includes('ADMIN') ? <OutboxPage /> : <NoAccessPage title="Outbox" />} />
          <Route path="/tickets/:id" element={<TicketRoute />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </AppShell>
    </ViewerProvider>
  );
}

/** A fresh page per ticket: nothing written for one ticket can be sent to another. */
function TicketRoute() {
  const { id } = useParams();
  return <TicketPage key={id} />;
}
