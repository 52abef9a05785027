import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { MODULES } from '../../server/src/modules/index.js';

const MODULES_DIR = path.join(REPO_ROOT, 'server', 'src', 'modules');

/** Class names declared under `dir` with one of the decorators (e.g. `@Resolver(`). */
function decoratedClasses(dir: string, decorator: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .flatMap((e) => {
      const source = readFileSync(path.join(e.parentPath, e.name), 'utf8');
      const pattern = new RegExp(`${decorator.source}[^]*?\\n\\s*export (?:abstract )?class (\\w+)`, 'g');
      return [...source.matchAll(pattern)].map((m) => m[1]!);
    });
}

describe('features register themselves', () => {
  it('[engineer] adds a module folder: it has an index.ts and is listed once in modules/index.ts', () => {
    const folders = readdirSync(MODULES_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(MODULES.map((m) => m.name).sort()).toEqual(folders.sort());
  });

  it.each(
    readdirSync(MODULES_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name),
  )('%s: every resolver and entity it declares is in its module, so the schema and the data source have it', (folder) => {
    const module = MODULES.find((m) => m.name === folder)!;
    const dir = path.join(MODULES_DIR, folder);
    expect(module.resolvers.map((r) => r.name).sort()).toEqual(decoratedClasses(dir, /@Resolver\(/).sort());
    expect(module.entities.map((e) => e.name).sort()).toEqual(decoratedClasses(dir, /@Entity\(/).sort());
  });
});
