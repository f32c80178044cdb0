/**
 * Drawing a widget in a page and comparing what it draws (page-rules.test.ts, page-layouts.test.ts): the size
 * and place of every element of the shadow tree relative to the host, and the computed styles that matter.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { leeds, ready, type Widget } from '../base/speech.js';

export type WidgetCase = { tag: string; data: unknown; attrs?: Record<string, string> };

export const WIDGETS: WidgetCase[] = [
  { tag: 'ik-judgement-grid', data: leeds.inspection2010 },
  { tag: 'ik-rag-matrix', data: leeds.progress2009 },
  { tag: 'ik-kpi-sparkline', data: leeds.indicators.kpis[0], attrs: { variant: 'card' } },
  { tag: 'ik-deadline-timeline', data: leeds.actions2010 },
];

const TAGS = 'ik-judgement-grid, ik-rag-matrix, ik-kpi-sparkline, ik-deadline-timeline';

/** Hand-written rules real CMS themes carry, each aimed (also) at the host. */
export const RULES: Record<string, string> = {
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
RULES['an rtl page'] = 'html, body { direction: rtl }';
RULES.animation = `@keyframes page-in { from { opacity: 0; transform: translateX(40px) } } ${TAGS} { animation: page-in 100s infinite }`;
RULES['all combined'] = Object.values(RULES).join('\n');

export const PROPS = [
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
  'animation-name',
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

/** A widget of the case, not yet in the page. */
export function widget(w: WidgetCase, hostStyle = ''): Widget {
  const el = document.createElement(w.tag) as Widget;
  for (const [k, v] of Object.entries(w.attrs ?? {})) el.setAttribute(k, v);
  if (hostStyle) el.setAttribute('style', hostStyle);
  (el as unknown as { data: unknown }).data = w.data;
  return el;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Drawn, its rows all drawn, the page's fonts loaded, and what its size observers report handled: two frames
 * (each reports the layout of the frame before) and the update they ask for.
 */
export async function settled(el: Widget): Promise<Widget> {
  await ready(el);
  await document.fonts.ready;
  await frame();
  await frame();
  await el.updateComplete;
  return el;
}

export type Snapshot = ReturnType<typeof snapshot>;

/** Every element of the widget as laid out and styled: its box relative to the host (none if not drawn), and PROPS. */
export function snapshot(el: Widget) {
  const host = el.getBoundingClientRect();
  // Not `.natural`: it holds the width the content wants (natural-width.ts), not something drawn.
  const all = [el, ...Array.from(el.shadowRoot!.querySelectorAll('*:not(.natural)'))];
  return all.map((e) => {
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return {
      el: `${e.localName}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : ''}.${e.getAttribute('class') ?? ''}`,
      box:
        e.getClientRects().length === 0
          ? 'not drawn'
          : [r.left - host.left, r.top - host.top, r.width, r.height].map((n) => Math.round(n * 100) / 100),
      ...Object.fromEntries(PROPS.map((p) => [p, s.getPropertyValue(p)])),
    };
  });
}

export function expectSame(actual: Snapshot, bare: Snapshot): void {
  expect(actual.length, 'elements drawn').to.equal(bare.length);
  // The first element that differs, named, rather than a diff of thousands of lines.
  for (let i = 0; i < bare.length; i++)
    expect(actual[i], `element ${i}: ${bare[i]!.el}`).to.deep.equal(bare[i]);
}
