import { useQuery } from '@apollo/client/react';
import { homePathFor, NAV_ITEMS, NavKey } from '@tandem/shared';
import { Navigate, Route, Routes } from 'react-router';
import { AccountPage } from './features/account/AccountPage';
import { UsersPage } from './features/admin/UsersPage';
import { LoginPage } from './features/auth/LoginPage';
import { AppShell } from './features/shell/AppShell';
import { NoAccessPage, NotBuiltPage, NotFoundPage } from './features/shell/NotBuiltPage';
import { AppViewerQueryDocument } from './gql/graphql';
import { errorMessage } from './lib/errors';
import { toPerson } from './lib/person';
import { ViewerProvider } from './lib/viewer';

// What each page that has not shipped yet will bring.
const COMES_WITH: Record<NavKey, string> = {
  INBOX: 'the ticket queue: claiming, answering under the checklist and live updates',
  APPROVALS: 'trainee drafts and their approval by trainers',
  ESCALATIONS: 'bug escalation to engineering',
  FEATURE_REQUESTS: 'the feature-request tally for product',
  ROTA: 'the support rota of pairs in different time zones',
  REPORTS: 'weekly evaluations and support reports',
  SAVED_REPLIES: 'the saved-reply library',
  ADMIN: 'the admin pages',
};

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
          {NAV_ITEMS.filter((item) => item.key !== NavKey.ADMIN).map((item) => (
            <Route
              key={item.key}
              path={item.path}
              element={
                item.isVisibleTo(person) ? (
                  <NotBuiltPage title={item.label} comesWith={COMES_WITH[item.key]} />
                ) : (
                  <NoAccessPage title={item.label} />
                )
              }
            />
          ))}
          <Route path="/admin/users" element={viewer.roles.includes('ADMIN') ? <UsersPage /> : <NoAccessPage title="Team" />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </AppShell>
    </ViewerProvider>
  );
}
