/**
 * Issue 22: every widget, in every state of the stories, drawn inside `lang="cy"`, says nothing in the kit's own
 * English: no text node, `aria-label`, `title` or live region of its shadow root holds a word of the British
 * English catalogue that the Welsh one has not (the data's own text is left out: it is the editor's, in
 * whatever language they wrote). Each story is also checked with axe in Welsh, and the language is shown to
 * follow the page live.
 *
 * The problems of the error panel are checked too: their places, messages and path lines. What a problem quotes
 * (the data's text, a word to type as the reader takes it) and a path into the data are not the kit's words.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { CY, EN_GB } from '../../src/core/i18n/index.js';
import { clearFetchCache } from '../../src/core/load/shared.js';
import * as timeline from '../../stories/deadline-timeline.stories.js';
import * as grid from '../../stories/judgement-grid.stories.js';
import * as spark from '../../stories/kpi-sparkline.stories.js';
import * as rag from '../../stories/rag-matrix.stories.js';
import derby from '../fixtures/derby-report.json';
import leeds from '../fixtures/leeds-report.json';
import { expectNoAxeViolations } from '../setup/axe.js';
import { storyWidgets } from '../setup/story-widgets.js';

type Render = (args: Record<string, unknown>) => TemplateResult;
interface Story {
  render?: Render;
  args?: Record<string, unknown>;
  beforeEach?: () => () => void;
  parameters?: { state?: string };
}
interface StoryModule {
  default: { title: string; render?: Render; args?: Record<string, unknown> };
  [name: string]: unknown;
}

/** Words that are the same in both languages or are names (file types, keys, the event, the kit's tag words). */
const SHARED = new Set([
  'csv',
  'png',
  'svg',
  'excel',
  'home',
  'end',
  'enter',
  'ofsted',
  'cqc',
  'ik-error',
  'data',
  'src',
]);

/** The kit's own English words: those of the English catalogue that no Welsh entry uses. */
function englishWords(): Set<string> {
  const texts = (catalogue: object) =>
    Object.values(catalogue).flatMap((e: string | Record<string, string>) =>
      typeof e === 'string' ? [e] : Object.values(e),
    );
  const words = (text: string) =>
    text
      .replace(/\{\w+\}/g, ' ')
      .toLowerCase()
      .split(/[^a-z’'-]+/)
      .filter((w) => w.length >= 3);
  const welsh = new Set(texts(CY).flatMap(words));
  return new Set(
    texts(EN_GB)
      .flatMap(words)
      .filter((w) => !welsh.has(w) && !SHARED.has(w)),
  );
}
const ENGLISH = englishWords();

/** Every string in a value (the data's own words), longest first so that a longer one is taken out whole. */
function strings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (value.trim()) out.add(value.trim());
  } else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The words a widget draws and speaks: its shadow roots' text nodes and names, with where each is. */
function spoken(root: ShadowRoot | Element, out: { text: string; where: string }[] = []) {
  const walk = (node: Node, where: string) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) out.push({ text, where });
      return;
    }
    if (!(node instanceof Element || node instanceof ShadowRoot)) return;
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      for (const a of ['aria-label', 'title', 'aria-description', 'alt', 'aria-roledescription']) {
        const v = node.getAttribute(a);
        if (v?.trim()) out.push({ text: v.trim(), where: `${where} [${a}]` });
      }
      if (node.shadowRoot) walk(node.shadowRoot, `${where} ${node.localName}`);
    }
    for (const child of node.childNodes)
      walk(child, node instanceof Element ? `${where} ${node.localName}` : where);
  };
  walk(root, '');
  return out;
}

/** The kit's English words in a text, once the data's own words are taken out. */
function englishIn(text: string, data: readonly string[]): string[] {
  let rest = text;
  for (const d of data) if (rest.includes(d)) rest = rest.split(d).join(' ');
  // What a problem quotes is the data's, or a word to type as the reader takes it ("Immediately"); a path into
  // the data (`rows[3].grades.lac`) is the data's own keys, exact for whoever maintains the file.
  rest = rest.replace(/"(?:[^"\\]|\\.)*"/g, ' ').replace(/[\w$-]+(?:\[[^\]]*\]|\.[\w$-]+)+/g, ' ');
  return rest
    .toLowerCase()
    .split(/[^a-z’'-]+/)
    .filter((w) => ENGLISH.has(w));
}

afterEach(() => clearFetchCache());

/** The data a story's widgets draw: its args, the report files the stories fetch, and any inline table. */
function dataOf(args: Record<string, unknown>, el: Element): string[] {
  const found = strings(args);
  strings(leeds, found);
  strings(derby, found);
  // An inline table's cells, each its own words.
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) strings(n.textContent, found);
  return [...found].sort((a, b) => b.length - a.length);
}

