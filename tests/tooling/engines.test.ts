import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';

// A newcomer runs `npm install` on the oldest Node the README names: no package may declare it
// unsupported (npm prints EBADENGINE for each one that does).
describe('every locked dependency supports the Node version the README names', () => {
  it('[newcomer] runs npm install on Node 20.19: no EBADENGINE warning', async () => {
    const root = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const oldest = semver.minVersion(root.engines.node)!.version;
    expect(readme, 'the README names the oldest supported Node').toContain(`Node.js ${oldest.replace(/\.0$/, '')}`);

    const lock = JSON.parse(await readFile(path.join(REPO_ROOT, 'package-lock.json'), 'utf8'));
    const unsupported = Object.entries(lock.packages as Record<string, { version?: string; engines?: { node?: string } | string[] }>)
      .filter(([, pkg]) => {
        const range = !Array.isArray(pkg.engines) ? pkg.engines?.node : undefined;
        return range && !semver.satisfies(oldest, range, { includePrerelease: true });
      })
      .map(([name, pkg]) => `${name.replace(/^.*node_modules\//, '')}@${pkg.version} wants node ${(pkg.engines as { node: string }).node}`);
    expect(unsupported).toEqual([]);
  });
});
