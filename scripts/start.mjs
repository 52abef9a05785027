// `npm start`: build what is missing or out of date, then run the server in this very process,
// so Ctrl-C and SIGTERM reach it directly (no wrapper that could leave PostgreSQL behind).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfNeeded, ROOT } from './build-if-needed.mjs';

buildIfNeeded();
await import(pathToFileURL(path.join(ROOT, 'server', 'dist', 'main.js')).href);
