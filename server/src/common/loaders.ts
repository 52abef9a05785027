import DataLoader from 'dataloader';
import type { User } from '../modules/users/user.entity.js';
import type { AppServices } from '../services.js';

/** Per-request batching: one query per kind of lookup, however many fields ask. */
export interface Loaders {
  userById: DataLoader<string, User | null>;
  traineeCountByTrainerId: DataLoader<string, number>;
  activeAdminCount: () => Promise<number>;
}

export function createLoaders({ users }: AppServices): Loaders {
  let adminCount: Promise<number> | null = null;
  return {
    userById: new DataLoader(async (ids) => {
      const found = new Map((await users.findByIds(ids)).map((u) => [u.id, u]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    traineeCountByTrainerId: new DataLoader(async (ids) => {
      const counts = await users.traineeCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    activeAdminCount: () => (adminCount ??= users.activeAdminCount()),
  };
}
