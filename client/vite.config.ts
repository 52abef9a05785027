import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The client bundles shared/ from source: the same rules as the server, no build step between.
  resolve: { alias: { '@tandem/shared': path.resolve(import.meta.dirname, '../shared/src/index.ts') } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    // `npm run dev -w client` with the API on :4000 (npm start)
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true }, '/healthz': 'http://localhost:4000' },
  },
});
