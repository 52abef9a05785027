import type { DataSource } from 'typeorm';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';

/** What the running server gives every module before any module's service exists. */
export interface CoreServices {
  config: Config;
  clock: Clock;
  db: DataSource;
  log: Logger;
  jobs: JobQueue;
}

/**
 * The use cases of one running server, shared by every request. Each feature module adds its own
 * in its index.ts (`declare module '../../common/app-services.js' { interface AppServices extends
 * TicketsServices {} }`) and says there how each is built; services.ts builds them all from the
 * module list. Nothing here imports a module, so no module imports itself through this file.
 */
// biome-ignore lint/suspicious/noEmptyInterface: modules merge their services into it.
export interface AppServices extends CoreServices {}

/** Per-request batching: one query per kind of lookup, however many fields ask. Modules merge theirs in. */
// biome-ignore lint/suspicious/noEmptyInterface: modules merge their loaders into it.
export interface Loaders {}
