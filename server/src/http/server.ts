import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { pinoHttp } from 'pino-http';
import { WebSocketServer, type WebSocket } from 'ws';
import { complexityLimitPlugin } from '../common/complexity.js';
import { DOCUMENT_RULES, documentTooLong, PARSE_OPTIONS, parseAndValidate } from '../common/document-limits.js';
import { createContext, type Context } from '../common/context.js';
import { createFormatError, noteUnexpectedError, unexpectedErrorsPlugin } from '../common/errors.js';
import { storableInputPlugin, unstorableArgument } from '../common/storable-input.js';
import type { SessionsEnded } from '../common/events.js';
import { subscriptionsOverWebSocketOnlyPlugin } from '../common/http-subscriptions.js';
import { clearSessionCookie, readSessionToken } from '../modules/auth/session-cookie.js';
import { hideLinkTokens } from '../modules/mail/link.service.js';
import type { AppServices, Loaders } from '../common/app-services.js';
import { mountAttachmentRoute, type AttachmentRouteDeps } from './attachment-route.js';
import { mountCustomerRoutes, type CustomerRouteDeps } from './customer-routes.js';
import { serveClient } from './static-client.js';

export interface HttpServer {
  listen(port: number, host: string): Promise<number>;
  /** Stops taking requests, lets in-flight ones finish (2 s at most) and closes live connections. */
  stop(): Promise<void>;
  /** Closes the live-update sockets of sessions that ended (4403 when deactivated, else 4401). */
  closeSockets(ended: SessionsEnded): void;
}

interface LiveSocket {
  socket: WebSocket;
  userId: string;
  sessionId: string;
}

/** graphql-ws close codes: the client does not retry after 4401; 4403 is also what a refused connect gets. */
const CLOSE_CODES = { deactivated: [4403, 'Forbidden'], 'signed-out': [4401, 'Unauthorized'] } as const;

function endedFor(ended: SessionsEnded, live: LiveSocket): boolean {
  if (live.userId !== ended.userId) return false;
  if (ended.sessionId !== undefined) return live.sessionId === ended.sessionId;
  if (ended.exceptSessionId !== undefined) return live.sessionId !== ended.exceptSessionId;
  return true;
}

function requestId(req: http.IncomingMessage, res: http.ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/** A browser page on another site must not open a live connection with our cookie. */
function isSameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** What the HTTP server uses: its own few services, the customer routes' and a way to make loaders. */
export type HttpServerDeps = Pick<AppServices, 'config' | 'log' | 'auth' | 'db'> & CustomerRouteDeps & AttachmentRouteDeps;

export async function createHttpServer(services: HttpServerDeps, schema: GraphQLSchema, newLoaders: () => Loaders): Promise<HttpServer> {
  const { config, log, auth } = services;
  const resolveSession = (token: string) => auth.resolveSession(token);
  const app = express();
  app.disable('x-powered-by');
  // One hop: the proxy in front. The client's own X-Forwarded-For entries are not believed.
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.use(
    pinoHttp({
      logger: log,
      genReqId: requestId,
      autoLogging: { ignore: (req) => req.url === '/healthz' || Boolean(req.url?.startsWith('/assets/')) },
      // Method, path and status are enough; headers would put cookies and user agents in the logs.
      serializers: {
        // A private link's token is a password: it never reaches the logs.
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: hideLinkTokens(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );

  app.get('/healthz', async (_req, res) => {
    try {
      await services.db.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  const httpServer = http.createServer(app);
  const formatError = createFormatError(log);
  const formatErrors = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const liveSockets = new Set<LiveSocket>();
  const wsCleanup = useServer<Record<string, unknown>, { viewerToken?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = readSessionToken(ctx.extra.request);
        const viewer = isSameOrigin(ctx.extra.request) && token ? await auth.resolveSession(token) : null;
        if (!token || !viewer) return false;
        ctx.extra.viewerToken = token;
        // Kept until the socket closes, so an ended session closes it at once (closeSockets).
        const live = { socket: ctx.extra.socket, userId: viewer.id, sessionId: viewer.sessionId };
        if (live.socket.readyState !== live.socket.OPEN) return false;
        liveSockets.add(live);
        live.socket.once('close', () => liveSockets.delete(live));
        return true;
      },
      // Every operation over the socket meets the limits of the HTTP path.
      onSubscribe: (_ctx, _id, payload) => {
        const checked = parseAndValidate(schema, payload.query, payload.variables, payload.operationName);
        if ('errors' in checked) return checked.errors;
        const unstorable = unstorableArgument(schema, checked.document, payload.operationName, payload.variables);
        if (unstorable) return [unstorable];
        return { schema, document: checked.document, variableValues: payload.variables, operationName: payload.operationName };
      },
      // Errors over the socket are shaped as over HTTP: a code, no internals, no guessed names.
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return undefined;
        for (const error of result.errors) noteUnexpectedError(error, args.contextValue as Context);
        return { ...result, errors: formatErrors(result.errors) };
      },
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors) as unknown as GraphQLError[],
      // Resolved again for every operation, so a session that ended stops live updates too.
      context: async (ctx) => {
        const viewer = ctx.extra.viewerToken ? await auth.resolveSession(ctx.extra.viewerToken) : null;
        const session = { token: ctx.extra.viewerToken ?? null, resolve: resolveSession };
        return createContext({ requestId: randomUUID(), log, viewer, http: null, newLoaders, session });
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    parseOptions: PARSE_OPTIONS,
    validationRules: DOCUMENT_RULES,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2_000 }),
      // Nothing uses cache hints: without the plugin no field pays for its wrapper.
      ApolloServerPluginCacheControlDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
      subscriptionsOverWebSocketOnlyPlugin<Context>(),
      unexpectedErrorsPlugin<Context>(),
      complexityLimitPlugin<Context>(schema),
      storableInputPlugin<Context>(schema),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    // Answers are JSON, often tens of kilobytes (a page of the queue): brotli or gzip as the browser asks.
    compression({ threshold: 1024 }),
    express.json({ limit: '1mb' }),
    (req, res, next) => {
      // A long document is refused before it is parsed (POST body or GET query string).
      const tooLong = documentTooLong((req.body as { query?: unknown } | undefined)?.query ?? req.query.query);
      if (!tooLong) return next();
      res.status(400).json({ errors: [{ message: tooLong.message, extensions: tooLong.extensions }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = readSessionToken(req);
        const viewer = token ? await auth.resolveSession(token) : null;
        if (token && !viewer) clearSessionCookie(req, res);
        return createContext({ requestId: String(req.id), log: req.log, viewer, http: { req, res }, newLoaders, session: null });
      },
    }),
  );

  mountCustomerRoutes(app, services);
  mountAttachmentRoute(app, services);
  serveClient(app, { clientDir: config.clientDir, serveSourceMaps: config.serveSourceMaps }, log);
  // Anything a route did not expect: logged with its request id, answered without details.
  app.use((error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number }).status;
    if (status && status >= 400 && status < 500) return void res.status(status).type('text').send('The request could not be read.');
    req.log.error({ err: error }, 'request failed');
    res
      .status(500)
      .type('text')
      .send(`Something went wrong on our side (request ${String(req.id)}). Please try again.`);
  });

  return {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    stop: () => apollo.stop(),
    closeSockets: (ended) => {
      const [code, reason] = CLOSE_CODES[ended.why];
      for (const live of liveSockets) {
        if (!endedFor(ended, live)) continue;
        liveSockets.delete(live);
        live.socket.close(code, reason);
      }
    },
  };
}
