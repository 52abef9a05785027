import type { FeatureModule } from '../feature-module.js';
import { NotificationPath1795305600014 } from './migrations/1795305600014-NotificationPath.js';
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
  migrations: [NotificationPath1795305600014],
  services: { notifications: (s) => new NotificationService(s.db, s.clock) },
  loaders: () => ({}),
};
