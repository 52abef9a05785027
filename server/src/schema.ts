import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth.js';
import { errorMiddleware } from './common/errors.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { UserResolver } from './modules/users/user.resolver.js';

export const RESOLVERS = [AuthResolver, UserResolver] as const;

export type PubSub = ReturnType<typeof createPubSub>;

export function buildAppSchema(pubSub: PubSub = createPubSub()): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [errorMiddleware],
    validate: { forbidUnknownValues: false },
    pubSub,
  });
}

/** The schema as committed in server/schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
