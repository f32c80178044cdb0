/**
 * Pixel-identical in any page (issue 18). Each widget is drawn on a bare page, then under real stylesheets that
 * intranet themes are built on (installed from npm as devDependencies), under the hand-written rules that CMS
 * themes carry (page-check.ts, an rtl page among them), and in each layout that sizes it by its content, and
 * its screenshot is compared with the bare page's pixel by pixel: pixelmatch at threshold 0, anti-aliasing
 * counted, the widget at the same whole-pixel place and width, its whole pixel rows (the last, part page, is left out) (test/server/pixels.mjs takes and compares them).
 * The theming controls (`--ik-*` tokens and `::part`) must still change the pixels under all of it. The one
 * thing a page can change and no shadow root can stop, an `@font-face` that redefines Arial, is documented
 * (docs/reference.md §7) and not drawn here.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Widget } from '../base/speech.js';
import { RULES, settled, WIDGETS, type WidgetCase, widget } from './page-check.js';

/** Real stylesheets, as served from node_modules, with the attributes their pages carry on html and body. */
const SHEETS: Record<string, { href: string; html?: Record<string, string>; body?: Record<string, string> }> =
  {
    'Bootstrap 5': { href: '/node_modules/bootstrap/dist/css/bootstrap.min.css' },
    'Bootstrap 5 dark': {
      href: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
      html: { 'data-bs-theme': 'dark' },
    },
    'GOV.UK Frontend': {
      href: '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css',
      html: { class: 'govuk-template' },
      body: { class: 'govuk-template__body govuk-frontend-supported' },
    },
    'normalize.css': { href: '/node_modules/normalize.css/normalize.css' },
    'modern-normalize': { href: '/node_modules/modern-normalize/modern-normalize.css' },
    Pico: { href: '/node_modules/@picocss/pico/css/pico.min.css' },
    'Pico dark': { href: '/node_modules/@picocss/pico/css/pico.min.css', html: { 'data-theme': 'dark' } },
    'Tailwind 4 preflight': { href: '/node_modules/tailwindcss/preflight.css' },
  };

/** Layouts that size the widget by its content, in a 760 px column (page-layouts.test.ts has them all). */
const CONTEXTS: Record<string, { around: string; host?: string }> = {
  'a flex row': { around: '<div style="display: flex; width: 760px"><slot></slot></div>' },
  'width: fit-content': {
    around: '<div style="width: 760px"><div style="width: fit-content"><slot></slot></div></div>',
  },
  'inline-block': { around: '<div style="width: 760px"><slot></slot></div>', host: 'display: inline-block' },
  'a float': {
    around: '<div style="width: 760px; display: flow-root"><slot></slot></div>',
    host: 'float: left',
  },
  'an absolute box without a width': {
    around: '<div style="position: relative; width: 760px"><slot></slot></div>',
    host: 'position: absolute; top: 0; left: 0',
  },
  "a grid's auto column": {
    around: '<div style="display: grid; grid-template-columns: auto; width: 760px"><slot></slot></div>',
  },
  'a table cell': {
    around:
      '<div style="width: 760px"><table style="border-spacing: 0"><tr><td style="padding: 0"><slot></slot></td></tr></table></div>',
  },
  'a vertical page': { around: '<div style="writing-mode: vertical-rl"><slot></slot></div>' },
};

let holder: HTMLElement | undefined;
let added: Element[] = [];
const undo: (() => void)[] = [];
afterEach(() => {
  holder?.remove();
  holder = undefined;
  for (const e of added) e.remove();
  added = [];
  for (const u of undo.splice(0)) u();
});

function setAttributes(el: Element, attrs: Record<string, string> = {}): void {
  for (const [k, v] of Object.entries(attrs)) {
    const before = el.getAttribute(k);
    el.setAttribute(k, v);
    undo.push(() => (before === null ? el.removeAttribute(k) : el.setAttribute(k, before)));
  }
}

