import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { build } from 'vite';
import { chromeArgs, chromePath } from './scripts/chrome-path.mjs';
import { pixelsPlugin } from './test/server/pixels.mjs';
import { testApi } from './test/server/test-api.mjs';
import { speechPlugin } from './test/speech/server.mjs';

// `import data from './x.json'` (as stories do) is served as a module at its own address (`?module`), so a
// fetch of the same file, as widgets make, still gets JSON (and neither is cached as the other).
const jsonModules = {
  name: 'json-modules',
  resolveImport({ source }) {
    if (source.endsWith('.json')) return `${source}?module`;
  },
  resolveMimeType(ctx) {
    if (ctx.path.endsWith('.json') && 'module' in ctx.query) return 'js';
  },
  transform(ctx) {
    if (ctx.path.endsWith('.json') && 'module' in ctx.query) return { body: `export default ${ctx.body};` };
  },
};

// The React and Vue examples are bundled as an application would be (React ships CommonJS), once per run:
// /bundled/react-example.js and /bundled/vue-example.js, also served where demo/react.ts and demo/vue.ts import them.
const bundles = new Map();
const frameworkBundles = {
  name: 'framework-bundles',
  async serve(ctx) {
    const m = /^\/(?:bundled|demo\/frameworks)\/(react|vue)-example\.(?:js|ts|tsx)$/.exec(ctx.path);
    if (!m) return undefined;
    if (!bundles.has(m[1])) {
      const entry = `demo/frameworks/${m[1]}-example.${m[1] === 'react' ? 'tsx' : 'ts'}`;
      bundles.set(
        m[1],
        build({
          configFile: false,
          logLevel: 'silent',
          define: {
            'process.env.NODE_ENV': '"production"',
            __VUE_OPTIONS_API__: 'true',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
          build: {
            write: false,
            lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
            rolldownOptions: { output: { codeSplitting: false } },
          },
        }).then((out) => (Array.isArray(out) ? out[0] : out).output[0].code),
      );
    }
    return { body: await bundles.get(m[1]), type: 'js' };
  },
};

// The demo pages fetch `./leeds-report.json`: Vite serves test/fixtures at the demo's root (vite.config.ts), and so
// does this, for the demo pages' axe tests (test/demo/axe.test.ts).
const fixtureDir = fileURLToPath(new URL('./test/fixtures/', import.meta.url));
async function demoFixtures(ctx, next) {
  const m = /^\/demo\/((?:\w[\w.-]*\/)?[\w.-]+\.(?:json|csv))$/.exec(ctx.path);
  if (m && existsSync(join(fixtureDir, m[1]))) ctx.url = `/test/fixtures/${m[1]}`;
  return next();
}

const browser = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromePath,
      headless: true,
      args: chromeArgs,
    },
  });

// Date arithmetic must not move a day in any time zone. Every piece of it is pure (periods, timescales,
// formats, the layouts and views of each widget): `npm run test:node:tz` runs those tests, the layouts' and
// views' snapshots among them, far east and far west of UTC, so the browser runs in one zone.
// test/node/ holds the tests that need no DOM: mocha runs them in Node (`npm run test:node`).
const browserTests = ['test/**/*.test.ts', '!test/node/**'];

// Every test page records console warnings and errors before any test module (or Lit) loads, and fails the test
// that logs one it did not declare with expectConsole() (test/setup/console-guard.ts). The test framework is
// imported after the recorder, and the hooks go on mocha's root suite before the test file is evaluated.
const testRunnerHtml = (testFramework) => `<!DOCTYPE html>
<html>
  <body>
    <script type="module">
      const { consoleHooks, recordConsole } = await import('/test/setup/console-guard.ts');
      recordConsole();
      await import('${testFramework}');
      const root = window.mocha.suite;
      root.beforeEach(consoleHooks.beforeEach);
      root.afterEach(consoleHooks.afterEach);
      root.afterAll(consoleHooks.afterAll);
    </script>
  </body>
</html>`;

export default {
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: a page in the background gets no animation frames, which fixtures wait for.
  concurrency: 1,
  // One browser: no test measures time (the long-task bound is in `npm run bench`), but the machines that run
  // this have few cores.
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  // A file's tests together may take this long (the runner's default is 2 minutes): the stories and the demo
  // pages are each checked by axe at three widths, which on a loaded 2-core machine takes 50 s to 2 minutes a
  // file. Each test still has its own timeout, so a hang fails at once.
  testsFinishTimeout: 300000,
  testRunnerHtml,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    jsonModules,
    frameworkBundles,
    a11ySnapshotPlugin(),
    // `speech-tree` and `speech-update` for test/setup/speech.ts (UPDATE_SPEECH=1 rewrites test/speech/expected/).
    speechPlugin(),
    // `pixels-take` and `pixels-diff` for test/components/page-pixels.test.ts.
    pixelsPlugin(),
  ],
  middleware: [testApi, demoFixtures],
  browsers: [browser()],
  groups: [{ name: 'all', files: process.env.ONLY ?? browserTests }],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
