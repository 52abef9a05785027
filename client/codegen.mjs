// Typed documents for the client from the committed schema and the .graphql files beside the
// components: `npm run codegen` writes src/gql/graphql.ts; a test checks the committed file is current.
// GraphQL Code Generator's core and plugins, without its CLI (whose loaders need a newer Node).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typedDocumentNode from '@graphql-codegen/typed-document-node';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import { buildSchema, parse } from 'graphql';

const CLIENT = path.dirname(fileURLToPath(import.meta.url));
export const OUTPUT = path.join(CLIENT, 'src', 'gql', 'graphql.ts');

const config = {
  avoidOptionals: { field: true, inputValue: false },
  defaultScalarType: 'unknown',
  scalars: { DateTimeISO: 'string' },
  nonOptionalTypename: true,
  skipTypeNameForRoot: true,
  enumsAsTypes: true,
  useTypeImports: true,
  dedupeOperationSuffix: true,
  // Apollo Client's data masking (dataMasking: true in src/lib/apollo.ts): a fragment spread leaves only
  // a reference in the parent's type, read with useFragment; `@unmask` keeps a spread's fields
  // visible. The types say what Apollo gives at run time (src/apollo-masking.d.ts tells Apollo).
  inlineFragmentTypes: 'mask',
  customDirectives: { apolloUnmask: true },
};

async function graphqlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.graphql'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const DOCUMENT_LINE = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as (DocumentNode<.*>;)$/;

/**
 * Each fragment's definition written once: a document that includes a fragment refers to the
 * definition in that fragment's own document (declared above it) instead of repeating it. The
 * documents are the same; the first chunk of the client, which holds them all, is not.
 */
function shareFragmentDefinitions(output) {
  const declared = new Map();
  return output
    .split('\n')
    .map((line) => {
      const match = DOCUMENT_LINE.exec(line);
      if (!match) return line;
      const [, name, json, type] = match;
      const definitions = JSON.parse(json).definitions;
      const parts = definitions.map((definition, index) => {
        const fragment = definition.kind === 'FragmentDefinition' ? definition.name.value : null;
        return index > 0 && declared.has(fragment) ? declared.get(fragment) : JSON.stringify(definition);
      });
      if (definitions[0].kind === 'FragmentDefinition') declared.set(definitions[0].name.value, `${name}.definitions[0]`);
      return `export const ${name} = {"kind":"Document","definitions":[${parts.join(',')}]} as unknown as ${type}`;
    })
    .join('\n');
}

/** The content of src/gql/graphql.ts for the schema and documents on disk. */
export async function generateClientTypes() {
  const sdl = await readFile(path.join(CLIENT, '..', 'server', 'schema.graphql'), 'utf8');
  const schema = buildSchema(sdl);
  const documents = await Promise.all(
    (await graphqlFiles(path.join(CLIENT, 'src'))).map(async (file) => ({
      location: path.relative(CLIENT, file),
      document: parse(await readFile(file, 'utf8')),
    })),
  );
  const output = await codegen({
    filename: OUTPUT,
    schema: parse(sdl),
    schemaAst: schema,
    documents,
    config,
    plugins: [{ 'typescript-operations': {} }, { 'typed-document-node': {} }],
    pluginMap: { 'typescript-operations': typescriptOperations, 'typed-document-node': typedDocumentNode },
  });
  return shareFragmentDefinitions(output);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(OUTPUT, await generateClientTypes());
  console.log(`Wrote ${path.relative(process.cwd(), OUTPUT)}`);
}
