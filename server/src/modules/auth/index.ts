import type { FeatureModule } from '../feature-module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

export interface AuthServices {
  auth: AuthService;
}

declare module '../../common/app-services.js' {
  interface AppServices extends AuthServices {}
}

/** Sign-in, sessions and passwords. */
export const authModule: FeatureModule = {
  name: 'auth',
  resolvers: [AuthResolver],
  entities: [],
  migrations: [],
  services: { auth: (s) => new AuthService(s.db, s.clock, s.config) },
  loaders: () => ({}),
};
