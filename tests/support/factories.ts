import { randomUUID } from 'node:crypto';
import type { Role } from '@tandem/shared';
import type { User } from '../../server/src/modules/users/user.entity.js';
import type { TestServer } from './test-server.js';

export const FACTORY_PASSWORD = 'correct-horse-battery';

export interface StaffOptions {
  roles?: Role[];
  name?: string;
  trainerId?: string | null;
  canTrain?: boolean;
  timeZone?: string;
}

/** A new staff member with a unique e-mail address; signs them in when asked. */
export async function createStaff(server: TestServer, options: StaffOptions = {}): Promise<User> {
  const suffix = randomUUID().slice(0, 8);
  return server.services.users.create({
    name: options.name ?? `Staff ${suffix}`,
    email: `staff-${suffix}@test.example`,
    password: FACTORY_PASSWORD,
    roles: options.roles ?? ['AGENT'],
    timeZone: options.timeZone ?? 'UTC',
    trainerId: options.trainerId ?? null,
    canTrain: options.canTrain ?? false,
  });
}

export async function signedInStaff(server: TestServer, options: StaffOptions = {}) {
  const user = await createStaff(server, options);
  const client = await server.signIn(user.email, FACTORY_PASSWORD);
  return { user, client };
}
