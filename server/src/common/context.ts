import type { Request, Response } from 'express';
import type { Logger } from '../logger.js';
import type { AppServices } from '../services.js';
import { DomainError } from './domain-error.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Viewer } from './viewer.js';

export interface Context {
  requestId: string;
  log: Logger;
  viewer: Viewer | null;
  /** Present for HTTP requests (needed to set or clear the session cookie); null over WebSocket. */
  http: { req: Request; res: Response } | null;
  services: AppServices;
  loaders: Loaders;
  /** The session token of a live-update connection, to re-check the session at every event. */
  sessionToken?: string | null;
}

export function createContext(
  services: AppServices,
  parts: Pick<Context, 'requestId' | 'log' | 'viewer' | 'http' | 'sessionToken'>,
): Context {
  return { ...parts, services, loaders: createLoaders(services) };
}

/**
 * A subscription keeps its context for as long as it runs; every event needs today's data (fresh
 * loaders) and a session that still exists (a deactivated person's live updates stop at once).
 */
export async function refreshForEvent(ctx: Context): Promise<void> {
  ctx.loaders = createLoaders(ctx.services);
  if (ctx.sessionToken === undefined) return;
  ctx.viewer = ctx.sessionToken ? await ctx.services.auth.resolveSession(ctx.sessionToken) : null;
  if (!ctx.viewer) throw new DomainError('UNAUTHENTICATED', 'Your session has ended. Please sign in again.');
}
