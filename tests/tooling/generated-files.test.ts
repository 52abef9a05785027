import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateClientTypes, OUTPUT_DIR as CLIENT_TYPES } from '../../client/codegen.mjs';
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
    const generated = await generateClientTypes();
    const committed = (await readdir(CLIENT_TYPES, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(CLIENT_TYPES, path.join(e.parentPath, e.name)));
    expect(committed.sort(), 'client/src/gql has a file too many or too few').toEqual(Object.keys(generated).sort());
    for (const [name, content] of Object.entries(generated)) {
      expect(content, `client/src/gql/${name} drifted from the schema or documents`).toBe(
        await readFile(path.join(CLIENT_TYPES, name), 'utf8'),
      );
    }
  });

  it('tests/gql matches server/schema.graphql and the graphql() documents of the tests (to update: npm run codegen)', async () => {
    for (const [name, content] of Object.entries(await generateTestTypes())) {
      expect(content, `tests/gql/${name} drifted from the schema or the tests' documents`).toBe(
        await readFile(path.join(TEST_TYPES, name), 'utf8'),
      );
    }
  });
});
