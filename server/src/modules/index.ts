import { authModule } from './auth/index.js';
import { customersModule } from './customers/index.js';
import { draftsModule } from './drafts/index.js';
import { escalationsModule } from './escalations/index.js';
import type { FeatureModule } from './feature-module.js';
import { featureRequestsModule } from './feature-requests/index.js';
import { followUpsModule } from './follow-ups/index.js';
import { mailModule } from './mail/index.js';
import { notificationsModule } from './notifications/index.js';
import { savedRepliesModule } from './saved-replies/index.js';
import { settingsModule } from './settings/index.js';
import { ticketsModule } from './tickets/index.js';
import { trainingModule } from './training/index.js';
import { usersModule } from './users/index.js';

/** Every feature of the server, once: a new feature is a folder with an index.ts and a line here. */
export const MODULES: readonly FeatureModule[] = [
  authModule,
  usersModule,
  customersModule,
  ticketsModule,
  draftsModule,
  savedRepliesModule,
  notificationsModule,
  settingsModule,
  mailModule,
  followUpsModule,
  escalationsModule,
  featureRequestsModule,
  trainingModule,
];
