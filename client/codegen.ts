import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents from the committed schema and the .graphql files beside the components. */
const config: CodegenConfig = {
  overwrite: true,
  schema: '../server/schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/gql/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTimeISO: 'string' },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        enumsAsTypes: true,
        useTypeImports: true,
        dedupeOperationSuffix: true,
      },
    },
  },
};

export default config;
