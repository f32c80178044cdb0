// After `npm run build` (CI runs it): the release zip works from its HOW-TO with no other step. It unpacks
// release/inspection-kit-<version>.zip into an empty temporary folder, serves that folder with
// `python3 -m http.server` (any plain file server stands for the intranet's file store), and in headless
// Chromium opens the example page the HOW-TO names, the tag its step 2 gives (pointed at the unpacked folder)
// and the embed page address it gives for CMSs that strip scripts. Each widget must reach state="ready",
// with no page error and no missing file.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { assertChrome, chromeArgs, chromePath } from './chrome-path.mjs';
import { releaseName } from './release.mjs';

const name = releaseName();
const zipFile = join(import.meta.dirname, '..', 'release', `${name}.zip`);
if (!existsSync(zipFile)) {
  console.error(`check-release: ${zipFile} is missing: run npm run build first`);
  process.exit(1);
}
assertChrome();

const failures = [];
const fail = (message) => failures.push(message);
const dir = mkdtempSync(join(tmpdir(), 'ik-release-'));
execFileSync('python3', ['-m', 'zipfile', '-e', zipFile, dir]);

const howTo = readFileSync(join(dir, name, 'HOW-TO.txt'), 'utf8');
const example = howTo.match(/`(example\.html)`/)?.[1];
const folderAddress = '/files/inspection-kit/';
const step2 = howTo.match(/<ik-judgement-grid [^\n]*<\/ik-judgement-grid>/)?.[0];
const embed = howTo.match(/src="\/files\/inspection-kit\/(embed\.html\?[^"]+)"/)?.[1];
if (!example) fail('the HOW-TO names no example page');
if (!step2) fail('the HOW-TO gives no widget tag to paste');
if (!embed) fail('the HOW-TO gives no embed page address');

const port = await new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});
const server = spawn(
  'python3',
  ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir],
  {
    stdio: 'ignore',
  },
);
const base = `http://127.0.0.1:${port}/${name}/`;
// Ready when it answers (a condition, not a delay).
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}HOW-TO.txt`)).ok) break;
  } catch {}
  if (i > 200 || server.exitCode !== null) {
    fail('python3 -m http.server did not start');
    break;
  }
  await new Promise((r) => setTimeout(r, 50));
}

const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
const widgetStates = () =>
  [
    ...document.querySelectorAll('ik-judgement-grid, ik-rag-matrix, ik-kpi-sparkline, ik-deadline-timeline'),
  ].map((w) => ({
    tag: w.localName,
    state: w.getAttribute('state'),
    drawn: w.shadowRoot?.querySelectorAll('*').length ?? 0,
  }));
const allSettled = () =>
  [
    ...document.querySelectorAll('ik-judgement-grid, ik-rag-matrix, ik-kpi-sparkline, ik-deadline-timeline'),
  ].every((w) => ['ready', 'error', 'empty'].includes(w.getAttribute('state') ?? ''));

async function open(path, expected, before) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => fail(`${path}: page error: ${e.message}`));
  page.on('response', (r) => {
    // The embed page names no icon (a `data:` one breaks the strict CSP), so the browser asks for the site's
    // own, /favicon.ico, which an intranet has and this test server has not.
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico')
      fail(`${path}: ${r.url()} answered ${r.status()}`);
  });
  await page.goto(base + path);
  if (before) await before(page);
  await page.waitForFunction(allSettled, { timeout: 15000 }).catch(() => {});
  const widgets = await page.evaluate(widgetStates);
  if (widgets.length !== expected) fail(`${path}: ${widgets.length} widgets, expected ${expected}`);
  for (const w of widgets)
    if (w.state !== 'ready' || w.drawn < 5)
      fail(`${path}: <${w.tag}> state ${w.state}, ${w.drawn} elements drawn`);
  console.log(`check-release: ${path}: ${widgets.map((w) => `${w.tag} ${w.state}`).join(', ')}`);
  await page.close();
}

try {
  if (example) await open(example, 4);
  if (example && step2) {
    // Step 2's tag, with the folder address the HOW-TO says to change, on a page that loads the kit.
    const tag = step2.replaceAll(folderAddress, `/${name}/`);
    await open(`${example}#step-2`, 5, (page) =>
      page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), tag),
    );
  }
  if (embed) await open(embed, 1);
} finally {
  await browser.close();
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`check-release: ${name}.zip does not work from its HOW-TO:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`check-release: ${name}.zip works from its HOW-TO (example page, pasted tag, embed page)`);
