import type { FeatureModule } from '../feature-module.js';
import { SettingsResolver } from './settings.resolver.js';
import { TeamSettings } from './team-settings.entity.js';

/** Team settings: goals, timers, tone guide, team chat. */
export const settingsModule: FeatureModule = { name: 'settings', resolvers: [SettingsResolver], entities: [TeamSettings] };
