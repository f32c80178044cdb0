/**
 * Layouts that size the widget by its content (issue 18): a flex row, `width: fit-content`, inline-block, a float,
 * an absolutely placed box without a width, a grid's auto column, a table cell, and a vertical page (the widget
 * is then an orthogonal flow). With room, the widget takes the width its content wants, the same in every one of
 * them, and is drawn exactly as a widget the page gives that width; where the container is narrow it takes the
 * container's width and reflows as a narrow block does (WCAG 1.4.10). natural-width.ts says how.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Widget } from '../base/speech.js';
import { expectSame, settled, snapshot, WIDGETS, type WidgetCase, widget } from './page-check.js';

/** Each layout: the markup around the widget (`<slot>` marks its place) and the style the page gives the host. */
const CONTEXTS: Record<string, { around: (room: number) => string; host?: string }> = {
  'a flex row': { around: (room) => `<div style="display: flex; width: ${room}px"><slot></slot></div>` },
  'width: fit-content': {
    around: (room) =>
      `<div style="width: ${room}px"><div style="width: fit-content"><slot></slot></div></div>`,
  },
  'inline-block': {
    around: (room) => `<div style="width: ${room}px"><slot></slot></div>`,
    host: 'display: inline-block',
  },
  'a float': {
    around: (room) => `<div style="width: ${room}px; display: flow-root"><slot></slot></div>`,
    host: 'float: left',
  },
  'an absolute box without a width': {
    around: (room) => `<div style="position: relative; width: ${room}px; height: 10px"><slot></slot></div>`,
    host: 'position: absolute; top: 0; left: 0',
  },
  "a grid's auto column": {
    around: (room) =>
      `<div style="display: grid; grid-template-columns: auto; justify-content: start; width: ${room}px"><slot></slot></div>`,
  },
  'a table cell': {
    around: (room) =>
      `<div style="width: ${room}px"><table style="border-spacing: 0"><tr><td style="padding: 0"><slot></slot></td></tr></table></div>`,
  },
};
/** A vertical page: the widget's room is the viewport's width (an orthogonal flow's available width). */
const VERTICAL = `<div style="writing-mode: vertical-rl"><slot></slot></div>`;

/** The widgets that reflow by their own width (their frame is a size container). */
const SIZED = WIDGETS.filter((w) => w.tag !== 'ik-kpi-sparkline');

let holder: HTMLElement | undefined;
afterEach(async () => {
  holder?.remove();
  holder = undefined;
  await setViewport({ width: 800, height: 600 });
});

async function drawIn(w: WidgetCase, context: (typeof CONTEXTS)[string], room: number): Promise<Widget> {
  holder?.remove();
  holder = document.createElement('div');
  // Markup of the test's own, no data.
  holder.innerHTML = context.around(room);
  const el = widget(w, context.host);
  holder.querySelector('slot')!.replaceWith(el);
  document.body.append(holder);
  return settled(el);
}

/** A block the page gives `width` px: the usual case, where the widget fills its column. */
async function drawBlock(w: WidgetCase, width: number): Promise<Widget> {
  holder?.remove();
  holder = document.createElement('div');
  holder.style.width = `${width}px`;
  const el = widget(w);
  holder.append(el);
  document.body.append(holder);
  return settled(el);
}

const width = (el: Widget) => el.getBoundingClientRect().width;

for (const w of SIZED) {
  describe(`${w.tag} in layouts that size it by its content`, () => {
    let natural: number | undefined;

    for (const [name, context] of Object.entries(CONTEXTS)) {
      it(`in ${name} with room, takes the width its content wants, drawn as a block of that width`, async () => {
        const el = await drawIn(w, context, 2400);
        const got = width(el);
        // Wide enough for the wide layout (no query narrower than 560 px applies), and within its room.
        expect(got).to.be.within(600, 2400);
        natural ??= got;
        expect(got, 'the same width in every layout').to.equal(natural);
        const drawn = snapshot(el);
        expectSame(drawn, snapshot(await drawBlock(w, got)));
      });

      it(`in ${name} in a 320 px container, takes the container's width and reflows`, async () => {
        const el = await drawIn(w, context, 320);
        expect(width(el)).to.equal(320);
        const drawn = snapshot(el);
        expectSame(drawn, snapshot(await drawBlock(w, 320)));
      });
    }

    it('on a vertical page, takes the width its content wants up to the viewport’s, drawn as a block of that width', async () => {
      const el = await drawIn(w, { around: () => VERTICAL }, 0);
      const got = width(el);
      expect(got).to.equal(Math.min(natural ?? 0, document.documentElement.clientWidth));
      expectSame(snapshot(el), snapshot(await drawBlock(w, got)));
    });

    it('on a vertical page 320 px wide, takes the viewport’s width and reflows', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await drawIn(w, { around: () => VERTICAL }, 0);
      const got = width(el);
      expect(got).to.be.within(300, 320);
      expectSame(snapshot(el), snapshot(await drawBlock(w, got)));
    });

    it('drawn in a wide block, then put in a flex row by the page, takes the width its content wants', async () => {
      const el = await drawBlock(w, 2400);
      const wide = width(el);
      // The page changes its layout after the widget was drawn (a CMS section switched to a row).
      holder!.style.display = 'flex';
      for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(width(el)).to.equal(natural ?? wide);
      expect(width(el)).to.be.within(600, 2400);
    });

    it('a block reflows at 320 px (the narrow layout applies)', async () => {
      const el = await drawBlock(w, 320);
      const wide = await drawBlock(w, 900);
      const part = (e: Widget) =>
        getComputedStyle(e.shadowRoot!.querySelector('.frame > .summary')!).fontSize;
      expect(part(el)).to.not.equal(part(wide));
    });
  });
}
