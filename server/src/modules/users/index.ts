import { byId, fromMap, once, type Once, type RowLoader } from '../../common/loaders.js';
import type { FeatureModule } from '../feature-module.js';
import { UserResolver } from './user.resolver.js';
import { User } from './user.entity.js';
import { UserService } from './user.service.js';

export interface UsersServices {
  users: UserService;
}

export interface UsersLoaders {
  userById: RowLoader<User | null>;
  traineeCountByTrainerId: RowLoader<number>;
  activeAdminCount: Once<number>;
}

declare module '../../common/app-services.js' {
  interface AppServices extends UsersServices {}
  interface Loaders extends UsersLoaders {}
}

/** The team: people, roles, trainers, time zones and working hours. */
export const usersModule: FeatureModule = {
  name: 'users',
  resolvers: [UserResolver],
  entities: [User],
  migrations: [],
  services: { users: (s) => new UserService(s.db, s.clock, s.trainingLinks) },
  loaders: ({ users }): UsersLoaders => ({
    userById: byId((ids) => users.findByIds(ids)),
    traineeCountByTrainerId: fromMap((ids) => users.traineeCounts(ids), 0),
    activeAdminCount: once(() => users.activeAdminCount()),
  }),
};
