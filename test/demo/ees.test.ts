/**
 * demo/ees.html: several sparklines read one Explore Education Statistics file (a trimmed copy of DfE's
 * published Children in need referrals table, test/fixtures/ees/) through one fetch, each choosing its area
 * and column with `ref` (docs/reference.md §5.3).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const FILE = 'ees/children-in-need-referrals-2013-to-2025.csv';

describe('ees.html', () => {
  it('feeds every sparkline from one request for the EES file, each with its area’s values', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="DfE statistics" style="width: 1024px; height: 800px; border: 0" src="/demo/ees.html"></iframe>`,
    );
    const sparklines = () => Array.from(frame.contentDocument?.querySelectorAll('ik-kpi-sparkline') ?? []);
    await waitUntil(
      () => sparklines().length === 7 && sparklines().every((el) => el.getAttribute('state') === 'ready'),
      'the seven sparklines never all became ready',
      { timeout: 15000 },
    );
    const requests = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith(FILE));
    expect(requests.length).to.equal(1);

    // Each chart is named by its sentence: its ref, the latest value and the one before it, never a judgement.
    const sentence = (ref: string) => {
      const el = sparklines().find((s) => s.getAttribute('ref') === ref)!;
      return el.shadowRoot?.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '';
    };
    const latest: Record<string, string> = {
      'England: rereferral_percent': '22.6% in 2025',
      'Yorkshire and The Humber: rereferral_percent': '21.7% in 2025',
      'Leeds: rereferral_percent': '24.2% in 2025',
      'Kingston upon Hull, City of: rereferral_percent': '21.7% in 2025',
      'Derby: rereferral_percent': '23.1% in 2025',
      'Leeds: referral_count': '10,304 in 2025',
    };
    for (const [ref, words] of Object.entries(latest)) {
      expect(sentence(ref).startsWith(`${ref} `), ref).to.equal(true);
      expect(sentence(ref), ref).to.contain(`: ${words}`);
      expect(sentence(ref), ref).to.not.match(/improving|worsening/i);
    }
    expect(sentence('Leeds: referral_count')).to.contain('9,914 in 2024');
    expect(sentence('Leeds: rereferral_percent')).to.contain('13 values').and.contain('the first in 2013');
    for (const el of sparklines())
      expect(el.shadowRoot?.querySelector('[part="error"]')?.textContent ?? '').to.equal('');
  });
});
