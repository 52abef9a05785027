import type { FeatureModule } from '../feature-module.js';
import { AuthResolver } from './auth.resolver.js';

/** Sign-in, sessions and passwords. */
export const authModule: FeatureModule = { name: 'auth', resolvers: [AuthResolver], entities: [] };
