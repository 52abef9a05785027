import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from '../logger.js';

/**
 * Serves the built React client at / with strict security headers: hashed assets are cached for
 * a year, every other GET that is not the API falls back to index.html (client-side routes).
 */
export function serveClient(app: Express, clientDir: string, log: Logger): void {
  const indexFile = path.join(clientDir, 'index.html');
  if (!existsSync(indexFile)) {
    log.warn({ clientDir }, 'the client is not built; run `npm run build` (npm start does this for you)');
    app.get('/', (_req, res) => {
      res.type('text/plain').send('The Tandem client is not built yet. Run `npm run build`, then start again.');
    });
    return;
  }
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          connectSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          styleSrc: ["'self'"],
          scriptSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(clientDir, { index: false }));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/graphql')) return next();
    res.set('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
