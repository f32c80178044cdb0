/**
 * Rules a CMS theme aims at every element (issue 18): each matches the widget's host, which lives in the page's
 * tree, so without care its value inherits into the whole shadow tree. Each widget is drawn on a bare page and
 * again with the page's rule in force, and what matters is compared exactly: the size and place of every
 * element in the shadow tree, relative to the host, and its computed typography, colour, box sizing, direction
 * and transitions. The theming controls (`--ik-*` tokens and `::part`) must still change the widget under the
 * same rules. docs/reference.md §7 says what the page can and cannot change.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { leeds, ready, type Widget } from '../base/speech.js';

const WIDGETS: { tag: string; data: unknown; attrs?: Record<string, string> }[] = [
  { tag: 'ik-judgement-grid', data: leeds.inspection2010 },
  { tag: 'ik-rag-matrix', data: leeds.progress2009 },
  { tag: 'ik-kpi-sparkline', data: leeds.indicators.kpis[0], attrs: { variant: 'card' } },
  { tag: 'ik-deadline-timeline', data: leeds.actions2010 },
];
const TAGS = 'ik-judgement-grid, ik-rag-matrix, ik-kpi-sparkline, ik-deadline-timeline';

/** Hand-written rules real CMS themes carry, each aimed (also) at the host. */
const RULES: Record<string, string> = {
  'font-family !important': '* { font-family: Georgia, serif !important }',
  'line-height !important': '* { line-height: 1.8 !important }',
  'box-sizing: content-box !important': '*, *::before, *::after { box-sizing: content-box !important }',
  color: '* { color: red }',
  ':where(*)': ':where(*) { font-size: 20px; color: blue; letter-spacing: 1px }',
  'body *':
    'body * { font-family: "Times New Roman"; line-height: 2; word-spacing: 4px; text-align: center }',
  'a tag selector': `${TAGS} { font: italic 700 13px/1.6 Georgia; color: green; text-transform: uppercase; white-space: nowrap }`,
  'a private token': '* { --_space: 0; --_font-size: 30px; --_text-colour: red; --_border-colour: red }',
  transition: '* { transition: all 1s }',
  'inherited properties :host never named':
    '* { font-variant-caps: small-caps; text-shadow: 1px 1px red; font-stretch: condensed; font-kerning: none; -webkit-text-stroke: 1px red; scrollbar-color: red blue; writing-mode: horizontal-tb; word-break: break-all; hyphens: auto; text-underline-offset: 8px; caret-color: red; font-feature-settings: "smcp"; text-rendering: optimizeSpeed; tab-size: 20 }',
};
RULES['all combined'] = Object.values(RULES).join('\n');

const PROPS = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'white-space',
  'box-sizing',
  'color',
  'direction',
  'unicode-bidi',
  'writing-mode',
  'transition-duration',
  'font-variant-caps',
  'text-shadow',
  'font-stretch',
  'font-kerning',
  '-webkit-text-stroke-width',
  'scrollbar-color',
  'word-break',
  'hyphens',
  'text-underline-offset',
  'caret-color',
  'font-feature-settings',
  'text-rendering',
  'tab-size',
  'padding-top',
  'border-top-color',
] as const;

let holder: HTMLElement | undefined;
let sheet: HTMLStyleElement | undefined;
afterEach(() => {
  holder?.remove();
  sheet?.remove();
  holder = undefined;
  sheet = undefined;
});

async function draw(w: (typeof WIDGETS)[number], css = '', hostStyle = ''): Promise<Widget> {
  sheet?.remove();
  holder?.remove();
  sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  holder = document.createElement('div');
  holder.style.width = '800px';
  const el = document.createElement(w.tag) as Widget;
  for (const [k, v] of Object.entries(w.attrs ?? {})) el.setAttribute(k, v);
  if (hostStyle) el.setAttribute('style', hostStyle);
  (el as unknown as { data: unknown }).data = w.data;
  holder.append(el);
  document.body.append(holder);
  return ready(el);
}

/** Every element of the widget as laid out and styled: its box relative to the host, and PROPS. */
function snapshot(el: Widget) {
  const host = el.getBoundingClientRect();
  const all = [el, ...Array.from(el.shadowRoot!.querySelectorAll('*'))];
  return all.map((e) => {
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return {
      el: `${e.localName}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : ''}.${e.getAttribute('class') ?? ''}`,
      box: [r.left - host.left, r.top - host.top, r.width, r.height].map((n) => Math.round(n * 100) / 100),
      ...Object.fromEntries(PROPS.map((p) => [p, s.getPropertyValue(p)])),
    };
  });
}

function expectSame(actual: ReturnType<typeof snapshot>, bare: ReturnType<typeof snapshot>) {
  expect(actual.length, 'elements drawn').to.equal(bare.length);
  // The first element that differs, named, rather than a diff of thousands of lines.
  for (let i = 0; i < bare.length; i++)
    expect(actual[i], `element ${i}: ${bare[i]!.el}`).to.deep.equal(bare[i]);
}

describe('rules aimed at every element of the page', () => {
  for (const w of WIDGETS) {
    describe(w.tag, () => {
      let bare: ReturnType<typeof snapshot>;
      before(async () => {
        bare = snapshot(await draw(w));
        holder?.remove();
        sheet?.remove();
      });
      for (const [name, css] of Object.entries(RULES)) {
        it(`is drawn as on a bare page under ${name}`, async () => {
          expectSame(snapshot(await draw(w, css)), bare);
        });
      }

      it('still takes the --ik-* tokens and ::part under every rule', async () => {
        const el = await draw(
          w,
          `${RULES['all combined']}\n${w.tag}::part(base) { outline: 3px solid rgb(4, 5, 6) }`,
          '--ik-text-colour: rgb(1, 2, 3); --ik-font-family: Verdana; --ik-space: 20px',
        );
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(getComputedStyle(base).outlineColor).to.equal('rgb(4, 5, 6)');
        expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(el).fontFamily).to.equal('Verdana');
        expect(getComputedStyle(el).getPropertyValue('--_space').trim()).to.equal('20px');
        const inner = base;
        expect(getComputedStyle(inner).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(inner).fontFamily).to.equal('Verdana');
      });
    });
  }
});
