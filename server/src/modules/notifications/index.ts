import type { FeatureModule } from '../feature-module.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';

/** The bell. */
export const notificationsModule: FeatureModule = { name: 'notifications', resolvers: [NotificationResolver], entities: [Notification] };
