/**
 * A sparkline fed an Explore Education Statistics file (docs/reference.md §5.3): `ref` chooses the area and
 * the indicator column; a wrong one is shown in the problem panel, naming what the file holds.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/kpi-sparkline/define.js';
import type { IkKpiSparkline } from '../../src/components/kpi-sparkline/kpi-sparkline.js';

const SRC = '/test/fixtures/ees/children-in-need-referrals-2013-to-2025.csv';

describe('<ik-kpi-sparkline> with an EES file', () => {
  it('draws the area and column its ref names, and says nothing is judged', async () => {
    const el = await fixture<IkKpiSparkline>(
      html`<ik-kpi-sparkline src=${SRC} ref="Derby: rereferral_percent"></ik-kpi-sparkline>`,
    );
    await waitUntil(() => el.getAttribute('state') === 'ready', 'the sparkline never drew', {
      timeout: 10000,
    });
    const name = el.shadowRoot?.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '';
    expect(name).to.contain('23.1% in 2025');
    expect(el.status).to.equal('none');
    expect(['increasing', 'decreasing', 'no-change']).to.include(el.trend);
  });

  it('shows an area not in the file as a problem at ref, naming the areas there are', async () => {
    const el = await fixture<IkKpiSparkline>(
      html`<ik-kpi-sparkline src=${SRC} ref="Darby: rereferral_percent"></ik-kpi-sparkline>`,
    );
    await waitUntil(() => el.getAttribute('state') === 'error', 'the sparkline never showed the problem', {
      timeout: 10000,
    });
    const text = el.shadowRoot?.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('The ref attribute: "Darby" is not an area in the file: use one of its areas');
    expect(text).to.contain('"Derby"');
  });

  it('reads a new ref from the same file without fetching it again', async () => {
    const el = await fixture<IkKpiSparkline>(
      html`<ik-kpi-sparkline src=${SRC} ref="Leeds: referral_count"></ik-kpi-sparkline>`,
    );
    await waitUntil(() => el.getAttribute('state') === 'ready', 'the sparkline never drew', {
      timeout: 10000,
    });
    const fetches = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(SRC)).length;
    const before = fetches();
    el.ref = 'England: referral_count';
    await waitUntil(
      () =>
        (el.shadowRoot?.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '').includes(
          '632,830 in 2025',
        ),
      'the new ref was never drawn',
      { timeout: 10000 },
    );
    expect(el.getAttribute('state')).to.equal('ready');
    expect(fetches()).to.equal(before);
  });
});
