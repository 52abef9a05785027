import type { Request, Response } from 'express';
import type { Logger } from '../logger.js';
import type { Loaders } from './app-services.js';
import { DomainError } from './domain-error.js';
import type { Viewer, ViewerContext } from './viewer.js';

/** One request (or one live-update connection): who asks, and its batching. Services reach resolvers by their constructors. */
export interface Context extends ViewerContext {
  requestId: string;
  log: Logger;
  /** Present for HTTP requests (needed to set or clear the session cookie); null over WebSocket. */
  http: { req: Request; res: Response } | null;
  loaders: Loaders;
  /** A fresh set of loaders (a live update's event needs today's rows). */
  newLoaders: () => Loaders;
  /** A live-update connection re-checks its session at every event; HTTP requests have none. */
  session: { token: string | null; resolve: (token: string) => Promise<Viewer | null> } | null;
}

export function createContext(parts: Omit<Context, 'loaders'>): Context {
  return { ...parts, loaders: parts.newLoaders() };
}

/**
 * A subscription keeps its context for as long as it runs; every event needs today's data (fresh
 * loaders) and a session that still exists (a deactivated person's live updates stop at once).
 */
export async function refreshForEvent(ctx: Context): Promise<void> {
  ctx.loaders = ctx.newLoaders();
  if (!ctx.session) return;
  ctx.viewer = ctx.session.token ? await ctx.session.resolve(ctx.session.token) : null;
  if (!ctx.viewer) throw new DomainError('UNAUTHENTICATED', 'Your session has ended. Please sign in again.');
}
