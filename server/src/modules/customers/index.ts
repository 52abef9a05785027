import type { FeatureModule } from '../feature-module.js';
import { Customer } from './customer.entity.js';
import { CustomerResolver } from './customer.resolver.js';

/** The people who write in. */
export const customersModule: FeatureModule = { name: 'customers', resolvers: [CustomerResolver], entities: [Customer] };
