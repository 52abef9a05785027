import type { MigrationInterface } from 'typeorm';
import type { AppServices, CoreServices, Loaders } from '../common/app-services.js';

/** How each service of a module is built, from the services of every module (built on first use). */
export type ServiceFactories<S> = { [K in keyof S]: (services: AppServices) => S[K] };

/**
 * What a feature brings to the server. Each module's index.ts exports one and merges the types of
 * its services and loaders into `AppServices` and `Loaders`; `modules/index.ts` lists the modules
 * once, and the schema, the data source, the services and each request's loaders are built from
 * that list. The migrations of a module are its own tables' (the early ones, from before modules,
 * stay in db/migrations); all run in the order of their timestamps.
 */
export interface FeatureModule {
  name: string;
  // Classes decorated for type-graphql and TypeORM. Resolvers are built once with the services.
  resolvers: readonly (new (
    services: AppServices,
  ) => object)[];
  entities: readonly Function[];
  migrations: readonly (new () => MigrationInterface)[];
  services: Partial<ServiceFactories<Omit<AppServices, keyof CoreServices>>>;
  /** A fresh set for each request (and each live-update event): batching never serves stale rows. */
  loaders: (services: AppServices) => Partial<Loaders>;
}
