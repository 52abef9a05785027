// Typed operations for the tests from the committed schema and the `graphql(`...`)` documents in
// tests/**/*.ts: `npm run codegen` writes tests/gql/; a test checks the committed files are current.
// GraphQL Code Generator's client preset through its core (the CLI's loaders need a newer Node), with
// the documents found in the test files by a plain scan (they are template literals without `${}`).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preset } from '@graphql-codegen/client-preset';
import { codegen } from '@graphql-codegen/core';
import { buildSchema, parse } from 'graphql';

const TESTS = path.dirname(fileURLToPath(import.meta.url));
export const OUTPUT_DIR = path.join(TESTS, 'gql');

const config = {
  avoidOptionals: { field: true, inputValue: false },
  defaultScalarType: 'unknown',
  scalars: { DateTimeISO: 'string' },
  nonOptionalTypename: true,
  skipTypeNameForRoot: true,
  enumsAsTypes: true,
  useTypeImports: true,
  dedupeOperationSuffix: true,
  // NodeNext resolution: the generated files import each other with the extension.
  importExtension: '.js',
};

/** `graphql(` then a template literal: the documents the generated `graphql()` knows. */
const DOCUMENT = /\bgraphql\(\s*`([^`]*)`/g;

async function testFiles() {
  const entries = await readdir(TESTS, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !path.join(e.parentPath, e.name).startsWith(OUTPUT_DIR))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.includes(`${path.sep}node_modules${path.sep}`))
    .sort();
}

async function documentsOnDisk() {
  const seen = new Set();
  const documents = [];
  for (const file of await testFiles()) {
    const location = path.relative(TESTS, file);
    for (const [, rawSDL] of (await readFile(file, 'utf8')).matchAll(DOCUMENT)) {
      if (rawSDL.includes('${') || rawSDL.includes('\\')) {
        throw new Error(`${location}: a graphql() document is a plain template literal (no \${} or escapes): ${rawSDL.slice(0, 80)}`);
      }
      if (seen.has(rawSDL)) continue;
      seen.add(rawSDL);
      const document = parse(rawSDL);
      // The client preset skips anonymous operations: graphql() would return nothing for them.
      if (document.definitions.some((d) => d.kind === 'OperationDefinition' && !d.name)) {
        throw new Error(`${location}: give the operation a name: ${rawSDL.slice(0, 80)}`);
      }
      documents.push({ location, rawSDL, document });
    }
  }
  return documents;
}

/** The generated files (name in tests/gql/ → content) for the schema and documents on disk. */
export async function generateTestTypes() {
  const sdl = await readFile(path.join(TESTS, '..', 'server', 'schema.graphql'), 'utf8');
  const schema = parse(sdl);
  const sections = await preset.buildGeneratesSection({
    baseOutputDir: `${OUTPUT_DIR}/`,
    schema,
    schemaAst: buildSchema(sdl),
    documents: await documentsOnDisk(),
    config,
    presetConfig: { fragmentMasking: false },
    plugins: [],
    pluginMap: {},
  });
  const files = {};
  for (const section of sections) {
    files[path.basename(section.filename)] = await codegen({ ...section, schemaAst: buildSchema(sdl) });
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, content] of Object.entries(await generateTestTypes())) {
    await writeFile(path.join(OUTPUT_DIR, name), content);
    console.log(`Wrote ${path.relative(process.cwd(), path.join(OUTPUT_DIR, name))}`);
  }
}
