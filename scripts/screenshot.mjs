// Screenshots of a page in headless Chromium, for looking at widgets as a person would.
// node scripts/screenshot.mjs <url> <out.png> [width=1024] [height=800] [--forced-colors] [--print] [--selector=<css>]
import puppeteer from 'puppeteer-core';
import { assertChrome, chromeArgs, chromePath } from './chrome-path.mjs';

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const [url, out, width = '1024', height = '800'] = args.filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--forced-colors] [--print]',
  );
  process.exit(2);
}
assertChrome();
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height) });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`console.${m.type()}:`, m.text());
  });
  const media = [];
  if (flags.includes('--forced-colors')) media.push({ name: 'forced-colors', value: 'active' });
  if (media.length) await page.emulateMediaFeatures(media);
  if (flags.includes('--print')) await page.emulateMediaType('print');
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('ik-'))
        .every((e) => e.getAttribute('state') !== 'loading'),
    { timeout: 10000 },
  );
  await new Promise((r) => setTimeout(r, 300));
  const selector = flags.find((f) => f.startsWith('--selector='))?.slice('--selector='.length);
  if (selector) {
    const element = await page.$(selector);
    if (!element) throw new Error(`no element matches ${selector}`);
    await element.screenshot({ path: out });
  } else await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
