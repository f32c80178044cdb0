/**
 * Every demo page (demo/*.html), the embed page once for each widget, loaded in a frame as wide as the window
 * at 1280 px, 640 px and 320 px (400% zoom), and checked by axe as a whole document once every widget on it has
 * drawn: the rules are issue #14's (WCAG 2.0/2.1/2.2 A and AA, axe's best practices; test/setup/axe.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clearFetchCache } from '../../src/core/load/shared.js';
import { DEFAULT_VIEWPORT, expectNoAxeViolations, viewportOf, WIDTHS } from '../setup/axe.js';

interface Page {
  /** The address under demo/. */
  path: string;
  /** How many widgets it draws, at least (0: it has no script, or none). */
  widgets: number;
  /** What else must be there before it is checked. */
  ready?: (doc: Document) => boolean;
}

const embed = (query: string) => `embed.html?${query}`;
const PAGES: Page[] = [
  { path: 'index.html', widgets: 16 },
  { path: 'derby.html', widgets: 2 },
  { path: 'cymraeg.html', widgets: 7 },
  { path: 'ees.html', widgets: 7 },
  { path: 'ilacs.html', widgets: 2 },
  { path: 'editor.html', widgets: 3 },
  { path: 'no-script.html', widgets: 0 },
  { path: 'playground.html', widgets: 1 },
  { path: 'react.html', widgets: 2 },
  { path: 'vue.html', widgets: 2 },
  {
    path: 'data-check.html',
    widgets: 0,
    ready: (doc) => doc.querySelectorAll('#checks tbody tr').length === 6,
  },
  { path: embed('widget=judgement-grid&src=leeds-report.json&select=inspection2010'), widgets: 1 },
  { path: embed('widget=rag-matrix&src=leeds-report.json&select=progress2009'), widgets: 1 },
  {
    path: embed('widget=kpi-sparkline&src=leeds-report.json&select=indicators&ref=NI%2059&variant=card'),
    widgets: 1,
  },
  { path: embed('widget=deadline-timeline&src=leeds-report.json&select=actions2010'), widgets: 1 },
];

/**
 * Pages and widths where axe finds a violation on the code this was written against, each pending with the
 * violation named, until the fixes of issue #14 land. Key: `<path>@<width>`.
 */
const PENDING: Record<string, string> = {};

type Widget = HTMLElement & { updateComplete?: Promise<boolean> };

/** The page in a frame filling the window, once every widget on it has left the loading state. */
async function open(page: Page): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Demo page" style="position: fixed; inset: 0; width: 100vw; height: 100vh; border: 0" src=${`/demo/${page.path}`}></iframe>`,
  );
  const doc = () => frame.contentDocument;
  await waitUntil(
    () => doc()?.readyState === 'complete' && doc()!.location.pathname.startsWith('/demo/'),
    `${page.path} never loaded`,
    { timeout: 20000 },
  );
  const win = frame.contentWindow!;
  const widgets = () =>
    Array.from(doc()!.querySelectorAll<Widget>('*')).filter((e) => e.localName.startsWith('ik-'));
  await waitUntil(
    () => {
      const all = widgets();
      return (
        all.length >= page.widgets &&
        all.every((w) => !win.customElements.get(w.localName) || w.getAttribute('state') !== 'loading') &&
        (page.ready?.(doc()!) ?? true)
      );
    },
    `${page.path}: its widgets never drew`,
    { timeout: 20000 },
  );
  // Every part drawn (a long grid is drawn in parts), so axe checks all of it.
  await Promise.all(widgets().map((w) => w.updateComplete));
  return frame;
}

afterEach(async () => {
  clearFetchCache();
  await setViewport(DEFAULT_VIEWPORT);
});

describe('demo pages under axe', function () {
  this.timeout(60000);
  for (const page of PAGES) {
    for (const width of WIDTHS) {
      const pending = PENDING[`${page.path}@${width}`];
      (pending ? it.skip : it)(
        `${page.path} at ${width} px has no accessibility violations and does not scroll sideways`,
        async () => {
          await setViewport(viewportOf(width));
          const frame = await open(page);
          expect(frame.contentWindow!.innerWidth).to.equal(width);
          // WCAG 1.4.10: at 320 px (400% zoom) nothing but a wide table, inside its own box, scrolls sideways.
          expect(frame.contentDocument!.documentElement.scrollWidth, 'page width').to.be.at.most(width);
          await expectNoAxeViolations(frame.contentDocument!, frame.contentWindow!);
        },
      );
    }
  }
});
