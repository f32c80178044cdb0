// After `npm run build` (CI runs it): the single file editors upload, dist/inspection-kit.js, defines all four
// tags and draws them from inline JSON, inline CSV and a pasted table, under the strict Content-Security-
// Policy of the CSP test, in headless Chromium. The browser tests exercise the source; this checks what ships.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { STRICT_CSP } from '../test/server/test-api.mjs';
import { assertChrome, chromeArgs, chromePath } from './chrome-path.mjs';
import { releaseName } from './release.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
assertChrome();
// An older copy of the bundle for test/csp/two-copies.html: the same file with another version in it.
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const OLDER = '0.0.1-older';
const bundle = readFileSync(join(root, 'dist', 'inspection-kit.js'), 'utf8');
// The minifier writes strings in any of the three quotes.
const quoted = ['"', "'", '`'].map((q) => `${q}${version}${q}`).find((q) => bundle.includes(q));
if (!quoted) throw new Error(`check-bundle: the bundle does not hold its version, ${version}`);
mkdirSync(join(root, 'node_modules', '.cache', 'inspection-kit-check'), { recursive: true });
writeFileSync(
  join(root, 'node_modules', '.cache', 'inspection-kit-check', 'older-copy.js'),
  bundle.split(quoted).join(`${quoted[0]}${OLDER}${quoted[0]}`),
);
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

/** Each page's console warnings and errors, by its label. */
const consoles = new Map();

