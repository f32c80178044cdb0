/**
 * Server side of the pixel tests (test/components/page-pixels.test.ts): a screenshot of part of the test page
 * through puppeteer, kept here by name, and two of them compared pixel by pixel (pixelmatch, threshold 0 and
 * anti-aliased pixels counted: any difference in any channel is a difference). When two differ, both and the
 * difference are written to the system's temporary folder (ik-pixels/) to look at.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const shots = new Map();

export function pixelsPlugin() {
  return {
    name: 'pixels-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'pixels-take') {
        if (session.browser.type !== 'puppeteer')
          throw new Error('pixels-take needs Chromium through puppeteer');
        const page = session.browser.getPage(session.id);
        const png = await page.screenshot({ clip: payload.clip, captureBeyondViewport: true });
        shots.set(`${session.id} ${payload.name}`, PNG.sync.read(Buffer.from(png)));
        return true;
      }
      if (command === 'pixels-drop') {
        for (const name of payload.names) shots.delete(`${session.id} ${name}`);
        return true;
      }
      if (command !== 'pixels-diff') return undefined;
      const a = shots.get(`${session.id} ${payload.a}`);
      const b = shots.get(`${session.id} ${payload.b}`);
      if (!a || !b) throw new Error(`pixels-diff: no screenshot named ${a ? payload.b : payload.a}`);
      if (a.width !== b.width || a.height !== b.height)
        return { differ: -1, size: `${a.width} × ${a.height} against ${b.width} × ${b.height}` };
      const diff = new PNG({ width: a.width, height: a.height });
      const differ = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
        threshold: 0,
        includeAA: true,
      });
      let saved;
      if (differ > 0) {
        saved = join(tmpdir(), 'ik-pixels');
        await mkdir(saved, { recursive: true });
        const file = (s) => join(saved, `${payload.a}--${payload.b}${s}.png`.replace(/[^\w.-]+/g, '_'));
        await writeFile(file(''), PNG.sync.write(a));
        await writeFile(file('-ref'), PNG.sync.write(b));
        await writeFile(file('-diff'), PNG.sync.write(diff));
      }
      return { differ, size: `${a.width} × ${a.height}`, saved };
    },
  };
}
