import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// `npm start`: the demo pages in demo/, with the shared fixtures served from test/fixtures.
export default defineConfig({
  root: 'demo',
  publicDir: resolve(__dirname, 'test/fixtures'),
  server: { port: 5173, fs: { allow: [resolve(__dirname)] } },
  build: {
    outDir: resolve(__dirname, 'dist/demo'),
    emptyOutDir: true,
  },
});
