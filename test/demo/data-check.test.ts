import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/rag-matrix/define.js';
import type { IkErrorDetail } from '../../src/base/events.js';

describe('data-check.html', () => {
  it("reports for progress2009 what the widget reports (the '3333' rating), not 'none'", async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="Data check" style="width: 900px; height: 600px; border: 0" src="/demo/data-check.html"></iframe>`,
    );
    const rows = () => Array.from(frame.contentDocument?.querySelectorAll('#checks tbody tr') ?? []);
    await waitUntil(() => rows().length === 6, 'the data check never listed the six parts', {
      timeout: 15000,
    });
    const cells = (key: string) =>
      rows()
        .map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? ''))
        .find((c) => c[1] === key)!;
    const page = cells('progress2009')[2]!;
    expect(page).to.contain('3333');

    // The widget itself, given the same part: the page lists exactly its problems.
    const errors: string[] = [];
    const el = await fixture(
      html`<ik-rag-matrix
        src="/demo/leeds-report.json"
        select="progress2009"
        @ik-error=${(e: CustomEvent<IkErrorDetail>) => errors.push(...e.detail.errors.map((p) => `${p.where}: ${p.message} (${p.path})`))}
      ></ik-rag-matrix>`,
    );
    await waitUntil(() => errors.length > 0, 'the widget reported no problem', { timeout: 10000 });
    expect(el.getAttribute('state')).to.equal('ready');
    // In the widget's words, the place first, with the exact path after it for whoever edits the file.
    expect(page).to.equal(errors.join('\n'));
    expect(page).to.match(
      /^Row "Ensure the electronic case record system \(ESCR\) p…", column "Executive Board 1st April 2009, Appendix 1": "3333" is not a rating/,
    );
    // The parts with no problem still say so.
    expect(cells('inspection2010')[2]).to.equal('none');
  });
});
