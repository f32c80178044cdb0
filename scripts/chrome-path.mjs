// The browser the tests, screenshots and benchmarks use: CHROME_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Test pages run side by side; a page in the background must still get animation frames and timers.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

export function assertChrome() {
  if (!existsSync(chromePath)) {
    console.error(
      `No browser found at ${chromePath}.\n` +
        'The browser tests need Chromium. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium executable.',
    );
    process.exit(1);
  }
}
