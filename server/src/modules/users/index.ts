import type { FeatureModule } from '../feature-module.js';
import { UserResolver } from './user.resolver.js';
import { User } from './user.entity.js';

/** The team: people, roles, trainers, time zones and working hours. */
export const usersModule: FeatureModule = { name: 'users', resolvers: [UserResolver], entities: [User] };
