import { byId, type RowLoader } from '../../common/loaders.js';
import type { FeatureModule } from '../feature-module.js';
import { Customer } from './customer.entity.js';
import { CustomerResolver } from './customer.resolver.js';
import { CustomerService } from './customer.service.js';

export interface CustomersServices {
  customers: CustomerService;
}

export interface CustomersLoaders {
  customerById: RowLoader<Customer | null>;
}

declare module '../../common/app-services.js' {
  interface AppServices extends CustomersServices {}
  interface Loaders extends CustomersLoaders {}
}

/** The people who write in. */
export const customersModule: FeatureModule = {
  name: 'customers',
  resolvers: [CustomerResolver],
  entities: [Customer],
  migrations: [],
  services: { customers: (s) => new CustomerService(s.db) },
  loaders: ({ customers }): CustomersLoaders => ({ customerById: byId((ids) => customers.findByIds(ids)) }),
};
