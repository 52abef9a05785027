import type { DataSource } from 'typeorm';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { AuthService } from './modules/auth/auth.service.js';
import { UserService } from './modules/users/user.service.js';

/** The use cases of one running server, shared by every request. */
export interface AppServices {
  config: Config;
  clock: Clock;
  db: DataSource;
  log: Logger;
  users: UserService;
  auth: AuthService;
}

export function createServices(config: Config, clock: Clock, db: DataSource, log: Logger): AppServices {
  return {
    config,
    clock,
    db,
    log,
    users: new UserService(db, clock),
    auth: new AuthService(db, clock, config),
  };
}
