// `npm run build`: the developer entries (Lit and d3 left as imports), the single-file bundle for editors,
// type declarations, custom-elements.json and the JSON Schemas.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import {
  assertNoSchemaDocs,
  CY_CATALOGUE,
  minifyCssTemplates,
  stripSchemaDocs,
  welshOnFirstNeed,
  withoutWelsh,
} from './build-plugins.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => join(root, ...p);
const bin = (name) => at('node_modules', '.bin', name);
const quiet = { configFile: false, logLevel: 'warn', root };
/** The editors' bundles: no JSON Schema documentation, CSS without whitespace (scripts/build-plugins.mjs). */
const editorPlugins = () => [stripSchemaDocs(), minifyCssTemplates()];

rmSync(at('dist'), { recursive: true, force: true });

// Widgets: every src/components/<name>/define.ts is an entry `dist/<name>.js`.
const widgets = existsSync(at('src/components'))
  ? readdirSync(at('src/components')).filter((name) => existsSync(at('src/components', name, 'define.ts')))
  : [];
const entries = {
  index: at('src/index.ts'),
  core: at('src/core/index.ts'),
  define: at('src/define.ts'),
  ...Object.fromEntries(widgets.map((w) => [w, at('src/components', w, 'define.ts')])),
};

console.log(`build: developer entries (${Object.keys(entries).join(', ')})`);
await build({
  ...quiet,
  build: {
    outDir: at('dist'),
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: (id) => /^(lit|@lit\/|lit-html|lit-element|d3-)/.test(id),
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// An IIFE with no exports: it has no top-level declarations, so it works as `<script type="module">` and as a
// classic `<script>` alike, and never adds to or overwrites the page's globals (scripts/check-bundle.mjs).
console.log('build: dist/inspection-kit.js (self-contained, minified, no globals)');
await build({
  ...quiet,
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: at('dist'),
    emptyOutDir: false,
    lib: {
      entry: at('src/define.ts'),
      formats: ['iife'],
      name: 'InspectionKit',
      fileName: () => 'inspection-kit.js',
    },
    rolldownOptions: { output: { minify: true, codeSplitting: false, strict: true } },
  },
  plugins: editorPlugins(),
});
assertNoSchemaDocs('dist/inspection-kit.js', readFileSync(at('dist', 'inspection-kit.js'), 'utf8'));

// The same, without the Welsh catalogue, for a council that only needs English (README, Languages).
console.log('build: dist/inspection-kit-en.js (the same, British English only)');
await build({
  ...quiet,
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: at('dist'),
    emptyOutDir: false,
    lib: {
      entry: at('src/define.ts'),
      formats: ['iife'],
      name: 'InspectionKit',
      fileName: () => 'inspection-kit-en.js',
    },
    rolldownOptions: { output: { minify: true, codeSplitting: false, strict: true } },
  },
  plugins: [withoutWelsh(), ...editorPlugins()],
});
const english = readFileSync(at('dist', 'inspection-kit-en.js'), 'utf8');
assertNoSchemaDocs('dist/inspection-kit-en.js', english);
// Welsh words that only the catalogue has: none may be left in the English-only bundle.
for (const word of ['Annigonol', 'Wrthi’n llwytho', 'Lawrlwytho'])
  if (english.includes(word))
    throw new Error(`build: dist/inspection-kit-en.js still holds the Welsh "${word}"`);

// The lazy loader: a small module that imports each widget's code as its tag is first seen (src/loader.ts), from
// inspection-kit-chunks/ next to it (each widget's chunk, and the code they share).
console.log(
  'build: dist/inspection-kit-loader.js and dist/inspection-kit-chunks/ (each widget loaded on first sight)',
);
const chunkName = (chunk) => {
  const widget = /[\\/]components[\\/]([^\\/]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '');
  const welsh = CY_CATALOGUE.test(chunk.facadeModuleId ?? '');
  return `inspection-kit-chunks/${widget ? widget[1] : welsh ? 'welsh' : 'shared'}-[hash].js`;
};
await build({
  ...quiet,
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: at('dist'),
    emptyOutDir: false,
    lib: { entry: { 'inspection-kit-loader': at('src/loader.ts') }, formats: ['es'] },
    rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: chunkName } },
  },
  plugins: [welshOnFirstNeed(), ...editorPlugins()],
});
for (const file of [
  'inspection-kit-loader.js',
  ...readdirSync(at('dist', 'inspection-kit-chunks')).map((f) => `inspection-kit-chunks/${f}`),
])
  assertNoSchemaDocs(`dist/${file}`, readFileSync(at('dist', file), 'utf8'));

console.log('build: type declarations');
execFileSync(bin('tsc'), ['-p', at('tsconfig.build.json')], { stdio: 'inherit' });

console.log('build: custom-elements.json');
// Settings in custom-elements-manifest.config.mjs (files read in a fixed order).
execFileSync(bin('cem'), ['analyze'], {
  cwd: root,
  stdio: 'inherit',
});

console.log('build: schemas/');
const tmp = at('node_modules', '.cache', 'inspection-kit-schemas');
await build({
  ...quiet,
  build: {
    outDir: tmp,
    emptyOutDir: true,
    ssr: at('src/core/schemas.ts'),
    rolldownOptions: { output: { entryFileNames: 'schemas.mjs' } },
  },
});
const { JSON_SCHEMAS } = await import(pathToFileURL(join(tmp, 'schemas.mjs')).href);
rmSync(at('schemas'), { recursive: true, force: true });
mkdirSync(at('schemas'));
for (const [file, schema] of Object.entries(JSON_SCHEMAS)) {
  writeFileSync(at('schemas', file), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log('build: dist/demo/ (the demo pages, playground and embed page)');
await build({
  configFile: at('vite.config.ts'),
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
});

console.log(`build: done (${widgets.length} widgets, ${Object.keys(JSON_SCHEMAS).length} schemas)`);

console.log('build: release/ (the folder and zip editors download)');
const { writeRelease } = await import('./release.mjs');
const release = await writeRelease();
console.log(`build: ${release.files.length} files in release/${release.files[0].split('/')[0]}.zip`);
