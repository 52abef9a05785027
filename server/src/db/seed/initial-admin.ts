import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { UserService } from '../../modules/users/user.service.js';

/**
 * A production install starts without the demo team: INITIAL_ADMIN_EMAIL/PASSWORD create the first
 * admin while the team has no active admin, so someone can sign in and invite everyone else.
 */
export async function ensureInitialAdmin(config: Config, users: UserService, log: Logger): Promise<void> {
  if (!config.initialAdmin) return;
  if ((await users.activeAdminCount()) > 0) return;
  const { email, password } = config.initialAdmin;
  await users.create({ name: 'Admin', email, password, roles: ['ADMIN'], timeZone: 'UTC', canTrain: false });
  log.info({ email }, 'created the initial admin');
}
