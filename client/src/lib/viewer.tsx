import { createContext, useContext } from 'react';
import type { Viewer_UserFragment } from '../gql/graphql';

const ViewerContext = createContext<Viewer_UserFragment | null>(null);

export const ViewerProvider = ViewerContext.Provider;

/** The signed-in person; only used below the sign-in gate, where there always is one. */
export function useViewer(): Viewer_UserFragment {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() used outside the signed-in part of the app');
  return viewer;
}
