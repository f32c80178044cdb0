// The last step of `npm run build`: the release folder and zip an editor downloads,
// release/inspection-kit-<version>/ and release/inspection-kit-<version>.zip, holding
//   inspection-kit.js      the one-file bundle (from dist/)
//   inspection-kit-en.js   the same, British English only
//   inspection-kit-loader.js, inspection-kit-chunks/   the lazy loader and the code it loads (from dist/)
//   example.html           one of each widget from the example data (docs/example.html)
//   embed.html, assets/    the embed page for CMSs that strip scripts, built on its own
//   examples/              the seed-based report files the demo draws (test/fixtures/)
//   schemas/               the JSON Schemas (schemas/)
//   HOW-TO.txt             the editors' one page (docs/HOW-TO.md)
// `node scripts/release.mjs` runs it alone after a build; scripts/check-release.mjs tests what it writes.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { zip } from './zip.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => join(root, ...p);

export const EXAMPLES = ['leeds-report.json', 'derby-report.json'];

export function releaseName() {
  const { version } = JSON.parse(readFileSync(at('package.json'), 'utf8'));
  return `inspection-kit-${version}`;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .sort();
}

export async function writeRelease() {
  const name = releaseName();
  const out = at('release', name);
  if (!existsSync(at('dist', 'inspection-kit.js')))
    throw new Error('release: build dist/inspection-kit.js first');
  rmSync(at('release'), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  // The embed page alone, with its own script and style, so it needs nothing outside this folder.
  await build({
    configFile: false,
    logLevel: 'warn',
    root: at('demo'),
    base: './',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: out,
      emptyOutDir: false,
      rolldownOptions: { input: { embed: at('demo', 'embed.html') }, output: { minify: true } },
    },
  });

  cpSync(at('dist', 'inspection-kit.js'), join(out, 'inspection-kit.js'));
  cpSync(at('dist', 'inspection-kit-en.js'), join(out, 'inspection-kit-en.js'));
  cpSync(at('dist', 'inspection-kit-loader.js'), join(out, 'inspection-kit-loader.js'));
  cpSync(at('dist', 'inspection-kit-chunks'), join(out, 'inspection-kit-chunks'), { recursive: true });
  cpSync(at('docs', 'example.html'), join(out, 'example.html'));
  // Plain text, so any computer opens it (the Markdown reads as it is).
  cpSync(at('docs', 'HOW-TO.md'), join(out, 'HOW-TO.txt'));
  mkdirSync(join(out, 'examples'));
  for (const file of EXAMPLES) cpSync(at('test', 'fixtures', file), join(out, 'examples', file));
  cpSync(at('schemas'), join(out, 'schemas'), { recursive: true });

  const files = filesUnder(out).map((file) => ({
    name: relative(at('release'), file).split('\\').join('/'),
    data: readFileSync(file),
  }));
  writeFileSync(at('release', `${name}.zip`), zip(files));
  return { folder: out, zip: at('release', `${name}.zip`), files: files.map((f) => f.name) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { zip: file, files } = await writeRelease();
  console.log(`release: ${relative(root, file)} (${files.length} files)`);
}