async function addSheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${href} did not load`));
  });
  document.head.append(link);
  added.push(link);
  await loaded;
}

function addRules(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  added.push(style);
}

/** The widget at the page's top left (the same whole pixel whatever the page's margins), in the markup given. */
async function drawAt(w: WidgetCase, around: string, host = '', width = 760): Promise<Widget> {
  holder?.remove();
  holder = document.createElement('div');
  holder.setAttribute('style', `position: absolute; left: 0; top: 0; margin: 0; padding: 0; border: 0`);
  // Markup of the test's own, no data.
  holder.innerHTML = around.replace('760px', `${width}px`);
  const el = widget(w, host);
  holder.querySelector('slot')!.replaceWith(el);
  document.body.append(holder);
  window.scrollTo(0, 0);
  return settled(el);
}

const BLOCK = '<div style="width: 760px"><slot></slot></div>';

/** A screenshot of the widget's box, kept on the server by name; its box, to compare. */
async function take(el: Widget, name: string): Promise<string> {
  const r = el.getBoundingClientRect();
  expect([r.left, r.top], `${name}: at a whole pixel`).to.deep.equal([Math.round(r.left), Math.round(r.top)]);
  const clip = { x: r.left, y: r.top, width: r.width, height: Math.floor(r.height) };
  await executeServerCommand('pixels-take', { name, clip });
  return `${r.width} × ${Math.floor(r.height)}`;
}

async function differ(a: string, b: string): Promise<{ differ: number; size: string; saved?: string }> {
  return executeServerCommand('pixels-diff', { a, b });
}

for (const w of WIDGETS) {
  describe(`${w.tag}, pixel by pixel`, () => {
    /** The bare page's screenshots, by width. */
    const bare = new Map<number, string>();
    async function bareAt(width: number): Promise<string> {
      if (!bare.has(width)) {
        const name = `${w.tag} bare ${width}`;
        await take(await drawAt(w, BLOCK, '', width), name);
        bare.set(width, name);
      }
      return bare.get(width)!;
    }
    after(() => executeServerCommand('pixels-drop', { names: [...bare.values()] }));

    async function expectAsBare(el: Widget, name: string): Promise<void> {
      const width = el.getBoundingClientRect().width;
      expect(width, `${name}: a whole number of pixels wide`).to.equal(Math.round(width));
      const size = await take(el, name);
      const result = await differ(name, await bareAt(width));
      await executeServerCommand('pixels-drop', { names: [name] });
      expect(result, `${name} (${size}) against the bare page; saved in ${result.saved}`).to.deep.include({
        differ: 0,
      });
    }

    for (const [name, sheet] of Object.entries(SHEETS)) {
      it(`is the same under ${name}`, async () => {
        await bareAt(760);
        await addSheet(sheet.href);
        setAttributes(document.documentElement, sheet.html);
        setAttributes(document.body, sheet.body);
        await expectAsBare(await drawAt(w, BLOCK), `${w.tag} ${name}`);
      });
    }

    it('is the same under the hand-written rules, all combined', async () => {
      await bareAt(760);
      addRules(RULES['all combined']!);
      await expectAsBare(await drawAt(w, BLOCK), `${w.tag} rules`);
    });

    for (const [name, context] of Object.entries(CONTEXTS)) {
      it(`is the same in ${name}`, async () => {
        const el = await drawAt(w, context.around, context.host);
        await expectAsBare(el, `${w.tag} ${name}`);
      });
    }

    it('still changes with the --ik-* tokens and ::part under every stylesheet and rule', async () => {
      const base = await bareAt(760);
      for (const sheet of Object.values(SHEETS)) await addSheet(sheet.href);
      addRules(RULES['all combined']!);
      const themed = await drawAt(w, BLOCK, '--ik-text-colour: rgb(120, 0, 0)');
      await take(themed, `${w.tag} token`);
      expect((await differ(`${w.tag} token`, base)).differ).to.be.above(0);
      addRules(`${w.tag}::part(base) { outline: 3px solid rgb(0, 90, 0); outline-offset: -3px }`);
      const parted = await drawAt(w, BLOCK);
      await take(parted, `${w.tag} part`);
      expect((await differ(`${w.tag} part`, base)).differ).to.be.above(0);
      await executeServerCommand('pixels-drop', { names: [`${w.tag} token`, `${w.tag} part`] });
    });
  });
}
