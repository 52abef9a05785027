import type { Person } from '@tandem/shared';
import type { Viewer_UserFragment } from '../gql/graphql';

/** The shape the shared access rules read, from the viewer the API sent. */
export function toPerson(user: Pick<Viewer_UserFragment, 'id' | 'roles' | 'isActive' | 'canTrain' | 'trainer'>): Person {
  return { id: user.id, roles: user.roles, isActive: user.isActive, canTrain: user.canTrain, trainerId: user.trainer?.id ?? null };
}
