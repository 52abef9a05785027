import type { AppServices, CoreServices, Loaders } from './common/app-services.js';
import type { FeatureModule } from './modules/feature-module.js';
import { MODULES } from './modules/index.js';

export type { AppServices, Loaders } from './common/app-services.js';

/**
 * Builds every module's services, each on first use by another (so modules list their services
 * in any order), and then all of them, so a service that cannot be built fails the start, not a
 * request. Two services that need each other to be built are refused, naming both.
 */
export function createServices(core: CoreServices, modules: readonly FeatureModule[] = MODULES): AppServices {
  const services = { ...core } as Record<string, unknown>;
  const building: string[] = [];
  const factories = new Map<string, (services: AppServices) => unknown>();
  for (const module of modules) {
    for (const [name, factory] of Object.entries(module.services)) {
      if (name in core || factories.has(name)) throw new Error(`Two modules provide the service "${name}" (one is ${module.name}).`);
      factories.set(name, factory as (services: AppServices) => unknown);
    }
  }
  for (const [name, factory] of factories) {
    Object.defineProperty(services, name, {
      configurable: true,
      enumerable: true,
      get() {
        if (building.includes(name)) throw new Error(`Services need each other to be built: ${[...building, name].join(' -> ')}.`);
        building.push(name);
        try {
          const value = factory(services as unknown as AppServices);
          Object.defineProperty(services, name, { value, enumerable: true, writable: false });
          return value;
        } finally {
          building.pop();
        }
      },
    });
  }
  for (const name of factories.keys()) void services[name];
  return services as unknown as AppServices;
}

/** A fresh set of loaders, one request's worth, from every module. */
export function createLoaders(services: AppServices, modules: readonly FeatureModule[] = MODULES): Loaders {
  return Object.assign({}, ...modules.map((module) => module.loaders(services))) as Loaders;
}
