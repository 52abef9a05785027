import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import pg from 'pg';

/**
 * Counts the SQL statements the in-process test server sends while it answers each /graphql
 * request (background work, such as the timer sweeper, runs outside requests and is not counted).
 * Call before the server starts; `last()` is what the latest finished request sent.
 */
export function countStatementsPerRequest(): { last(): string[] } {
  const current = new AsyncLocalStorage<string[]>();
  let finished: string[] = [];
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config] = args as [string | { text?: string }];
    current.getStore()?.push(String(typeof config === 'string' ? config : config?.text).replace(/\s+/g, ' '));
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    if (event !== 'request' || !req.url?.startsWith('/graphql')) return emit.call(this, event, ...args);
    const statements: string[] = [];
    res.once('finish', () => {
      finished = statements;
    });
    return current.run(statements, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;
  return { last: () => finished };
}