/** Loads a page, waits for its four widgets and checks they are defined and drawn; returns the page. */
async function drawn(path, label, beforeLoad) {
  const page = await browser.newPage();
  if (beforeLoad) await beforeLoad(page);
  page.on('pageerror', (e) => failures.push(`${label}: page error: ${e.message}`));
  consoles.set(label, []);
  page.on('console', (m) => {
    if (m.type() === 'warn' || m.type() === 'warning' || m.type() === 'error')
      consoles.get(label).push(m.text());
  });
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
  // British English is written by hand (numbers, dates, plurals, the axis): an English page never asks Intl,
  // whose first use on a page loads ICU's locale data, a cost of the first widget's drawing (BENCHMARKS.md).
  const noIntl = await drawn('/test/csp/page.html?bundle=dist', 'module, no Intl', (page) =>
    page.evaluateOnNewDocument(() => {
      window.intlAsked = [];
      for (const name of Object.getOwnPropertyNames(Intl)) {
        const Made = Intl[name];
        if (typeof Made !== 'function') continue;
        Intl[name] = new Proxy(Made, {
          construct(target, args) {
            window.intlAsked.push(`Intl.${name}`);
            return Reflect.construct(target, args);
          },
          apply(target, self, args) {
            window.intlAsked.push(`Intl.${name}`);
            return Reflect.apply(target, self, args);
          },
        });
      }
      for (const [owner, key] of [
        [Number.prototype, 'toLocaleString'],
        [Date.prototype, 'toLocaleString'],
        [Date.prototype, 'toLocaleDateString'],
        [String.prototype, 'localeCompare'],
      ]) {
        const own = owner[key];
        owner[key] = function (...args) {
          window.intlAsked.push(key);
          return own.apply(this, args);
        };
      }
    }),
  );
  const asked = await noIntl.evaluate(() => [...new Set(window.intlAsked)]);
  if (asked.length) failures.push(`an English page asked Intl: ${asked.join(', ')}`);
  else console.log('check-bundle (module, no Intl): an English page of the four widgets never asks Intl');
  // The English-only bundle (no Welsh catalogue) draws the same, and a widget in lang="cy" is in British English
  // with it, where the full bundle draws it in Welsh.
  const cornerInWelsh = (page) =>
    page.evaluate(async () => {
      const matrix = document.querySelector('ik-rag-matrix');
      matrix.setAttribute('lang', 'cy');
      // The language observer's record comes as a microtask; a task later the update is asked for.
      await new Promise((next) => setTimeout(next));
      await matrix.updateComplete;
      // The kit's own word in the corner of the matrix (the data's table has no heading there).
      return matrix.shadowRoot.querySelector('.corner')?.textContent?.trim();
    });
  const english = await drawn('/test/csp/page.html?bundle=english', 'English only');
  const full = await drawn('/test/csp/page.html?bundle=dist', 'module, in Welsh');
  const [inEnglish, inWelsh] = [await cornerInWelsh(english), await cornerInWelsh(full)];
  if (inEnglish !== 'Item' || inWelsh !== 'Eitem')
    failures.push(
      `lang="cy": the RAG matrix's corner is ${JSON.stringify(inEnglish)} with the English-only bundle (expected "Item"), ${JSON.stringify(inWelsh)} with the full one (expected "Eitem")`,
    );
  else
    console.log('check-bundle (English only): lang="cy" draws British English; the full bundle draws Welsh');
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
  // Two copies of the bundle on one page (two web parts, two versions), both creating Lit's Trusted Types policy
  // ('allow-duplicates'): the first draws every widget, and the second warns once, naming both versions.
  await drawn('/test/csp/two-copies.html', 'two copies');
  const said = consoles.get('two copies');
  const expected = `Inspection Kit ${version} is loaded on a page that has the kit already: <ik-deadline-timeline>, <ik-judgement-grid>, <ik-kpi-sparkline> and <ik-rag-matrix> are already defined by Inspection Kit ${OLDER}, loaded first.`;
  if (said.length !== 1 || !said[0].startsWith(expected))
    failures.push(`two copies: expected one warning starting "${expected}", got ${JSON.stringify(said)}`);
  else console.log('check-bundle (two copies): one warning, naming both versions');

  // The lazy loader (dist/inspection-kit-loader.js) under the same policy: every tag defined as it is seen.
  const lazy = await drawn('/test/csp/page.html?bundle=loader', 'lazy loader');
  // Its Welsh words are a chunk of their own: not loaded on an English page, loaded (and drawn, never English
  // first) when a widget becomes Welsh.
  const welshChunks = (page) =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => /\/inspection-kit-chunks\/welsh-[\w-]{8}\.js$/.test(p)),
    );
  const beforeWelsh = await welshChunks(lazy);
  const lazyWelsh = await cornerInWelsh(lazy);
  const afterWelsh = await welshChunks(lazy);
  if (beforeWelsh.length !== 0 || afterWelsh.length !== 1 || lazyWelsh !== 'Eitem')
    failures.push(
      `lazy loader, Welsh: ${beforeWelsh.length} Welsh chunks loaded on the English page (expected none), ${afterWelsh.length} once a widget was Welsh (expected 1), and the RAG matrix's corner is ${JSON.stringify(lazyWelsh)} (expected "Eitem")`,
    );
  else
    console.log('check-bundle (lazy loader, Welsh): the Welsh words are loaded only when a widget is Welsh');
  // A page that is Welsh from the start: its widgets' first drawing is already Welsh, never English first.
  const welshPage = await drawn('/test/csp/page.html?bundle=loader&lang=cy', 'lazy loader, a Welsh page');
  const firstCorner = await welshPage.evaluate(() => window.firstCorner);
  if (firstCorner !== 'Eitem')
    failures.push(
      `lazy loader, a Welsh page: the RAG matrix first drew its corner as ${JSON.stringify(firstCorner)} (expected "Eitem", never English first)`,
    );
  else console.log('check-bundle (lazy loader, a Welsh page): the first drawing is Welsh');
  // A page with one widget loads that widget's code and the code it shares, and no other widget's.
  {
    const page = await browser.newPage();
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => failures.push(`lazy loader, one widget: page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/test/csp/one-widget.html`);
    await page.waitForFunction(() => window.settled, { timeout: 15000 });
    await page
      .waitForFunction(() => document.getElementById('csv').getAttribute('state') === 'ready', {
        timeout: 15000,
      })
      .catch(() => failures.push('lazy loader, one widget: the sparkline never drew'));
    const found = await page.evaluate(() => ({
      violations: window.violations,
      defined: ['ik-judgement-grid', 'ik-rag-matrix', 'ik-kpi-sparkline', 'ik-deadline-timeline'].filter(
        (t) => customElements.get(t),
      ),
    }));
    failures.push(...found.violations.map((v) => `lazy loader, one widget: violation: ${v}`));
    const chunks = requested
      .filter((p) => p.startsWith('/dist/inspection-kit-chunks/'))
      .map((p) =>
        p
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, ''),
      );
    const widgets = chunks.filter((c) => c !== 'shared');
    if (chunks.includes('welsh'))
      failures.push('lazy loader, one widget: an English page loaded the Welsh words');
    if (widgets.join() !== 'kpi-sparkline' || found.defined.join() !== 'ik-kpi-sparkline')
      failures.push(
        `lazy loader, one widget: loaded the code of ${widgets.join(', ') || 'no widget'} and defined ${found.defined.join(', ') || 'nothing'}; expected the sparkline's alone`,
      );
    console.log(
      `check-bundle (lazy loader, one widget): loaded ${chunks.length} chunks (${widgets.join(', ')} and ${chunks.length - widgets.length} shared), defined ${found.defined.join(', ')}`,
    );
    await page.close();
  }

  // The built demo pages (dist/demo/) and the release's embed page, under the same policy: no violation.
  const embedQuery = 'widget=judgement-grid&src=examples/leeds-report.json&select=inspection2010';
  const built = [
    ...readdirSync(join(root, 'dist', 'demo'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/dist/demo/${f}${f === 'embed.html' ? `?${embedQuery.replace('examples/', '')}` : ''}`),
    `/release/${releaseName()}/embed.html?${embedQuery}`,
  ];
  for (const path of built) {
    const page = await browser.newPage();
    const seen = [];
    page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    page.on('console', (m) => {
      if (m.text().startsWith('violation: ')) seen.push(m.text());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}${path}`, { waitUntil: 'networkidle0' });
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('*')].every(
            (e) => !e.localName.startsWith('ik-') || e.getAttribute('state') !== 'loading',
          ),
        { timeout: 15000 },
      )
      .catch(() => seen.push('its widgets never drew'));
    const widgets = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ik-') && e.shadowRoot)
          .length,
    );
    // Vue creates its own Trusted Types policy, `vue` (a Vue application lists it: README, Security). Nothing
    // else may be refused (the playground's preview makes no script element: demo/playground.ts).
    const known = (v) =>
      path.includes('/vue.html') && /trusted-types-policy/.test(v) && !/trusted-types-sink/.test(v);
    const refused = seen.filter((v) => !known(v));
    failures.push(...refused.map((v) => `${path}: ${v}`));
    console.log(
      `check-bundle (built page ${path.split('?')[0]}): ${widgets} widgets, ${refused.length} violations`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`check-bundle: dist/inspection-kit.js failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  "check-bundle: dist/inspection-kit.js defines and draws all four widgets under the strict CSP, as a module, as a classic script that leaves the page's globals alone and as a second copy on one page; so does the lazy loader, dist/inspection-kit-loader.js, which loads only the code of the widgets a page has; the built demo pages and the release's embed page pass the same policy",
);
