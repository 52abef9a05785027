import type { Person } from '@tandem/shared';

/** The signed-in staff member, as the access rules see them. */
export interface Viewer extends Person {
  name: string;
  email: string;
  sessionId: string;
}
