import { homePathFor, NAV_ITEMS, type NavItem, type NavKey } from '@tandem/shared';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense, type ReactElement } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { ChunkErrorBoundary } from './components/ChunkErrorBoundary';
import { AppShell } from './features/shell/AppShell';
import { NoAccessPage, NotBuiltPage, NotFoundPage } from './features/shell/NotBuiltPage';
import { toPerson } from './lib/person';
import { useViewer } from './lib/viewer';

// Each page is its own chunk, loaded when first visited: a new page does not grow the first load.
const AccountPage = lazy(() => import('./features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const OutboxPage = lazy(() => import('./features/admin/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const BugPage = lazy(() => import('./features/escalations/BugPage').then((m) => ({ default: m.BugPage })));
const FeatureRequestPage = lazy(() =>
  import('./features/feature-requests/FeatureRequestPage').then((m) => ({ default: m.FeatureRequestPage })),
);
const FeatureReportsPage = lazy(() =>
  import('./features/feature-requests/FeatureReportsPage').then((m) => ({ default: m.FeatureReportsPage })),
);
const FeatureReportPage = lazy(() =>
  import('./features/feature-requests/FeatureReportPage').then((m) => ({ default: m.FeatureReportPage })),
);
const GraduationPage = lazy(() => import('./features/training/GraduationPage').then((m) => ({ default: m.GraduationPage })));
const TicketPage = lazy(() => import('./features/tickets/TicketPage').then((m) => ({ default: m.TicketPage })));

// The menu's pages that have shipped, one entry each (the menu itself is shared/src/users/navigation.ts);
// the others say plainly what they will bring.
const PAGES: Partial<Record<NavKey, LazyExoticComponent<ComponentType>>> = {
  INBOX: lazy(() => import('./features/inbox/InboxPage').then((m) => ({ default: m.InboxPage }))),
  APPROVALS: lazy(() => import('./features/approvals/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage }))),
  SAVED_REPLIES: lazy(() => import('./features/saved-replies/SavedRepliesPage').then((m) => ({ default: m.SavedRepliesPage }))),
  SETTINGS: lazy(() => import('./features/settings/TeamSettingsPage').then((m) => ({ default: m.TeamSettingsPage }))),
  ADMIN: lazy(() => import('./features/admin/UsersPage').then((m) => ({ default: m.UsersPage }))),
  ESCALATIONS: lazy(() => import('./features/escalations/EscalationsPage').then((m) => ({ default: m.EscalationsPage }))),
  FEATURE_REQUESTS: lazy(() => import('./features/feature-requests/FeatureRequestsPage').then((m) => ({ default: m.FeatureRequestsPage }))),
  TRAINING: lazy(() => import('./features/training/TrainingPage').then((m) => ({ default: m.TrainingPage }))),
};
const COMES_WITH: Partial<Record<NavKey, string>> = {
  ROTA: 'the support rota of pairs in different time zones',
  REPORTS: 'weekly evaluations and support reports',
};

function pageFor(item: NavItem): ReactElement {
  const Page = PAGES[item.key];
  return Page ? <Page /> : <NotBuiltPage title={item.label} comesWith={COMES_WITH[item.key] ?? 'a later release'} />;
}

/** Everything behind the sign-in: the router, the shell with its menu and notifications, the pages. */
export function SignedInApp() {
  return (
    <BrowserRouter>
      <Pages />
    </BrowserRouter>
  );
}

function Pages() {
  const viewer = useViewer();
  const person = toPerson(viewer);
  const { pathname } = useLocation();
  const escalations = NAV_ITEMS.find((item) => item.key === 'ESCALATIONS');
  const features = NAV_ITEMS.find((item) => item.key === 'FEATURE_REQUESTS');
  const training = NAV_ITEMS.find((item) => item.key === 'TRAINING');
  // Behind the menu's Feature requests item; the API says who reads the reports (engineers too, agents not).
  const featurePage = (page: ReactElement) =>
    features?.isVisibleTo(person) ? page : <NoAccessPage title={features?.label ?? 'Feature requests'} />;
  return (
    <AppShell>
      <ChunkErrorBoundary resetKey={pathname}>
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
            <Route
              path="/escalations/:id"
              element={escalations?.isVisibleTo(person) ? <BugRoute /> : <NoAccessPage title={escalations?.label ?? 'Escalations'} />}
            />
            <Route path="/feature-requests/reports" element={featurePage(<FeatureReportsPage />)} />
            <Route path="/feature-requests/reports/:id" element={featurePage(<FeatureReportRoute />)} />
            <Route path="/feature-requests/:id" element={featurePage(<FeatureRequestRoute />)} />
            <Route
              path="/training/:userId/graduate"
              element={training?.isVisibleTo(person) ? <GraduationRoute /> : <NoAccessPage title={training?.label ?? 'Training'} />}
            />
            <Route path="/account" element={<AccountPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </ChunkErrorBoundary>
    </AppShell>
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

/** A fresh page per ticket: nothing written for one ticket can be sent to another. */
function TicketRoute() {
  const { id } = useParams();
  return <TicketPage key={id} />;
}

/** A fresh page per bug: a message or question written for one bug never lands on another. */
function BugRoute() {
  const { id } = useParams();
  return <BugPage key={id} />;
}

/** A fresh page per request: a message or draft written for one card never lands on another. */
function FeatureRequestRoute() {
  const { id } = useParams();
  return <FeatureRequestPage key={id} />;
}

/** A fresh page per report: a note typed for one report never lands on another. */
function FeatureReportRoute() {
  const { id } = useParams();
  return <FeatureReportPage key={id} />;
}

/** A fresh page per trainee: a note typed for one trainee never lands on another. */
function GraduationRoute() {
  const { userId } = useParams();
  return <GraduationPage key={userId} />;
}
