import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from '../logger.js';

/** Encodings the build writes beside each text file (client/precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export interface ClientOptions {
  clientDir: string;
  /** Source maps reveal the client's sources: sent only when a setting asks for them. */
  serveSourceMaps: boolean;
}

/**
 * Serves the built React client at / with strict security headers: hashed assets are cached for
 * good (`immutable`), index.html is revalidated on every load (`no-cache`), every other GET that
 * is not the API falls back to index.html (client-side routes). Text files go out in the
 * precompressed form the browser accepts (brotli, then gzip).
 */
export function serveClient(app: Express, { clientDir, serveSourceMaps }: ClientOptions, log: Logger): void {
  const indexFile = path.join(clientDir, 'index.html');
  if (!existsSync(indexFile)) {
    log.warn({ clientDir }, 'the client is not built; run `npm run build` (npm start does this for you)');
    app.get('/', (_req, res) => {
      res.type('text/plain').send('The Tandem client is not built yet. Run `npm run build`, then start again.');
    });
    return;
  }
  // The build is fixed while the server runs: which compressed copies exist is read once.
  const files = new Set(
    readdirSync(clientDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(clientDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );

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
  app.use((req, res, next) => {
    // Decoded as the file server will decode it: "/x.js.m%61p" is a source map too.
    if (!serveSourceMaps && decodedPath(req).toLowerCase().endsWith('.map')) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    negotiate(req, res, files);
    next();
  });
  const setHeaders = (res: Response, file: string) => {
    const encoding = ENCODINGS.find((e) => file.endsWith(e.suffix));
    if (encoding) {
      res.set('Content-Encoding', encoding.name);
      res.type(path.extname(file.slice(0, -encoding.suffix.length)));
    }
    if (/\.html(\.br|\.gz)?$/.test(file)) res.set('Cache-Control', 'no-cache');
  };
  app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false, setHeaders }));
  app.use(express.static(clientDir, { index: false, setHeaders }));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/graphql')) return next();
    res.set('Cache-Control', 'no-cache');
    res.set('Vary', 'Accept-Encoding');
    const encoding = accepted(req, files, 'index.html');
    if (encoding) res.set('Content-Encoding', encoding.name).type('html');
    res.sendFile(encoding ? `${indexFile}${encoding.suffix}` : indexFile);
  });
}

/** The best precompressed copy of `file` that the request accepts, if the build wrote one. */
function accepted(req: Request, files: Set<string>, file: string) {
  // "br;q=0" refuses brotli; a missing q means 1.
  const acceptedNames = new Set(
    String(req.headers['accept-encoding'] ?? '')
      .split(',')
      .map((part) => part.trim().split(/\s*;\s*q=/i))
      .filter(([, q]) => q === undefined || Number(q) > 0)
      .map(([name]) => name!.toLowerCase()),
  );
  return ENCODINGS.find((e) => files.has(file + e.suffix) && acceptedNames.has(e.name));
}

/** The request's path with its percent-escapes decoded (as written when it cannot be decoded). */
function decodedPath(req: Request): string {
  try {
    return decodeURIComponent(req.path);
  } catch {
    return req.path;
  }
}

/** Points a request for a static file at its precompressed copy, when the browser takes one. */
function negotiate(req: Request, res: Response, files: Set<string>): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return;
  const file = decodedPath(req).replace(/^\/+/, '');
  if (!files.has(file)) return;
  res.set('Vary', 'Accept-Encoding');
  const encoding = accepted(req, files, file);
  if (encoding) req.url = req.url.replace(/^[^?]*/, (p) => p + encoding.suffix);
}
