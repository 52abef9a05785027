import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateClientTypes, OUTPUT } from '../../client/codegen.mjs';
import { generateTestTypes, OUTPUT_DIR as TEST_TYPES } from '../codegen.mjs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { buildAppSchema, printAppSchema } from '../../server/src/schema.js';

describe('generated files are committed up to date', () => {
  it('server/schema.graphql matches the resolvers (to update: npm run schema -w server)', async () => {
    const committed = await readFile(path.join(REPO_ROOT, 'server', 'schema.graphql'), 'utf8');
    expect(printAppSchema(await buildAppSchema()), 'server/schema.graphql drifted from the code').toBe(committed);
  });

  it('client/src/gql matches server/schema.graphql and the .graphql documents (to update: npm run codegen)', async () => {
    const committed = await readFile(OUTPUT, 'utf8');
    expect(await generateClientTypes(), 'client/src/gql/graphql.ts drifted from the schema or documents').toBe(committed);
  });

  it('tests/gql matches server/schema.graphql and the graphql() documents of the tests (to update: npm run codegen)', async () => {
    for (const [name, content] of Object.entries(await generateTestTypes())) {
      expect(content, `tests/gql/${name} drifted from the schema or the tests' documents`).toBe(
        await readFile(path.join(TEST_TYPES, name), 'utf8'),
      );
    }
  });
});
