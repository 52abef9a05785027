import { useFragment, useQuery } from '@apollo/client/react';
import { homePathFor, NAV_ITEMS, type NavItem, type NavKey } from '@tandem/shared';
import { Component, type ComponentType, type LazyExoticComponent, lazy, Suspense, type ReactElement, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { LoginPage } from './features/auth/LoginPage';
import { AppShell } from './features/shell/AppShell';
import { NoAccessPage, NotBuiltPage, NotFoundPage } from './features/shell/NotBuiltPage';
import { AppViewerQueryDocument, Viewer_UserFragmentDoc } from './gql/graphql';
import { errorMessage } from './lib/errors';
import { toPerson } from './lib/person';
import { ViewerProvider } from './lib/viewer';

// Each page is its own chunk, loaded when first visited: a new page does not grow the first load.
// The sign-in page and the shell stay in the first chunk.
const AccountPage = lazy(() => import('./features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const OutboxPage = lazy(() => import('./features/admin/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const TicketPage = lazy(() => import('./features/tickets/TicketPage').then((m) => ({ default: m.TicketPage })));

// The menu's pages that have shipped, one entry each (the menu itself is shared/src/users/navigation.ts);
// the others say plainly what they will bring.
const PAGES: Partial<Record<NavKey, LazyExoticComponent<ComponentType>>> = {
  INBOX: lazy(() => import('./features/inbox/InboxPage').then((m) => ({ default: m.InboxPage }))),
  APPROVALS: lazy(() => import('./features/approvals/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage }))),
  SAVED_REPLIES: lazy(() => import('./features/saved-replies/SavedRepliesPage').then((m) => ({ default: m.SavedRepliesPage }))),
  SETTINGS: lazy(() => import('./features/settings/TeamSettingsPage').then((m) => ({ default: m.TeamSettingsPage }))),
  ADMIN: lazy(() => import('./features/admin/UsersPage').then((m) => ({ default: m.UsersPage }))),
};
const COMES_WITH: Partial<Record<NavKey, string>> = {
  ESCALATIONS: 'bug escalation to engineering',
  FEATURE_REQUESTS: 'the feature-request tally for product',
  ROTA: 'the support rota of pairs in different time zones',
  REPORTS: 'weekly evaluations and support reports',
};

function pageFor(item: NavItem): ReactElement {
  const Page = PAGES[item.key];
  return Page ? <Page /> : <NotBuiltPage title={item.label} comesWith={COMES_WITH[item.key] ?? 'a later release'} />;
}

export function App() {
  const { data, loading, error } = useQuery(AppViewerQueryDocument);
  // The signed-in person (`Viewer_user`), read here once and shared through the viewer context.
  const signedIn = useFragment({ fragment: Viewer_UserFragmentDoc, from: data?.viewer ?? null });

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
  if (!data?.viewer) return <LoginPage />;
  if (!signedIn.complete) return <p className="page-loading">Loading Tandem…</p>;
  const viewer = signedIn.data;

  const person = toPerson(viewer);
  return (
    <ViewerProvider value={viewer}>
      <AppShell>
        <PageLoadBoundary>
          <Suspense fallback={<PageLoading />}>
            <Routes>
              <Route path="/" element={<Navigate to={homePathFor(person)} replace />} />
              {NAV_ITEMS.map((item) => (
                <Route
                  key={item.key}
                  path={item.path}
                  element={item.isVisibleTo(person) ? pageFor(item) : <NoAccessPage title={item.label} />}
                />
              ))}
              <Route path="/admin/outbox" element={viewer.roles.includes('ADMIN') ? <OutboxPage /> : <NoAccessPage title="Outbox" />} />
              <Route path="/tickets/:id" element={<TicketRoute />} />
              <Route path="/account" element={<AccountPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </PageLoadBoundary>
      </AppShell>
    </ViewerProvider>
  );
}

/** While a page's chunk loads (the first visit only). */
function PageLoading() {
  return (
    <p className="page-loading" role="status">
      Loading the page…
    </p>
  );
}

/**
 * A page's chunk that cannot be fetched (the connection dropped, or Tandem was updated and the old
 * chunks are gone) says so, with a reload, instead of blanking the app; another page clears it.
 */
function PageLoadBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <ChunkErrorBoundary pathname={pathname}>{children}</ChunkErrorBoundary>;
}

interface BoundaryProps {
  pathname: string;
  children: ReactNode;
}

class ChunkErrorBoundary extends Component<BoundaryProps, { failed: boolean; pathname: string }> {
  override state = { failed: false, pathname: this.props.pathname };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: BoundaryProps, state: { pathname: string }) {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="stack">
        <p role="alert" className="error">
          This page could not be loaded. Check your connection, or reload: Tandem may have been updated.
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </section>
    );
  }
}

/** A fresh page per ticket: nothing written for one ticket can be sent to another. */
function TicketRoute() {
  const { id } = useParams();
  return <TicketPage key={id} />;
}
