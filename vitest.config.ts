import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const require = createRequire(import.meta.url);
const alias = [
  // Tests always run against the sources of shared/, never a stale build of it.
  { find: '@tandem/shared', replacement: path.join(root, 'shared/src/index.ts') },
  // graphql 16 has no "exports": Node loads its CommonJS build for type-graphql and Apollo, while
  // Vite would pick the ES build for our sources. One copy only, as in production.
  { find: /^graphql$/, replacement: require.resolve('graphql') },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'shared', include: ['shared/src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: { name: 'server', include: ['server/src/**/*.test.ts', 'tests/tooling/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'api',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time keeps a 2-core machine responsive and the flows deterministic.
          fileParallelism: false,
        },
      },
    ],
  },
});
