// After `npm run build` (CI runs it): the single file editors upload, dist/inspection-kit.js, defines all four
// tags and draws them from inline JSON, inline CSV and a pasted table, under the strict Content-Security-
// Policy of the CSP test, in headless Chromium. The browser tests exercise the source; this checks what ships.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { STRICT_CSP } from '../test/server/test-api.mjs';
import { assertChrome, chromeArgs, chromePath } from './chrome-path.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
assertChrome();
const server = await serveStatic(root, { 'content-security-policy': STRICT_CSP });
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
const failures = [];
/** Lit's own registries (in module form as well): the versions loaded, and decorator metadata. */
const LIT_GLOBALS = new Set([
  'litPropertyMetadata',
  'litElementVersions',
  'litHtmlVersions',
  'reactiveElementVersions',
  'litIssuedWarnings',
]);

/** Loads a page, waits for its four widgets and checks they are defined and drawn; returns the page. */
async function drawn(path, label) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => failures.push(`${label}: page error: ${e.message}`));
  await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
  await page.waitForFunction(() => window.settled, { timeout: 15000 });
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('body > [id]')].every((w) => w.getAttribute('state') === 'ready'),
      { timeout: 15000 },
    )
    .catch(() => {});
  const found = await page.evaluate(() => ({
    violations: window.violations,
    tags: ['ik-judgement-grid', 'ik-rag-matrix', 'ik-kpi-sparkline', 'ik-deadline-timeline'].filter(
      (tag) => !customElements.get(tag),
    ),
    widgets: [...document.querySelectorAll('body > [id]')].map((w) => ({
      id: w.id,
      state: w.getAttribute('state'),
      drawn: w.shadowRoot ? w.shadowRoot.querySelectorAll('*').length : 0,
    })),
  }));
  failures.push(...found.violations.map((v) => `${label}: violation: ${v}`));
  failures.push(...found.tags.map((tag) => `${label}: not defined: <${tag}>`));
  for (const w of found.widgets) {
    if (w.state !== 'ready' || w.drawn < 5)
      failures.push(`${label}: #${w.id}: state ${w.state}, ${w.drawn} elements drawn`);
  }
  console.log(
    `check-bundle (${label}): ${found.widgets.map((w) => `#${w.id} ${w.state} (${w.drawn} elements)`).join(', ')}`,
  );
  return page;
}

try {
  // As a module (type="module", or import()).
  await drawn('/test/csp/page.html?bundle=dist', 'module');
  // As a classic <script> with no type="module", on a page with global functions named like minified code's:
  // the bundle adds no globals (beyond Lit's registries) and overwrites none.
  const classic = await drawn('/test/csp/classic.html', 'classic script');
  const globals = await classic.evaluate(() => ({
    added: window.keysAdded,
    overwritten: window.overwritten,
  }));
  const added = globals.added.filter((k) => !LIT_GLOBALS.has(k));
  if (added.length)
    failures.push(
      `classic script: the bundle added ${added.length} globals: ${added.slice(0, 20).join(', ')}${added.length > 20 ? ' …' : ''}`,
    );
  if (globals.overwritten.length)
    failures.push(`classic script: the bundle overwrote the page's ${globals.overwritten.join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`check-bundle: dist/inspection-kit.js failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  "check-bundle: dist/inspection-kit.js defines and draws all four widgets under the strict CSP, as a module and as a classic script that leaves the page's globals alone",
);
