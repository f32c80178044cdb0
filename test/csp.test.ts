/**
 * All four widgets under a strict Content-Security-Policy, from JSON, CSV and a pasted table: no inline
 * script or style, no eval (d3-dsv's csvParse would need it; the kit uses csvParseRows), no style attribute
 * (positions are set through the CSSOM), and Trusted Types required for script sinks.
 *
 * The policy allows one Trusted Types policy, Lit's own (`lit-html`), which only ever passes Lit's static
 * template strings, never data. With `trusted-types 'none'` Lit 3 cannot load at all: creating its policy
 * throws, and without a policy its template sink is blocked (see the note on the hardening issue).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

interface CspWindow extends Window {
  violations: string[];
  loaded?: boolean;
  settled?: boolean;
}

/** The CSP page in a frame, once its import of the kit has loaded or failed. */
async function cspPage(query = ''): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="CSP page" style="width: 1000px; height: 900px" src=${`/test/csp/page.html${query}`}></iframe>`,
  );
  await waitUntil(() => (frame.contentWindow as CspWindow | null)?.settled, 'the import never settled', {
    timeout: 10000,
  });
  return frame;
}

describe('strict Content-Security-Policy', () => {
  it('renders all four widgets from JSON, CSV and a table with no violation', async () => {
    const frame = await cspPage();
    expect((frame.contentWindow as CspWindow).loaded, 'the page never loaded the kit').to.equal(true);
    const doc = frame.contentDocument!;
    const widgets = Array.from(doc.querySelectorAll<HTMLElement>('[id]'));
    await waitUntil(() => widgets.every((w) => w.getAttribute('state') === 'ready'), 'not all ready', {
      timeout: 10000,
    });
    // Bring up the timeline's tooltip, which is positioned through the CSSOM.
    const timeline = doc.getElementById('tl')!;
    const mark = timeline.shadowRoot!.querySelector('g.mark-at')!;
    mark.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => timeline.shadowRoot!.querySelector('.tip'), 'no tooltip');
    const csp = frame.contentWindow as CspWindow;
    expect(widgets.map((w) => `${w.id}:${w.getAttribute('state')}`)).to.deep.equal([
      'json:ready',
      'table:ready',
      'csv:ready',
      'tl:ready',
    ]);
    expect(csp.violations).to.deep.equal([]);
  });

  it("with trusted-types 'none' Lit cannot load, and a pasted table is still there to read", async () => {
    // What the hardening issue asks for word for word. Recorded here so that the day Lit (or the policy)
    // changes, this test says so.
    const frame = await cspPage('?policy=none');
    const csp = frame.contentWindow as CspWindow;
    expect(csp.loaded).to.equal(undefined);
    expect(csp.violations.join('\n')).to.contain('trusted-types');
    expect(frame.contentWindow!.customElements.get('ik-judgement-grid')).to.equal(undefined);
    // Progressive enhancement: the editor's table inside the tag is shown as it is.
    const table = frame.contentDocument!.querySelector('#table table') as HTMLTableElement;
    expect(table.offsetHeight).to.be.greaterThan(0);
    expect(table.rows[1]!.textContent).to.contain('Adequate');
  });
});
