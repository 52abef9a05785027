import type { Person } from '@tandem/shared';

/** The signed-in staff member, as the access rules see them. */
export interface Viewer extends Person {
  name: string;
  email: string;
  sessionId: string;
}

/** The part of a request's context the access checks read. */
export interface ViewerContext {
  viewer: Viewer | null;
}
