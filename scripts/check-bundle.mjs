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
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/test/csp/page.html?bundle=dist`);
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
  failures.push(...found.violations.map((v) => `violation: ${v}`));
  failures.push(...found.tags.map((tag) => `not defined: <${tag}>`));
  for (const w of found.widgets) {
    if (w.state !== 'ready' || w.drawn < 5)
      failures.push(`#${w.id}: state ${w.state}, ${w.drawn} elements drawn`);
  }
  console.log(
    `check-bundle: ${found.widgets.map((w) => `#${w.id} ${w.state} (${w.drawn} elements)`).join(', ')}`,
  );
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`check-bundle: dist/inspection-kit.js failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('check-bundle: dist/inspection-kit.js defines and draws all four widgets under the strict CSP');
