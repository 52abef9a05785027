import type { FeatureModule } from '../feature-module.js';
import { TicketTimersResolver } from './timer.resolver.js';

/** Follow-up, closing and first-response timers (F1-F5, W9, W10, R5). */
export const followUpsModule: FeatureModule = { name: 'follow-ups', resolvers: [TicketTimersResolver], entities: [] };
