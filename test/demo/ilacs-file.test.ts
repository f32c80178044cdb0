/**
 * demo/ilacs.html's "Open a file": the user's own wide ILACS CSV (the national file, say) redraws the grid and
 * the RAG matrix through the kit's reading of a pasted table, under the strict CSP with no violation.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { problems } from '../base/speech.js';

interface CspWindow extends Window {
  violations?: string[];
}

/** Three authorities as the national summary writes them: more columns than the grid shows, its quirks kept. */
const NATIONAL_FORM = [
  'Local authority,Region,LA code,Inspection framework,Inspection start date,Overall effectiveness,Impact of leaders,Help and protection,In care,Care leavers,Report',
  'Example North,NE,901,short,11/09/2023,good,good,requires improvement,good,good,https://files.ofsted.gov.uk/v1/file/1',
  'Example South,SE,902,standard,,NaN,outstanding,good,good,inspection_pre_dates_judgement,https://files.ofsted.gov.uk/v1/file/2',
  'Example West,SW,903,short,09/06/2025,inadequate,inadequate,inadequate,requires improvement,requires improvement,https://files.ofsted.gov.uk/v1/file/3',
  '',
].join('\r\n');

describe('ilacs.html: Open a file', () => {
  it('redraws both widgets from the chosen CSV, keeping the 2026 judgement columns, with no CSP violation', async function () {
    this.timeout(45000);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="ILACS demo" style="width: 1000px; height: 700px; border: 0" src="/csp/demo/ilacs.html"></iframe>`,
    );
    const win = () => frame.contentWindow as (CspWindow & typeof globalThis) | null;
    const doc = () => frame.contentDocument!;
    const grid = () => doc().querySelector('ik-judgement-grid')!;
    const rag = () => doc().querySelector('ik-rag-matrix')!;
    const drawn = (el: Element) => ['ready', 'error'].includes(el.getAttribute('state') ?? '');
    await waitUntil(
      () => win()?.violations !== undefined && grid()?.shadowRoot && drawn(grid()) && drawn(rag()),
      'the page never drew',
      { timeout: 20000 },
    );

    // A labelled file control, which the browser makes keyboard operable.
    const input = doc().querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input, 'a file input').to.exist;
    expect(input.labels?.[0]?.textContent).to.match(/^Open a file/);
    expect(input.tabIndex).to.equal(0);
    expect(doc().body.textContent).to.match(/data-to-insight\/ofsted-ilacs-scrape-tool/);
    expect(doc().body.textContent).to.match(/MIT/);

    const w = win()!;
    const files = new w.DataTransfer();
    files.items.add(new w.File([NATIONAL_FORM], 'ilacs-outcomes.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new w.Event('change', { bubbles: true }));

    const rowLabels = (el: Element) =>
      Array.from(el.shadowRoot!.querySelectorAll('tbody th')).map((th) => th.textContent!.trim());
    await waitUntil(
      () =>
        drawn(grid()) &&
        rowLabels(grid()).includes('Example West') &&
        drawn(rag()) &&
        rowLabels(rag()).includes('Example West'),
      'the widgets never redrew with the file',
      { timeout: 10000 },
    );
    const headers = Array.from(grid().shadowRoot!.querySelectorAll('thead th')).map((th) =>
      th.textContent!.trim(),
    );
    expect(headers.slice(1)).to.deep.equal([
      'Impact of leaders',
      'Help and protection',
      'In care',
      'Care leavers',
    ]);
    expect(rowLabels(grid())).to.deep.equal(['Example North', 'Example South', 'Example West']);
    // The summary's quirk is the grid's problem, named in the editor's words; the matrix shows it grey.
    expect(problems(grid())).to.have.length(1);
    expect(problems(grid())[0]).to.match(
      /^Row "Example South", column "Care leavers": "inspection_pre_dates_judgement" is not a grade/,
    );
    expect(problems(rag())).to.deep.equal([]);
    const status = doc().querySelector('[role="status"]')!.textContent!;
    expect(status).to.contain('ilacs-outcomes.csv');
    expect(status).to.contain('3 local authorities');
    expect(win()!.violations).to.deep.equal([]);
  });
});
