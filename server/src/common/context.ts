import type { Person } from '@tandem/shared';
import type { Request, Response } from 'express';
import type { Logger } from '../logger.js';
import type { AppServices } from '../services.js';
import { createLoaders, type Loaders } from './loaders.js';

/** The signed-in staff member, as the access rules see them. */
export interface Viewer extends Person {
  name: string;
  email: string;
  sessionId: string;
}

export interface Context {
  requestId: string;
  log: Logger;
  viewer: Viewer | null;
  /** Present for HTTP requests (needed to set or clear the session cookie); null over WebSocket. */
  http: { req: Request; res: Response } | null;
  services: AppServices;
  loaders: Loaders;
}

export function createContext(
  services: AppServices,
  parts: Pick<Context, 'requestId' | 'log' | 'viewer' | 'http'>,
): Context {
  return { ...parts, services, loaders: createLoaders(services) };
}
