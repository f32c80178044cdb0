/**
 * Every demo page and the embed page under the kit's strict Content-Security-Policy (docs/reference.md §8):
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
 * trusted-types lit-html 'allow-duplicates'`, served at /csp/… with a recorder of violations
 * (test/server/test-api.mjs). The built pages are checked the same way by scripts/check-bundle.mjs.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

interface CspWindow extends Window {
  violations?: string[];
}

const PAGES: [path: string, widgets: number][] = [
  ['index.html', 16],
  ['derby.html', 2],
  ['cymraeg.html', 7],
  ['ees.html', 7],
  ['ilacs.html', 2],
  ['editor.html', 3],
  ['no-script.html', 0],
  ['playground.html', 1],
  ['data-check.html', 0],
  ['react.html', 2],
  ['vue.html', 2],
  ['embed.html?widget=judgement-grid&src=leeds-report.json&select=inspection2010', 1],
  ['embed.html?widget=kpi-sparkline&src=leeds-report.json&select=indicators&ref=NI%2059&variant=card', 1],
];

describe('the demo pages and the embed page under the strict CSP', () => {
  for (const [path, count] of PAGES) {
    it(`${path.split('&')[0]} draws with no violation`, async function () {
      this.timeout(45000);
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="Demo page" style="width: 1000px; height: 700px; border: 0" src=${`/csp/demo/${path}`}></iframe>`,
      );
      const win = () => frame.contentWindow as CspWindow | null;
      await waitUntil(
        () => win()?.violations !== undefined && frame.contentDocument?.readyState === 'complete',
        `${path} never loaded`,
        { timeout: 20000 },
      );
      const doc = frame.contentDocument!;
      const widgets = () =>
        Array.from(doc.querySelectorAll('*')).filter((e) => e.localName.startsWith('ik-') && e.shadowRoot);
      const drawn = waitUntil(
        () =>
          widgets().length >= count &&
          widgets().every((w) => w.getAttribute('state') !== 'loading') &&
          (!path.startsWith('data-check') || doc.querySelectorAll('#checks tbody tr').length === 6),
        `${path}: its widgets never drew`,
        { timeout: 20000 },
      );
      await drawn.catch((e: Error) => {
        throw new Error(`${e.message}; violations: ${win()?.violations?.join('; ')}`);
      });
      expect(
        widgets()
          .map((w) => w.getAttribute('state'))
          .filter((s) => s !== 'ready' && s !== 'error'),
      ).to.deep.equal([]);
      // Vue creates a Trusted Types policy of its own, `vue`, when it loads (it works without it, as here, with
      // render functions): a Vue application adds it to the list, `trusted-types lit-html vue 'allow-duplicates'`
      // (README, Security). Nothing else may be refused.
      const violations = win()!.violations!.filter(
        (v) => !(path === 'vue.html' && /^trusted-types trusted-types-policy .*vue-example/.test(v)),
      );
      expect(violations).to.deep.equal([]);
    });
  }
});

describe('the playground under the strict CSP', () => {
  it('previews pasted CSV and JSON, valid or not, with no violation, and its copied tag keeps the inline script', async function () {
    this.timeout(45000);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="Playground" style="width: 1000px; height: 800px; border: 0" src="/csp/demo/playground.html"></iframe>`,
    );
    const win = () => frame.contentWindow as CspWindow | null;
    const preview = () => frame.contentDocument?.querySelector<HTMLElement>('#preview [state]');
    await waitUntil(() => win()?.violations !== undefined && preview(), 'the playground never loaded', {
      timeout: 20000,
    });
    const doc = frame.contentDocument!;
    const data = doc.getElementById('data') as HTMLTextAreaElement;
    const widget = doc.getElementById('widget') as HTMLSelectElement;
    // Each preview: the widget, the data typed, and a text it draws (its data, or a problem in its panel).
    const previews: [name: string, text: string, drawn: string][] = [
      ['rag-matrix', 'row,group,column,status_or_rating,note\nESCR,Safeguarding,April 2009,Good,\n', 'ESCR'],
      [
        'rag-matrix',
        'row,group,column,status_or_rating,note\nESCR,Safeguarding,April 2009,Goood,\n',
        'Goood',
      ],
      [
        'judgement-grid',
        JSON.stringify({
          columns: [{ id: 'a', label: 'A' }],
          rows: [{ label: 'From JSON', grades: { a: 'Good' } }],
        }),
        'From JSON',
      ],
      ['judgement-grid', '{ "rows": [], }', 'not valid JSON'],
    ];
    for (const [name, text, drawn] of previews) {
      widget.value = name;
      widget.dispatchEvent(new Event('change'));
      data.value = text;
      data.dispatchEvent(new Event('input'));
      await waitUntil(
        () => {
          const el = preview();
          return (
            el?.localName === `ik-${name}` &&
            el.getAttribute('state') !== 'loading' &&
            (el.shadowRoot?.textContent ?? '').includes(drawn)
          );
        },
        `${name} never drew ${JSON.stringify(text)}; violations: ${win()?.violations?.join('; ')}`,
        { timeout: 10000 },
      );
      expect(preview()!.querySelector('script')).to.equal(null);
      const tag = (doc.getElementById('tag') as HTMLTextAreaElement).value;
      expect(tag).to.contain(`<script type="${text.startsWith('{') ? 'application/json' : 'text/csv'}">`);
    }
    expect(win()!.violations).to.deep.equal([]);
  });
});
