import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { buildAppSchema, printAppSchema } from '../../server/src/schema.js';

const CLIENT = path.join(REPO_ROOT, 'client');

describe('generated files are committed up to date', () => {
  it('server/schema.graphql matches the resolvers (to update: npm run schema -w server)', async () => {
    const committed = await readFile(path.join(REPO_ROOT, 'server', 'schema.graphql'), 'utf8');
    expect(printAppSchema(await buildAppSchema()), 'server/schema.graphql drifted from the code').toBe(committed);
  });

  it('client/src/gql matches server/schema.graphql and the .graphql documents (to update: npm run codegen)', async () => {
    const { default: config } = await import('../../client/codegen.js');
    const outputs = await generate({ ...config, cwd: CLIENT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(path.resolve(CLIENT, output.filename), 'utf8');
      expect(output.content, `${output.filename} drifted from the schema or documents`).toBe(committed);
    }
  });
});
