import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import type { CoreServices } from '../../server/src/common/app-services.js';
import { MIGRATIONS } from '../../server/src/db/data-source.js';
import type { FeatureModule } from '../../server/src/modules/feature-module.js';
import { MODULES } from '../../server/src/modules/index.js';
import { createServices } from '../../server/src/services.js';

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

describe('services are built from the module list', () => {
  const core = { config: {}, clock: {}, db: {}, log: {}, jobs: {} } as unknown as CoreServices;
  const module = (name: string, services: FeatureModule['services']): FeatureModule => ({
    name,
    resolvers: [],
    entities: [],
    migrations: [],
    services,
    loaders: () => ({}),
  });

  it('[engineer] lists a module before the one whose service it needs: each service is still built once', () => {
    let built = 0;
    const services = createServices(core, [
      module('b', { noteAdder: (s) => ({ uses: s.tickets }) as never }),
      module('a', { tickets: () => ({ n: ++built }) as never }),
    ]);
    expect((services.noteAdder as unknown as { uses: unknown }).uses).toBe(services.tickets);
    expect(built).toBe(1);
  });

  it('[engineer] two modules provide the same service, or two services need each other: the server does not start', () => {
    expect(() =>
      createServices(core, [module('a', { tickets: () => ({}) as never }), module('b', { tickets: () => ({}) as never })]),
    ).toThrow(/Two modules provide the service "tickets"/);
    expect(() =>
      createServices(core, [module('a', { tickets: (s) => ({ x: s.noteAdder }) as never, noteAdder: (s) => ({ x: s.tickets }) as never })]),
    ).toThrow('Services need each other to be built: tickets -> noteAdder -> tickets.');
  });

  it("[engineer] adds a migration to a module: it runs in its timestamp's place among the others", () => {
    const stamps = MIGRATIONS.map((m) => Number(/(\d{13})$/.exec(m.name)![1]));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    for (const m of MODULES) for (const migration of m.migrations) expect(MIGRATIONS).toContain(migration);
  });
});
