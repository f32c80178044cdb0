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
      // The playground writes its preview's data (a <script type="text/csv"> it makes as the editor types), and
      // Trusted Types check any script's text made by a script, data or not: each is reported (and the data,
      // never run, is still read). The playground is the project's tool page, not a page of the release.
      const violations = win()!.violations!.filter(
        (v) =>
          !(path === 'vue.html' && /^trusted-types trusted-types-policy .*vue-example/.test(v)) &&
          !(
            path === 'playground.html' &&
            /^require-trusted-types-for trusted-types-sink .*playground\.ts/.test(v)
          ),
      );
      expect(violations).to.deep.equal([]);
    });
  }
});
