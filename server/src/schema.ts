import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth.js';
import { createAppPubSub, type AppPubSub } from './common/events.js';
import { checkIdArguments } from './common/ids.js';
import type { AppServices } from './common/app-services.js';
import type { FeatureModule } from './modules/feature-module.js';
import { MODULES } from './modules/index.js';

/** Every resolver of every feature module (modules/index.ts). */
export const RESOLVERS = MODULES.flatMap((module) => module.resolvers) as [
  FeatureModule['resolvers'][number],
  ...FeatureModule['resolvers'],
];

/**
 * The API. With `services`, each resolver class is built once with them (its constructor names
 * what it uses); without, the schema can be printed but not run.
 */
export async function buildAppSchema(pubSub: AppPubSub = createAppPubSub(), services?: AppServices): Promise<GraphQLSchema> {
  const resolvers = new Map(services ? RESOLVERS.map((Resolver) => [Resolver, new Resolver(services)]) : []);
  // No global middleware: type-graphql would run it, asynchronously, for every field of every row.
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    container: {
      get: (Resolver: FeatureModule['resolvers'][number]) => {
        const resolver = resolvers.get(Resolver);
        if (!resolver) throw new Error(`${Resolver.name} was built without services.`);
        return resolver;
      },
    },
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    pubSub,
  });
  checkIdArguments(schema);
  return schema;
}

/** The schema as committed in server/schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
