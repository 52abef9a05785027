import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth.js';
import { errorMiddleware } from './common/errors.js';
import { createAppPubSub, type AppPubSub } from './common/events.js';
import { idArgumentsMiddleware } from './common/ids.js';
import { MODULES } from './modules/index.js';

/** Every resolver of every feature module (modules/index.ts). */
export const RESOLVERS = MODULES.flatMap((module) => module.resolvers) as [Function, ...Function[]];

export function buildAppSchema(pubSub: AppPubSub = createAppPubSub()): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [errorMiddleware, idArgumentsMiddleware],
    validate: { forbidUnknownValues: false },
    pubSub,
  });
}

/** The schema as committed in server/schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
