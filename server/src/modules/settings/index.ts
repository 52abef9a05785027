import { once, type Once } from '../../common/loaders.js';
import type { FeatureModule } from '../feature-module.js';
import { SettingsResolver } from './settings.resolver.js';
import { SettingsService } from './settings.service.js';
import { TeamSettings } from './team-settings.entity.js';

export interface SettingsServices {
  settings: SettingsService;
}

export interface SettingsLoaders {
  settings: Once<TeamSettings>;
}

declare module '../../common/app-services.js' {
  interface AppServices extends SettingsServices {}
  interface Loaders extends SettingsLoaders {}
}

/** Team settings: goals, timers, tone guide, team chat. */
export const settingsModule: FeatureModule = {
  name: 'settings',
  resolvers: [SettingsResolver],
  entities: [TeamSettings],
  migrations: [],
  services: { settings: (s) => new SettingsService(s.db, s.clock) },
  loaders: ({ settings }): SettingsLoaders => ({ settings: once(() => settings.get()) }),
};
