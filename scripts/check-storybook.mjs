// After `npm run build-storybook` (CI runs it): the built Storybook in headless Chromium.
// - The Theme tokens page is a real table: one row per token of custom-elements.json, each colour default
//   (light and dark) with a swatch painted in that colour, and no Markdown pipes left as text.
// - The toolbar's Theme switch sets theme="dark" on a story's widgets and takes it away again.
// - Stories run in British English: the frame's lang is en-GB and the Leeds timeline says "12 February 2010".
// - Controls offer only public properties and attributes (no `#rows`, `modelProperties`, `optionSpecs`,
//   events, tokens or parts), .storybook/public-api.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { assertChrome, chromeArgs, chromePath } from './chrome-path.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'storybook-static');
if (!existsSync(join(dir, 'iframe.html'))) {
  console.error('check-storybook: storybook-static/ is missing: run npm run build-storybook first');
  process.exit(1);
}
assertChrome();
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const tokens = elements[0].cssProperties.map((p) => p.name);
const publicNames = new Set(
  elements.flatMap((d) => [
    ...(d.members ?? []).filter((m) => m.kind === 'field' && !m.static).map((m) => m.name),
    ...(d.attributes ?? []).map((a) => a.name),
  ]),
);

const failures = [];
const fail = (m) => failures.push(m);
const server = await serveStatic(dir);
const base = `http://127.0.0.1:${server.address().port}/iframe.html`;
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));

  await page.goto(`${base}?id=docs-theme-tokens--docs&viewMode=docs`);
  await page.waitForFunction(
    () => document.querySelector('#storybook-docs h1')?.textContent === 'Theme tokens',
    {
      timeout: 30000,
    },
  );
  const table = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('#storybook-docs table tbody tr')];
    return {
      pipes: /\|\s*---/.test(document.querySelector('#storybook-docs').textContent),
      headers: [...document.querySelectorAll('#storybook-docs table thead th')].map((th) =>
        th.textContent.trim(),
      ),
      rows: rows.map((tr) => {
        const [light, dark] = tr.querySelectorAll('td');
        const swatch = (td) => {
          const s = td.querySelector('span[aria-hidden="true"]');
          return s ? getComputedStyle(s).backgroundColor : null;
        };
        return {
          name: tr.querySelector('th').textContent.trim(),
          value: light.querySelector('code').textContent.trim(),
          swatch: swatch(light),
          dark: dark.querySelector('code')?.textContent.trim() ?? dark.textContent.trim(),
          darkSwatch: swatch(dark),
        };
      }),
    };
  });
  if (!table.rows.length) fail('tokens page: no table');
  if (table.pipes) fail('tokens page: Markdown table pipes shown as text');
  if (table.headers.join('|') !== 'Token|Default|Dark theme|What it sets')
    fail(`tokens page: headers ${table.headers}`);
  const names = table.rows.map((r) => r.name);
  if (names.join() !== tokens.join())
    fail(`tokens page: rows ${names.join()} are not the tokens ${tokens.join()}`);
  const rgb = (hex) => {
    const n = Number.parseInt(hex.slice(1), 16);
    return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
  };
  for (const row of table.rows) {
    const colour = /^#[0-9a-f]{6}$/i.test(row.value);
    if (colour && row.swatch !== rgb(row.value))
      fail(`tokens page: ${row.name} swatch ${row.swatch}, not ${row.value}`);
    if (!colour && row.swatch) fail(`tokens page: ${row.name} (${row.value}) has a swatch`);
    const dark = /^#[0-9a-f]{6}$/i.test(row.dark);
    if (dark && row.darkSwatch !== rgb(row.dark))
      fail(`tokens page: ${row.name} dark swatch ${row.darkSwatch}, not ${row.dark}`);
    if (!dark && (row.darkSwatch || row.dark !== 'The same'))
      fail(`tokens page: ${row.name} dark theme "${row.dark}" is neither a colour nor "The same"`);
  }
  const darkRows = table.rows.filter((r) => r.darkSwatch).length;
  if (darkRows === 0) fail('tokens page: no dark theme values');
  const swatches = table.rows.filter((r) => r.swatch).length;
  console.log(
    `check-storybook: tokens page: a table of ${table.rows.length} tokens, ${swatches} colour swatches, ${darkRows} dark`,
  );

  const storyId = 'widgets-deadline-timeline--leeds-2010';
  await page.goto(`${base}?id=${storyId}&viewMode=story`);
  await page.waitForFunction(
    () => document.querySelector('ik-deadline-timeline')?.getAttribute('state') === 'ready',
    { timeout: 30000 },
  );
  const story = await page.evaluate(async (id) => {
    const loaded = await window.__STORYBOOK_PREVIEW__.storyStore.loadStory({ storyId: id });
    return {
      lang: document.documentElement.lang,
      text: document.querySelector('ik-deadline-timeline').shadowRoot.textContent.replace(/\s+/g, ' '),
      controls: Object.entries(loaded.argTypes)
        .filter(([, a]) => a.control !== false && a.control !== undefined)
        .map(([name]) => name),
    };
  }, storyId);
  if (story.lang !== 'en-GB') fail(`story frame lang is "${story.lang}", not en-GB`);
  if (!story.text.includes('12 February 2010')) fail('the Leeds timeline does not write "12 February 2010"');
  if (/February 12, 2010|Feb 12, 2010/.test(story.text)) fail('the Leeds timeline writes US dates');
  const wrong = story.controls.filter((name) => !publicNames.has(name) || name === 'state');
  if (wrong.length) fail(`Controls offer ${wrong.join(', ')}, which a page cannot set`);
  console.log(`check-storybook: ${storyId}: lang ${story.lang}; Controls: ${story.controls.join(', ')}`);

  // The Theme switch, as the toolbar sets it (a global in the address).
  await page.goto(`${base}?id=${storyId}&viewMode=story&globals=ikTheme:dark`);
  await page.waitForFunction(
    () => document.querySelector('ik-deadline-timeline')?.getAttribute('theme') === 'dark',
    { timeout: 30000 },
  );
  const themed = await page.evaluate(
    () => getComputedStyle(document.querySelector('ik-deadline-timeline')).colorScheme,
  );
  if (themed !== 'dark')
    fail(`the Theme switch set theme="dark" but the widget's colour scheme is ${themed}`);
  console.log(`check-storybook: the Theme switch gives ${storyId} theme="dark" (${themed})`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`check-storybook: failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  'check-storybook: the tokens table, en-GB stories and public-only Controls are as they should be',
);