describe('Welsh: the kit’s own English words in lang="cy"', () => {
  it('the list of English words is the catalogue’s (a sanity check that the test can fail)', () => {
    for (const w of ['showing', 'download', 'judgement', 'overdue', 'loading'])
      expect(ENGLISH.has(w), w).to.equal(true);
    expect(englishIn('Showing all 3 items', [])).to.deep.equal(['showing', 'all', 'items']);
    expect(englishIn('Yn dangos y cyfan: 3 eitem', [])).to.deep.equal([]);
    // A problem's quoted data and its path are left out; its words are not.
    expect(englishIn('"Showing all" rows[0].grades["Safe guarding"].rating', [])).to.deep.equal([]);
    expect(englishIn('"Soonish" is not a timescale: check the report', [])).to.include.members([
      'timescale',
      'check',
      'report',
    ]);
  });

  for (const mod of [grid, rag, spark, timeline] as unknown as StoryModule[]) {
    describe(mod.default.title, function () {
      this.timeout(60000);
      for (const [name, value] of Object.entries(mod)) {
        if (name === 'default') continue;
        const s = value as Story;
        it(`${name} says nothing in the kit’s English and is axe clean`, async () => {
          const restore = s.beforeEach?.();
          try {
            const render = s.render ?? mod.default.render!;
            const args = { ...mod.default.args, ...s.args };
            const el = await fixture<HTMLElement>(html`<div lang="cy">${render(args)}</div>`);
            const widgets = await storyWidgets(el, { loading: s.parameters?.state === 'loading' });
            const data = dataOf(args, el);
            const english = widgets.flatMap((w) =>
              spoken(w.shadowRoot!).flatMap(({ text, where }) => {
                const found = englishIn(text, data);
                return found.length ? [`${w.localName}${where}: "${text}" (${found.join(', ')})`] : [];
              }),
            );
            expect(english, english.join('\n')).to.deep.equal([]);
            await expectNoAxeViolations(el);
          } finally {
            restore?.();
          }
        });
      }
    });
  }
});

describe('the language follows the page, live', () => {
  const grid2010 = leeds.inspection2010;

  it('lang="cy" on one widget in an English page draws it in Welsh, its neighbour in English', async () => {
    const el = await fixture<HTMLElement>(
      html`<div lang="en-GB"><ik-judgement-grid lang="cy" .data=${grid2010}></ik-judgement-grid><ik-judgement-grid .data=${grid2010}></ik-judgement-grid></div>`,
    );
    const [welsh, english] = [...el.querySelectorAll('ik-judgement-grid')] as (HTMLElement & {
      updateComplete: Promise<boolean>;
    })[];
    await welsh!.updateComplete;
    await english!.updateComplete;
    expect(welsh!.shadowRoot!.querySelector('.corner')?.textContent?.trim()).to.equal('Maes');
    expect(english!.shadowRoot!.querySelector('.corner')?.textContent?.trim()).to.equal('Area');
  });

  it('changing lang on an ancestor, then on the widget, draws it again in the new language', async () => {
    const el = await fixture<HTMLElement>(
      html`<section lang="en-GB"><ik-rag-matrix .data=${leeds.progress2009}></ik-rag-matrix></section>`,
    );
    const widget = el.querySelector('ik-rag-matrix') as HTMLElement & { updateComplete: Promise<boolean> };
    await widget.updateComplete;
    const corner = () => widget.shadowRoot!.querySelector('.corner')?.textContent?.trim();
    const show = () => widget.shadowRoot!.querySelector('.filters-label')?.textContent?.trim();
    expect(corner()).to.equal('Item');
    el.setAttribute('lang', 'cy');
    await waitUntil(() => corner() === 'Eitem', 'the ancestor’s lang did not redraw the widget');
    expect(show()).to.equal('Dangos:');
    widget.setAttribute('lang', 'en-GB');
    await waitUntil(() => corner() === 'Item', 'the widget’s own lang did not redraw it');
    widget.removeAttribute('lang');
    await waitUntil(() => corner() === 'Eitem', 'taking lang away did not follow the ancestor again');
  });

  it('a lang changed inside another component’s shadow root draws the widget in it again', async () => {
    // A CMS web part or a design system's card: the widget sits in a shadow root the page does not see into.
    if (!customElements.get('test-card')) {
      customElements.define(
        'test-card',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<div lang="en-GB"><slot></slot></div>';
          }
        },
      );
    }
    const el = await fixture<HTMLElement>(html`<test-card></test-card>`);
    const inner = el.shadowRoot!.querySelector('div')!;
    const widget = document.createElement('ik-rag-matrix') as HTMLElement & {
      data: unknown;
      updateComplete: Promise<boolean>;
    };
    widget.data = leeds.progress2009;
    inner.append(widget);
    await widget.updateComplete;
    const corner = () => widget.shadowRoot!.querySelector('.corner')?.textContent?.trim();
    expect(corner()).to.equal('Item');
    inner.setAttribute('lang', 'cy');
    await waitUntil(
      () => corner() === 'Eitem',
      'a lang changed in the shadow root did not redraw the widget',
    );
    inner.setAttribute('lang', 'en-GB');
    await waitUntil(() => corner() === 'Item', 'changing it back did not redraw the widget');
  });
});

