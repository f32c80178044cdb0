import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const demo = resolve(import.meta.dirname, 'demo');
const pages = Object.fromEntries(
  readdirSync(demo)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), resolve(demo, f)]),
);

// `npm start`: the demo pages in demo/, with the shared fixtures served from test/fixtures.
// `npm run build` also writes them, ready to copy to a web server, to dist/demo/.
export default defineConfig({
  root: 'demo',
  base: './',
  publicDir: resolve(import.meta.dirname, 'test/fixtures'),
  server: { port: 5173, fs: { allow: [resolve(import.meta.dirname)] } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/demo'),
    emptyOutDir: true,
    rolldownOptions: { input: pages, output: { minify: true } },
  },
});
