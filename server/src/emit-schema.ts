import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './config.js';
import { buildAppSchema, printAppSchema } from './schema.js';

/** Writes server/schema.graphql (run after changing the API, then `npm run codegen`; commit both). */
const target = path.join(REPO_ROOT, 'server', 'schema.graphql');
await writeFile(target, printAppSchema(await buildAppSchema()));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
