import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './precompress';

export default defineConfig({
  plugins: [react(), precompress()],
  // The client bundles shared/ from source: the same rules as the server, no build step between.
  resolve: {
    alias: { '@tandem/shared': path.resolve(import.meta.dirname, '../shared/src/index.ts') },
    // RxJS (under Apollo Client) as ES2015 instead of its ES5 build with tslib's helpers: smaller.
    conditions: [...defaultClientConditions, 'es2015'],
  },
  // Source maps are written for debugging but not linked from the bundle; the server sends them only
  // when SERVE_SOURCE_MAPS asks for it.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden' },
  server: {
    // `npm run dev -w client` with the API on :4000 (npm start)
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true }, '/healthz': 'http://localhost:4000' },
  },
});
