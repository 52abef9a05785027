import { useFragment, useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { ChunkErrorBoundary } from './components/ChunkErrorBoundary';
import { LoginPage } from './features/auth/LoginPage';
import { AppViewerQueryDocument, Viewer_UserFragmentDoc } from './gql/graphql';
import { errorMessage } from './lib/errors';
import { ViewerProvider } from './lib/viewer';

// The first chunk holds only what asks who is signed in and the sign-in page. The signed-in part
// (router, shell, pages: SignedInApp.tsx) is its own chunk, fetched at once beside the viewer query
// rather than after it, so a signed-in person does not wait for it longer than for the query.
const loadSignedInApp = () => import('./SignedInApp');
loadSignedInApp().catch(() => undefined);
const SignedInApp = lazy(() => loadSignedInApp().then((m) => ({ default: m.SignedInApp })));

export function App() {
  const { data, loading, error } = useQuery(AppViewerQueryDocument);
  // The signed-in person (`Viewer_user`), read here once and shared through the viewer context.
  const signedIn = useFragment({ fragment: Viewer_UserFragmentDoc, from: data?.viewer ?? null });

  if (loading && !data) return <AppLoading />;
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
  if (!signedIn.complete) return <AppLoading />;

  return (
    <ViewerProvider value={signedIn.data}>
      <ChunkErrorBoundary resetKey="">
        <Suspense fallback={<AppLoading />}>
          <SignedInApp />
        </Suspense>
      </ChunkErrorBoundary>
    </ViewerProvider>
  );
}

function AppLoading() {
  return <p className="page-loading">Loading Tandem…</p>;
}
