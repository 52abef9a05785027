import type { FeatureModule } from '../feature-module.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';

export interface NotificationsServices {
  notifications: NotificationService;
}

declare module '../../common/app-services.js' {
  interface AppServices extends NotificationsServices {}
}

/** The bell. */
export const notificationsModule: FeatureModule = {
  name: 'notifications',
  resolvers: [NotificationResolver],
  entities: [Notification],
  migrations: [],
  services: { notifications: (s) => new NotificationService(s.db, s.clock) },
  loaders: () => ({}),
};
