// Builds each workspace whose build is missing or older than its sources (npm start, npm test).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

const TARGETS = [
  {
    name: 'shared',
    output: 'shared/dist/index.js',
    inputs: ['shared/src', 'shared/tsconfig.json', 'tsconfig.json'],
    command: [TSC, '-p', 'shared'],
  },
  {
    name: 'server',
    output: 'server/dist/main.js',
    inputs: ['server/src', 'server/tsconfig.json', 'shared/src', 'tsconfig.json'],
    command: [TSC, '-p', 'server'],
  },
  {
    name: 'client',
    output: 'client/dist/index.html',
    inputs: [
      'client/src',
      'client/index.html',
      'client/vite.config.ts',
      'client/precompress.ts',
      'client/public',
      'shared/src',
      'shared/package.json',
    ],
    command: [VITE, 'build', '--logLevel', 'warn'],
    cwd: 'client',
  },
];

function newestMtime(entry) {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(full, { withFileTypes: true })) {
    if (child.name.endsWith('.test.ts') || child.name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child.name)));
  }
  return newest;
}

/** Runs the builds that are missing or stale; `force` rebuilds everything. Exits on failure. */
export function buildIfNeeded({ force = false, only } = {}) {
  for (const target of TARGETS) {
    if (only && !only.includes(target.name)) continue;
    const output = path.join(ROOT, target.output);
    const builtAt = existsSync(output) ? statSync(output).mtimeMs : 0;
    const changedAt = Math.max(...target.inputs.map(newestMtime));
    if (!force && builtAt > changedAt) continue;
    console.log(`Building ${target.name}...`);
    const result = spawnSync(process.execPath, target.command, {
      cwd: path.join(ROOT, target.cwd ?? '.'),
      stdio: 'inherit',
    });
    if (result.status !== 0) {
      console.error(`Building ${target.name} failed.`);
      process.exit(result.status ?? 1);
    }
    // Mark the build as newer than every source, even where the compiler left the file untouched.
    const now = new Date();
    utimesSync(output, now, now);
  }
}
