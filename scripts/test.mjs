// `npm test`: type-check and build what the tests run against, then every vitest project
// (shared rules, server, API over HTTP on real PostgreSQL, browser flows in real Chromium).
// Ends with one plain line "N passed, N failed" and a non-zero exit code when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildIfNeeded, ROOT } from './build-if-needed.mjs';

const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const BIOME = path.join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
const KNIP = path.join(ROOT, 'node_modules', 'knip', 'bin', 'knip.js');

const reportDir = path.join(ROOT, 'test-results');
mkdirSync(reportDir, { recursive: true });
rmSync(path.join(reportDir, 'summary.txt'), { force: true });

function run(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    writeFileSync(path.join(reportDir, 'summary.txt'), '0 passed, 1 failed\n');
    console.error(`\n${label} failed.\n0 passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
}

run('Lint and format check (Biome; to fix: npm run format)', [BIOME, 'ci', '--reporter=summary', '.']);
run('Unused files, exports and dependencies (knip; see knip.json)', [KNIP, '--no-progress']);
buildIfNeeded();
run('Type-checking the client', [TSC, '-p', 'client', '--noEmit']);
run('Type-checking the tests', [TSC, '-p', 'tests', '--noEmit']);

const report = path.join(reportDir, 'vitest.json');
rmSync(report, { force: true });
const vitest = spawnSync(
  process.execPath,
  [VITEST, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed = summary.numPassedTests;
  // A suite that failed outside its tests (e.g. in beforeAll) counts even when no test failed.
  failed = summary.numFailedTests || summary.numFailedTestSuites || 0;
}
const status = vitest.status ?? 1;
// A crash before any report, or suites that failed outside a test, still count as a failure.
if (status !== 0 && failed === 0) failed = 1;
const line = `${passed} passed, ${failed} failed`;
writeFileSync(path.join(reportDir, 'summary.txt'), `${line}\n`);
console.log(`\n${line}`);
process.exit(status !== 0 ? status : failed > 0 ? 1 : 0);
