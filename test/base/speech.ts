/**
 * What a screen reader gets from the page, for tests: the accessibility tree (through shadow roots), the text
 * as read out, the headings; and the four widgets drawn from the Leeds data.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { axNodes } from '../setup/ax-nodes.js';
import '../../src/define.js';
import type { IkLoadDetail } from '../../src/base/events.js';
import type { IkElement } from '../../src/base/ik-element.js';

export const leeds = (await (await fetch('/test/fixtures/leeds-report.json')).json()) as Record<
  string,
  unknown
> & {
  inspection2010: { title: string };
  progress2009: { title: string };
  actions2010: { title: string };
  indicators: { kpis: { title: string }[] };
};

export type Widget = IkElement<object, unknown>;

export const text = (el: globalThis.Node | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const problemItems = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[part="error"] li'));
/**
 * Each problem's first line as the panel shows it: the place in the editor's words, then what is wrong and
 * what to do (`Row "Overall effectiveness", column "Safeguarding": "Adequte" is not a grade …`).
 */
export const problems = (el: Element) =>
  problemItems(el).map((li) => {
    const path = li.querySelector('.problem-path');
    const all = text(li);
    return path ? all.slice(0, all.length - text(path).length).trim() : all;
  });
/** Each problem's second line, the exact path (`Path in the data: rows[0].grades.sg`), or '' when it has none. */
export const problemPaths = (el: Element) =>
  problemItems(el).map((li) => text(li.querySelector('.problem-path')));

/** A widget from a template, once its first update is done. */
export async function drawn<E extends HTMLElement>(template: ReturnType<typeof html>): Promise<E> {
  const el = await fixture<E>(template);
  await (el as unknown as Widget).updateComplete;
  return el;
}

export async function ready<E extends Widget>(el: E): Promise<E> {
  await waitUntil(() => el.state !== 'loading', 'still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/**
 * Every node of what a screen reader gets from the page, depth first (the page holds one widget at a time: a
 * snapshot rooted at a custom element is cut short by the snapshot's pruning).
 */
export const spoken = axNodes;
/** The page's text as read out in order: the names of the nodes with nothing inside them. */
export const heard = async () =>
  (await spoken())
    .filter((n) => !n.children?.length)
    .map((n) => n.name ?? '')
    .join('');
export const headings = async () =>
  (await spoken()).filter((n) => n.role === 'heading').map((n) => ({ name: n.name, level: n.level }));

/** The four widgets, each with its Leeds data and its title; `level` is the heading-level attribute. */
export const widgets = [
  {
    tag: 'ik-judgement-grid',
    title: leeds.inspection2010.title,
    make: (level?: string) =>
      fixture<Widget>(
        html`<ik-judgement-grid heading-level=${level ?? ''} .data=${leeds.inspection2010}></ik-judgement-grid>`,
      ),
  },
  {
    tag: 'ik-rag-matrix',
    title: leeds.progress2009.title,
    make: (level?: string) =>
      fixture<Widget>(
        html`<ik-rag-matrix heading-level=${level ?? ''} .data=${leeds.progress2009}></ik-rag-matrix>`,
      ),
  },
  {
    tag: 'ik-kpi-sparkline (card)',
    title: leeds.indicators.kpis[0]!.title,
    make: (level?: string) =>
      fixture<Widget>(
        html`<ik-kpi-sparkline variant="card" heading-level=${level ?? ''} .data=${leeds.indicators.kpis[0]}></ik-kpi-sparkline>`,
      ),
  },
  {
    tag: 'ik-deadline-timeline',
    title: leeds.actions2010.title,
    make: (level?: string) =>
      fixture<Widget>(
        html`<ik-deadline-timeline heading-level=${level ?? ''} .data=${leeds.actions2010}></ik-deadline-timeline>`,
      ),
  },
];

const mountedHolders: HTMLElement[] = [];
/** Removes every widget `mount` put on the page (call it in an afterEach). */
export function unmountAll(): void {
  for (const holder of mountedHolders.splice(0)) holder.remove();
}

/**
 * Puts `markup` (one widget, as an editor pastes it: inline scripts and tables included) on the page and waits
 * for it to settle, with the detail of its `ik-load` (and its `data`) when it fired.
 */
export async function mount(
  markup: string,
): Promise<{ el: Widget; detail: IkLoadDetail | undefined; data: unknown }> {
  const holder = document.createElement('div');
  let detail: IkLoadDetail | undefined;
  holder.addEventListener('ik-load', (e) => {
    detail = (e as CustomEvent<IkLoadDetail>).detail;
  });
  holder.innerHTML = markup;
  document.body.append(holder);
  mountedHolders.push(holder);
  const el = holder.firstElementChild as Widget;
  await waitUntil(() => el.state !== 'loading' && el.state !== undefined, 'still loading', { timeout: 5000 });
  await el.updateComplete;
  return { el, detail, data: detail?.data };
}

/** The lines under a drawn widget saying how its file was read (`part="notice"`). */
export const notices = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll('[part="notice"]')).map(text);
