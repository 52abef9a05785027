/**
 * What a feature brings to the server: its GraphQL resolvers and its TypeORM entities. Each
 * module's index.ts exports one; `modules/index.ts` lists them once, and the schema and the data
 * source are built from that list. (Migrations stay one ordered list in db/: a migration belongs to
 * a moment, and one often touches several features' tables. Services are wired in services.ts,
 * where their dependencies on each other are visible in one place.)
 */
export interface FeatureModule {
  name: string;
  // Classes decorated for type-graphql and TypeORM.
  resolvers: readonly Function[];
  entities: readonly Function[];
}