describe('data in two languages', () => {
  type W = HTMLElement & { updateComplete: Promise<boolean> };
  const bilingual = {
    title: { en: 'Inspection of children’s services', cy: 'Arolygiad o wasanaethau plant' },
    columns: [{ id: 'o', label: { en: 'Overall effectiveness', cy: 'Effeithiolrwydd cyffredinol' } }],
    rows: [
      { label: { en: 'Leadership', cy: 'Arweinyddiaeth' }, grades: { o: 'Good' } },
      { label: { en: 'Safeguarding' }, grades: { o: 'Adequate' } },
    ],
  };

  it('JSON text as { en, cy } is read in the widget’s language; English alone is drawn with lang="en"', async () => {
    const el = await fixture<HTMLElement>(
      html`<div lang="cy"><ik-judgement-grid .data=${bilingual}></ik-judgement-grid></div>`,
    );
    const grid = el.querySelector('ik-judgement-grid') as W;
    await grid.updateComplete;
    const root = grid.shadowRoot!;
    const labels = () => [...root.querySelectorAll('tbody th .label')].map((l) => l.textContent?.trim());
    expect(root.querySelector('caption')?.textContent?.trim()).to.equal('Arolygiad o wasanaethau plant');
    expect(root.querySelector('thead th:nth-child(2)')?.textContent?.trim()).to.equal(
      'Effeithiolrwydd cyffredinol',
    );
    expect(labels()).to.deep.equal(['Arweinyddiaeth', 'Safeguarding']);
    const english = [...root.querySelectorAll('tbody th .label')][1]!;
    expect(english.getAttribute('lang')).to.equal('en');
    expect([...root.querySelectorAll('tbody th .label')][0]!.hasAttribute('lang')).to.equal(false);
    // The cell of a built-in scale is the kit's word, in Welsh (CIW's and Estyn's terms).
    expect(root.querySelector('tbody td')?.textContent?.trim()).to.equal('Da (2)');
    let loads = 0;
    grid.addEventListener('ik-load', () => loads++);
    el.setAttribute('lang', 'en-GB');
    await waitUntil(() => labels()[0] === 'Leadership', 'the English text was not read on a change of lang');
    await grid.updateComplete;
    expect(root.querySelector('caption')?.textContent?.trim()).to.equal('Inspection of children’s services');
    expect(english.isConnected ? english.hasAttribute('lang') : false).to.equal(false);
    expect(loads, 'a change of language is not a new load').to.equal(0);
  });

  it('a CSV’s title_cy column gives the Welsh of its title column, row by row', async () => {
    const csv =
      'title,title_cy,due,status\nPublish the plan,Cyhoeddi’r cynllun,2010-03-31,done\nReview the audit,,2010-04-30,';
    const el = await fixture<HTMLElement>(
      html`<div lang="cy"><ik-deadline-timeline as-of="2010-05-11"><script type="text/csv">${csv}</script></ik-deadline-timeline></div>`,
    );
    const tl = el.querySelector('ik-deadline-timeline') as W;
    await waitUntil(() => tl.getAttribute('state') === 'ready', 'the CSV timeline did not draw');
    await tl.updateComplete;
    const titles = [...tl.shadowRoot!.querySelectorAll('.action-title')];
    expect(titles.map((t) => t.textContent?.trim())).to.deep.equal([
      'Cyhoeddi’r cynllun',
      'Review the audit',
    ]);
    expect(titles[1]!.getAttribute('lang')).to.equal('en');
    expect(titles[0]!.hasAttribute('lang')).to.equal(false);
  });
});
