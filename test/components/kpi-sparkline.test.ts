import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { axNodes, flatten } from '../setup/ax-nodes.js';
import '../../src/components/kpi-sparkline/define.js';
import type { IkKpiSparkline, KpiSelectDetail } from '../../src/components/kpi-sparkline/kpi-sparkline.js';
import { clearFetchCache } from '../../src/core/load/shared.js';
import { problemPaths, problems, text } from '../base/speech.js';

interface Kpi {
  ref: string;
  [key: string]: unknown;
}
const leeds = (await (await fetch('/test/fixtures/leeds-report.json')).json()) as {
  indicators: { kpis: Kpi[] };
};
const seed = (ref: string) => leeds.indicators.kpis.find((k) => k.ref === ref)!;

const root = (el: IkKpiSparkline) => el.shadowRoot!;
const chart = (el: IkKpiSparkline) => root(el).querySelector<HTMLElement>('[part="chart"]')!;
const sentence = (el: IkKpiSparkline) => chart(el).getAttribute('aria-label');
/** The points drawn: confirmed ones in one path, provisional (hollow) ones in another; each a circle. */
const dots = (el: IkKpiSparkline, which: 'confirmed' | 'provisional' | 'all' = 'all') => {
  const count = (selector: string) =>
    (root(el).querySelector(selector)?.getAttribute('d')?.match(/M/g) ?? []).length;
  const confirmed = count('path.point:not(.provisional)');
  const provisional = count('path.point.provisional');
  return which === 'confirmed' ? confirmed : which === 'provisional' ? provisional : confirmed + provisional;
};
async function ready(el: IkKpiSparkline) {
  await waitUntil(() => el.state !== 'loading', 'still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const spark = async (data: unknown, variant = 'inline') =>
  ready(
    await fixture<IkKpiSparkline>(
      html`<ik-kpi-sparkline variant=${variant} .data=${data}></ik-kpi-sparkline>`,
    ),
  );
const kpi = (values: (number | null)[], extra: Record<string, unknown> = {}) => ({
  ref: 'T1',
  unit: 'count',
  polarity: 'up',
  series: values.map((value, i) => ({
    period: `Q${(i % 4) + 1} ${2009 + Math.floor(i / 4)}/${String(10 + Math.floor(i / 4))}`,
    value,
  })),
  ...extra,
});

afterEach(() => clearFetchCache());

describe('<ik-kpi-sparkline> with the Leeds May 2010 indicators', () => {
  it('writes the plain-English sentence of the contract for NI 59', async () => {
    const el = await spark(seed('NI 59'));
    expect(sentence(el)).to.equal(
      'NI 59 (higher is better): 73% in March 2010, up from 59.7% (provisional) in Q4 2009/10 (January to March 2010), improving; 7 percentage points below the 80% target (red). ' +
        '4 values (1 provisional), the first in 2008 to 2009, highest 76.5% in 2008 to 2009, lowest 58.3% in Q3 2009/10 (October to December 2009); baseline 79.9% in 2008 to 2009; data quality: Some Concerns with data.',
    );
    expect(chart(el).getAttribute('role')).to.equal('group');
    await expect(el).to.be.accessible();
  });

  it('gives every seed indicator its status, trend and units', async () => {
    const expected: Record<string, [string, string, string]> = {
      'LSP-HW2b(i) a': ['red', 'worsening', '1,362'],
      'LSP-HW2b(i) b': ['red', 'worsening', '89.1 per 10,000'],
      'NI 59': ['red', 'improving', '73%'],
      'NI 60': ['red', 'improving', '79.4%'],
      'CYPP P9-3': ['red', 'none', '62%'],
      'NI 61': ['green', 'improving', '88.3%'],
      'NI 64': ['green', 'improving', '6.2%'],
      'NI 65': ['red', 'improving', '10.4%'],
      'NI 67': ['red', 'improving', '99.1%'],
      'NI 68': ['red', 'improving', '56.7%'],
      'NI 71': ['red', 'none', '6 out of 15'],
    };
    const wrap = await fixture<HTMLElement>(html`<div>
      ${leeds.indicators.kpis.map(
        (k) =>
          html`<ik-kpi-sparkline src="/test/fixtures/leeds-report.json" select="indicators" ref=${k.ref}></ik-kpi-sparkline>`,
      )}
    </div>`);
    const els = Array.from(wrap.querySelectorAll('ik-kpi-sparkline'));
    for (const el of els) await ready(el);
    const got = Object.fromEntries(
      els.map((el) => [
        el.ref!,
        [el.getAttribute('status'), el.getAttribute('trend'), text(root(el).querySelector('.latest'))],
      ]),
    );
    expect(got).to.deep.equal(expected);
    expect(els.every((el) => problems(el).length === 0)).to.equal(true);
  });

  it('speaks of a score out of 15 and a rate per 10,000 in the sentence', async () => {
    expect(sentence(await spark(seed('NI 71')))).to.equal(
      'NI 71 (higher is better): 6 out of 15 in 2009 to 2010; 2 points below the 8 out of 15 target (red). One value so far; baseline 5 out of 15; data quality: No Concerns with data.',
    );
    expect(sentence(await spark(seed('LSP-HW2b(i) b')))).to.equal(
      'LSP-HW2b(i) b (lower is better): 89.1 per 10,000 (provisional) in 2009 to 2010, up from 82.1 per 10,000 in 2008 to 2009, worsening; 21.6 per 10,000 above the 67.5 per 10,000 target (red). ' +
        '2 values (1 provisional), the first in 2008 to 2009; baseline 83.8 per 10,000 in 2007 to 2008; data quality: Some Concerns with data.',
    );
  });

  it('judges Bell Shaped (range) by distance to the target when no range is given', async () => {
    const el = await spark(seed('NI 65'));
    expect(el.getAttribute('trend')).to.equal('improving');
    expect(sentence(el)).to.equal(
      'NI 65 (nearer the target is better): 10.4% (provisional) in 2009 to 2010, up from 8.9% in 2008 to 2009, improving; 2.1 percentage points below the 12.5% target (red). ' +
        '2 values (1 provisional), the first in 2008 to 2009; baseline 17.5% in 2007 to 2008; data quality: Some concerns in year, data validated at Year End.',
    );
  });

  it('draws a provisional value hollow, joined by a dashed segment', async () => {
    const el = await spark(seed('NI 59'));
    expect([dots(el, 'confirmed'), dots(el, 'provisional')]).to.deep.equal([3, 1]);
    expect(root(el).querySelector('path.line.dashed')!.getAttribute('d')!.split('M').length - 1).to.equal(2);
    expect(
      root(el).querySelector('path.line:not(.dashed)')!.getAttribute('d')!.split('M').length - 1,
    ).to.equal(1);
  });

  it('leaves the lines it has nothing for empty: no dashed segment without a provisional value, no baseline without one', async () => {
    const el = await spark({
      ref: 'X',
      polarity: 'up',
      target: 5,
      series: [
        { period: '2009', value: 4 },
        { period: '2010', value: 6 },
      ],
    });
    expect(root(el).querySelector('path.line.dashed')!.hasAttribute('d')).to.equal(false);
    expect(root(el).querySelector('path.baseline')!.hasAttribute('d')).to.equal(false);
    expect(root(el).querySelector('path.point.provisional')!.hasAttribute('d')).to.equal(false);
    expect(root(el).querySelector('path.line:not(.dashed)')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
  });

  it('shows the card: ref, title, latest period, target, baseline, status and trend in words, data quality', async () => {
    const el = await spark(seed('NI 59'), 'card');
    const card = text(root(el).querySelector('.card'));
    expect(card)
      .to.contain('NI 59')
      .and.contain('The proportion of Initial Assessments undertaken within 7 days');
    expect(card).to.contain('March 2010');
    expect(card).to.contain('Target 80%').and.contain('Baseline 79.9% in 2008/09').and.contain('Status Red');
    expect(card).to.contain('Trend Improving: from 59.7% (provisional) in Q4 2009/10');
    expect(card).to.contain('Data quality: Some Concerns with data');
    await expect(el).to.be.accessible();
  });

  it('is a block as a card set by property, and sets no attribute for its settings on the host', async () => {
    const el = await fixture<IkKpiSparkline>(
      html`<ik-kpi-sparkline .data=${seed('NI 59')}></ik-kpi-sparkline>`,
    );
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('inline-block');
    // Only the contract's reflected attributes: state, status and trend (README, the elements table).
    expect(el.getAttributeNames().sort()).to.deep.equal(['state', 'status', 'trend']);
    el.variant = 'card';
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.hasAttribute('variant')).to.equal(false);
    el.variant = 'cards';
    await el.updateComplete;
    expect(getComputedStyle(el).display, 'a variant that is not valid is the default, inline').to.equal(
      'inline-block',
    );
  });
});

describe('<ik-kpi-sparkline> status at the tolerance edges', () => {
  const status = async (values: number[], extra: Record<string, unknown>) =>
    (await spark(kpi(values, extra))).getAttribute('status');
  it('up: met is green, short by the tolerance amber, further red', async () => {
    expect(await status([70, 80], { target: 80, tolerance: 5 })).to.equal('green');
    expect(await status([70, 75], { target: 80, tolerance: 5 })).to.equal('amber');
    expect(await status([70, 74.9], { target: 80, tolerance: 5 })).to.equal('red');
  });
  it('down: at or under target green; over by the tolerance amber', async () => {
    expect(await status([14, 12], { target: 12, polarity: 'Fall', tolerance: 1 })).to.equal('green');
    expect(await status([14, 13], { target: 12, polarity: 'down', tolerance: 1 })).to.equal('amber');
    expect(await status([14, 13.01], { target: 12, polarity: 'down', tolerance: 1 })).to.equal('red');
  });
  it('range: inside green, outside by the tolerance amber, beyond red', async () => {
    const range = { polarity: 'Bell Shaped', range: [8, 12], tolerance: 1 };
    expect(await status([5, 12], range)).to.equal('green');
    expect(await status([5, 13], range)).to.equal('amber');
    expect(await status([5, 7], range)).to.equal('amber');
    expect(await status([5, 6.9], range)).to.equal('red');
    const el = await spark(kpi([5, 13], range));
    expect(sentence(el)).to.equal(
      'T1 (best inside the range): 13 in Q2 2009/10 (July to September 2009), up from 5 in Q1 2009/10 (April to June 2009), improving; 1 above the range of 8 to 12 (amber). 2 values, the first in Q1 2009/10.',
    );
    expect(root(el).querySelector('rect.band')).to.not.equal(null);
  });
  it('says months and dates in words in the sentence, as the contract does ("2010-03" → March 2010)', async () => {
    const el = await spark({
      ref: 'NI 59',
      unit: 'percent',
      polarity: 'Rise',
      target: 80,
      series: [
        { period: '2010-02-28', value: 70 },
        { period: '2010-03', value: 73 },
      ],
    });
    expect(sentence(el)).to.equal(
      'NI 59 (higher is better): 73% in March 2010, up from 70% in 28 February 2010, improving; 7 percentage points below the 80% target (red). 2 values, the first in 28 February 2010.',
    );
  });

  it('ignores a range unless the polarity is range (no NaN in the sentence)', async () => {
    const el = await spark(kpi([5, 7], { range: [10, 20] }));
    expect(sentence(el)).to.equal(
      'T1 (higher is better): 7 in Q2 2009/10 (July to September 2009), up from 5 in Q1 2009/10 (April to June 2009), improving; no target. 2 values, the first in Q1 2009/10.',
    );
  });

  it('has no status without a target', async () => {
    const el = await spark(kpi([1, 2]));
    expect([el.getAttribute('status'), el.getAttribute('trend')]).to.deep.equal(['none', 'improving']);
    expect(sentence(el)).to.equal(
      'T1 (higher is better): 2 in Q2 2009/10 (July to September 2009), up from 1 in Q1 2009/10 (April to June 2009), improving; no target. 2 values, the first in Q1 2009/10.',
    );
  });
  it('judges nothing without a polarity: a rise is "increasing", not "improving", and no status is given against the target', async () => {
    const el = await spark(kpi([70, 75], { polarity: undefined, target: 80, tolerance: 5 }));
    expect([el.getAttribute('status'), el.getAttribute('trend')]).to.deep.equal(['none', 'increasing']);
    expect(sentence(el)).to.equal(
      'T1 (the data does not say whether higher or lower is better): 75 in Q2 2009/10 (July to September 2009), up from 70 in Q1 2009/10 (April to June 2009); 5 below the 80 target (no status). 2 values, the first in Q1 2009/10.',
    );
    expect(sentence(el)).not.to.match(/improving|worsening|red|amber|green/);
  });
  it('says why a card has no status as the data is: a target given is never "No target"', async () => {
    const statusOf = (el: IkKpiSparkline) => ({
      mark: root(el).querySelector('.headline .status-mark')?.textContent?.trim(),
      status: [...root(el).querySelectorAll('.facts dt')]
        .find((dt) => dt.textContent === 'Status')
        ?.nextElementSibling?.textContent?.trim(),
    });
    const noPolarity = await spark(kpi([70, 75], { polarity: undefined, target: 80 }), 'card');
    expect(statusOf(noPolarity)).to.deep.equal({
      mark: 'No status',
      status: 'No status (the data does not say whether higher or lower is better)',
    });
    const noTarget = await spark(kpi([70, 75], { polarity: 'up', target: undefined }), 'card');
    expect(statusOf(noTarget)).to.deep.equal({ mark: 'No target', status: 'No status (no target)' });
    const judged = await spark(kpi([70, 75], { polarity: 'up', target: 80 }), 'card');
    expect(statusOf(judged).status).to.equal('Red');
  });
});

describe('<ik-kpi-sparkline> shapes of series', () => {
  const noNaN = (el: IkKpiSparkline) =>
    expect(root(el).querySelector('svg')!.outerHTML).to.not.match(/NaN|Infinity/);

  it('draws a stepped target when targets vary by period', async () => {
    const el = await spark(
      kpi([10, 11, 12, 13], {
        target: [
          { period: 'Q1 2009/10', value: 10 },
          { period: 'Q3 2009/10', value: 14 },
        ],
      }),
    );
    const d = root(el).querySelector('path.target')!.getAttribute('d')!;
    expect(d.match(/L/g)!.length).to.equal(3);
    expect(el.getAttribute('status')).to.equal('red');
    noNaN(el);
  });

  it('treats a point with no value at all as a gap, like null', async () => {
    const el = await spark({
      ref: 'T',
      series: [
        { period: 'Q1 2009/10', value: 1 },
        { period: 'Q2 2009/10' },
        { period: 'Q3 2009/10', value: 3 },
      ],
    });
    expect(problems(el)).to.deep.equal([]);
    expect(dots(el)).to.equal(2);
  });

  it('leaves missing values as gaps, never zero', async () => {
    const el = await spark(kpi([10, null, 12, 13]));
    expect(dots(el)).to.equal(3);
    expect(root(el).querySelector('path.line')!.getAttribute('d')!.split('M').length - 1).to.equal(1);
    expect(sentence(el)).to.equal(
      'T1 (higher is better): 13 in Q4 2009/10 (January to March 2010), up from 12 in Q3 2009/10 (October to December 2009), improving; no target. ' +
        '3 values (1 missing), the first in Q1 2009/10 (April to June 2009), highest 13 in Q4 2009/10, lowest 10 in Q1 2009/10.',
    );
    noNaN(el);
  });

  it('draws a single point, a flat series, negative values and an all-missing series without NaN', async () => {
    const single = await spark(kpi([5], { target: 4 }));
    expect(dots(single)).to.equal(1);
    expect(single.getAttribute('trend')).to.equal('none');
    noNaN(single);
    const flat = await spark(kpi([3, 3, 3]));
    expect(flat.getAttribute('trend')).to.equal('no-change');
    expect(sentence(flat)).to.contain('unchanged from 3');
    noNaN(flat);
    const negative = await spark(kpi([-4, -2.5, 1], { target: 0 }));
    expect(negative.getAttribute('status')).to.equal('green');
    noNaN(negative);
    const missing = await spark(kpi([null, null]));
    expect(sentence(missing)).to.equal('T1: no values yet.');
    expect(missing.getAttribute('status')).to.equal('none');
    noNaN(missing);
    await expect(missing).to.be.accessible();
  });

  it('draws comparators as faint lines and lists them in the data table', async () => {
    const el = await spark(
      kpi([60, 62], {
        unit: 'percent',
        comparators: [
          {
            label: 'England',
            series: [
              { period: 'Q1 2009/10', value: 70 },
              { period: 'Q2 2009/10', value: null },
            ],
          },
        ],
      }),
    );
    expect(root(el).querySelector('path.comparator')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+$/);
    root(el).querySelector<HTMLButtonElement>('.data-toggle')!.click();
    await el.updateComplete;
    expect(Array.from(root(el).querySelectorAll('table.data thead th')).map(text)).to.deep.equal([
      'Period',
      'Value',
      'Target',
      'England',
    ]);
    expect(
      Array.from(root(el).querySelectorAll('table.data tbody tr')).map((tr) => text(tr.lastElementChild)),
    ).to.deep.equal(['70%', '']);
    noNaN(el);
  });

  it('reports an unreadable period for that point only', async () => {
    const el = await spark({
      ref: 'T',
      series: [
        { period: 'Q4', value: 1 },
        { period: '2010-03', value: 2 },
        { period: '2010-04', value: 3 },
      ],
    });
    expect(problems(el)).to.deep.equal([
      'Point 1, period: "Q4" has no year: write it with its financial year, e.g. "Q4 2009/10"',
    ]);
    expect(problemPaths(el)).to.deep.equal(['Path in the data: series[0].period']);
    expect(dots(el)).to.equal(2);
  });
});

describe('<ik-kpi-sparkline> interaction', () => {
  it('reveals and hides the data table', async () => {
    const el = await spark(seed('NI 59'));
    const button = root(el).querySelector<HTMLButtonElement>('.data-toggle')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    const rows = Array.from(root(el).querySelectorAll('table.data tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => text(c)),
    );
    expect(rows).to.deep.equal([
      ['2008/09', '76.5%', '80%'],
      ['Q3 2009/10', '58.3%', '80%'],
      ['Q4 2009/10', '59.7% (provisional)', '80%'],
      ['March 2010', '73%', '80%'],
    ]);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(root(el).querySelector('table.data')).to.equal(null);
  });

  it('moves between points by keyboard with a tooltip, and Enter fires ik-select with the point', async () => {
    const el = await spark(seed('NI 59'));
    chart(el).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="tooltip"]'))).to.equal(
      'March 2010: 73%, 7 percentage points below the 80% target (red)',
    );
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="tooltip"]'))).to.equal(
      'Q4 2009/10: 59.7% (provisional), 20.3 percentage points below the 80% target (red)',
    );
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="tooltip"]'))).to.contain('2008/09: 76.5%');
    await sendKeys({ press: 'End' });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const detail = (await oneEvent(el, 'ik-select')).detail as KpiSelectDetail;
    expect(detail).to.deep.equal({
      row: { ref: 'NI 59', title: 'The proportion of Initial Assessments undertaken within 7 days' },
      period: 'March 2010',
      value: 73,
      provisional: false,
      target: 80,
    });
  });

  it('shows the nearest point to a pointer or a touch, and a tap selects it', async () => {
    const el = await spark(seed('NI 59'));
    const box = chart(el).querySelector('svg')!.getBoundingClientRect();
    chart(el).dispatchEvent(
      new PointerEvent('pointermove', {
        clientX: box.left + 2,
        clientY: box.top + 5,
        bubbles: true,
        pointerType: 'touch',
      }),
    );
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="tooltip"]'))).to.contain('2008/09');
    setTimeout(() =>
      chart(el).dispatchEvent(
        new PointerEvent('click', { clientX: box.right - 1, clientY: box.top + 5, bubbles: true }),
      ),
    );
    expect(((await oneEvent(el, 'ik-select')).detail as KpiSelectDetail).period).to.equal('March 2010');
  });
});

describe('<ik-kpi-sparkline> sources and states', () => {
  it('asks for ref when a document holds several indicators, and lists the refs for an unknown one', async () => {
    const none = await spark(leeds.indicators);
    expect(none.state).to.equal('error');
    expect(problems(none)[0]).to.match(
      /^The ref attribute: is not set, and the data holds 11 indicators: choose one with ref \("LSP-HW2b\(i\) a", /,
    );
    const unknown = await ready(
      await fixture<IkKpiSparkline>(
        html`<ik-kpi-sparkline ref="NI 99" .data=${leeds.indicators}></ik-kpi-sparkline>`,
      ),
    );
    expect(problems(unknown)[0]).to.match(
      /^The ref attribute: "NI 99" is not the ref of an indicator in the data: use one of its refs \("LSP-HW2b\(i\) a", /,
    );
    await expect(unknown).to.be.accessible();
  });

  it('reads CSV, one line per point, and picks by ref', async () => {
    const el = await ready(
      await fixture<IkKpiSparkline>(html`<ik-kpi-sparkline ref="NI 59"><script type="text/csv">
ref,title,period,value,target,polarity,unit,provisional
NI 59,Initial assessments,Q3 2009/10,58.3,80,Rise,%,
NI 59,,Q4 2009/10,59.7,80,,,yes
NI 59,,March 2010,73,80,,,
NI 60,Core assessments,March 2010,79.4,84,Rise,%,
</script></ik-kpi-sparkline>`),
    );
    expect(sentence(el)).to.equal(
      'NI 59 (higher is better): 73% in March 2010, up from 59.7% (provisional) in Q4 2009/10 (January to March 2010), improving; 7 percentage points below the 80% target (red). ' +
        '3 values (1 provisional), the first in Q3 2009/10 (October to December 2009), highest 73% in March 2010, lowest 58.3% in Q3 2009/10.',
    );
  });

  it('shows loading, a failed fetch, and an empty series accessibly', async () => {
    const loading = await fixture<IkKpiSparkline>(
      html`<ik-kpi-sparkline src="/test-api/json?delay=200&body=%7B%7D"></ik-kpi-sparkline>`,
    );
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();
    const failed = await ready(
      await fixture<IkKpiSparkline>(
        html`<ik-kpi-sparkline src="/test-api/status?code=404"></ik-kpi-sparkline>`,
      ),
    );
    expect(failed.state).to.equal('error');
    await expect(failed).to.be.accessible();
    const empty = await spark({ ref: 'E', series: [] });
    expect(empty.state).to.equal('empty');
    expect(empty.getAttribute('status')).to.equal('none');
    await expect(empty).to.be.accessible();
  });
});

const tree = axNodes;
/** The centre of an element, in the page's CSS pixels, for sendMouse. */
const centre = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
const tip = (el: IkKpiSparkline) => root(el).querySelector<HTMLElement>('[role="tooltip"]');
const announced = (el: IkKpiSparkline) => text(root(el).querySelector('.announcement'));
/** Room above the chart, where the tooltip opens. */
const spaced = async (data: unknown, variant = 'inline') => {
  const wrap = await fixture<HTMLElement>(
    html`<div style="padding: 96px 16px 16px"><ik-kpi-sparkline variant=${variant} .data=${data}></ik-kpi-sparkline></div>`,
  );
  return ready(wrap.querySelector<IkKpiSparkline>('ik-kpi-sparkline')!);
};

function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const rgb = (colour: string) =>
  colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
/** The contrast of a stroke (with its opacity) drawn on a background, as WCAG computes it. */
function strokeContrast(el: Element, background: string): number {
  const style = getComputedStyle(el);
  const alpha = Number(style.strokeOpacity) * Number(style.opacity);
  const bg = rgb(background);
  const drawn = rgb(style.stroke).map((c, i) => c * alpha + bg[i]! * (1 - alpha));
  const [hi, lo] = [luminance(drawn), luminance(bg)].sort((a, b) => b - a);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('<ik-kpi-sparkline> under a manual accessibility audit (issue 14)', () => {
  let viewport = false;
  afterEach(async () => {
    await resetMouse();
    if (viewport) await setViewport({ width: 800, height: 600 });
    viewport = false;
  });

  it('1.4.13: the point tooltip stays while the pointer moves onto it, and Escape hides it without moving focus or pointer', async () => {
    // Assertions on booleans and text: a failing assertion on an element would be serialised whole.
    const el = await spaced(seed('NI 59'));
    const [x, y] = centre(chart(el));
    await sendMouse({ type: 'move', position: [x, y] });
    await waitUntil(() => tip(el), 'no tooltip on hover');
    const shown = text(tip(el));
    await sendMouse({ type: 'move', position: centre(tip(el)!) });
    await el.updateComplete;
    expect(text(tip(el)), 'hoverable').to.equal(shown);
    await sendMouse({ type: 'move', position: [x, y] });
    await el.updateComplete;
    expect(text(tip(el)), 'persistent').to.equal(shown);
    const focused = document.activeElement;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip(el) === null, 'dismissible').to.equal(true);
    expect(document.activeElement === focused, 'focus did not move').to.equal(true);
    // Dismissed means dismissed: it does not come back while the pointer stays on the chart.
    await sendMouse({ type: 'move', position: [x + 1, y] });
    await el.updateComplete;
    expect(tip(el) === null, 'stays dismissed').to.equal(true);
    await sendMouse({ type: 'move', position: [1, 1] });
    await sendMouse({ type: 'move', position: [x, y] });
    await waitUntil(() => tip(el), 'the tooltip comes back on a new hover');
  });

  it('2.5.8: "Show data" is at least 24 by 24 px, clear of the chart', async () => {
    for (const variant of ['inline', 'card']) {
      const el = await spark(seed('NI 59'), variant);
      const button = root(el).querySelector('.data-toggle')!.getBoundingClientRect();
      const plot = chart(el).getBoundingClientRect();
      expect(button.width, `${variant} width`).to.be.at.least(24);
      expect(button.height, `${variant} height`).to.be.at.least(24);
      const apart =
        button.left >= plot.right ||
        button.right <= plot.left ||
        button.top >= plot.bottom ||
        button.bottom <= plot.top;
      expect(apart, `${variant}: the button and the chart do not overlap`).to.equal(true);
      const gap = Math.max(
        button.left - plot.right,
        plot.left - button.right,
        button.top - plot.bottom,
        plot.top - button.bottom,
      );
      expect(gap, `${variant}: space between the button and the chart`).to.be.at.least(4);
    }
  });

  it('4.1.2: "Show data" keeps one name; its state is aria-expanded only', async () => {
    const el = await spark(seed('NI 59'));
    const button = () => tree().then((nodes) => nodes.find((n) => n.role === 'button')!);
    expect(await button()).to.include({ name: 'Show data for NI 59', expanded: false });
    root(el).querySelector<HTMLButtonElement>('.data-toggle')!.click();
    await el.updateComplete;
    expect(await button()).to.include({ name: 'Show data for NI 59', expanded: true });
  });

  it('4.1.2: the chart is an operable group named by its sentence, with the keys written out', async () => {
    const el = await spark(seed('NI 59'));
    const node = (await tree()).find((n) => n.name === sentence(el))!;
    expect(node.role).to.equal('group');
    expect(node.roledescription).to.equal('chart');
    expect(node.description).to.equal(
      'Use the left and right arrow keys to move between points, Home and End for the first and last; Enter or Space chooses a point.',
    );
    expect((await tree()).some((n) => n.role === 'image')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('4.1.3: arrow keys speak the point (period, value, provisional, status against target) in a polite live region', async () => {
    const el = await spark(seed('NI 59'));
    // One live region while the chart has focus, drawn empty before anything is said into it.
    // (The widget's own status line, role=status in every state, is another element.)
    expect(root(el).querySelector('.announcement') === null).to.equal(true);
    chart(el).focus();
    await el.updateComplete;
    const region = root(el).querySelector('.announcement')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(announced(el)).to.equal('');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(announced(el)).to.equal(
      'March 2010: 73%, 7 percentage points below the 80% target (red). Point 4 of 4.',
    );
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(announced(el)).to.equal(
      'Q4 2009/10: 59.7% (provisional), 20.3 percentage points below the 80% target (red). Point 3 of 4.',
    );
    expect(text(tip(el))).to.equal(
      'Q4 2009/10: 59.7% (provisional), 20.3 percentage points below the 80% target (red)',
    );
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(announced(el)).to.equal(
      '2008/09: 76.5%, 3.5 percentage points below the 80% target (red). Point 1 of 4.',
    );
    const live = (await tree()).find((n) => n.role === 'status')!;
    expect(
      flatten(live)
        .map((n) => n.name)
        .join(' '),
    ).to.contain('2008/09: 76.5%');
    await expect(el).to.be.accessible();
  });

  it('1.4.10: the card fits a 320 px viewport (400% zoom) with no sideways scroll', async () => {
    viewport = true;
    await setViewport({ width: 320, height: 640 });
    const el = await spark(seed('NI 59'), 'card');
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const card = root(el).querySelector('.card')!.getBoundingClientRect();
    const plot = chart(el).querySelector('svg')!.getBoundingClientRect();
    expect(plot.right).to.be.at.most(card.right);
    expect(plot.width / plot.height).to.be.closeTo(320 / 96, 0.05);
  });

  it("1.4.11: the comparator line and the range band's edge are at least 3:1 against the background", async () => {
    const el = await spark(
      kpi([5, 9, 11], {
        polarity: 'range',
        range: [8, 12],
        comparators: [
          {
            label: 'England',
            series: [
              { period: 'Q1 2009/10', value: 6 },
              { period: 'Q3 2009/10', value: 10 },
            ],
          },
        ],
      }),
      'card',
    );
    const background = getComputedStyle(root(el).querySelector('.card')!).backgroundColor;
    const white = background === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : background;
    expect(strokeContrast(root(el).querySelector('path.comparator')!, white)).to.be.at.least(3);
    const band = root(el).querySelector('.band-edge')!;
    expect(strokeContrast(band, white)).to.be.at.least(3);
    expect(Number.parseFloat(getComputedStyle(band).strokeWidth)).to.be.at.least(1);
    // The card's key shows the range as drawn (a band with edges), not as the dashed target line.
    expect(root(el).querySelectorAll('.legend-band').length).to.equal(1);
    expect(root(el).querySelectorAll('.legend-line').length).to.equal(0);
    // Secondary by its dashes, not by fading it.
    expect(getComputedStyle(root(el).querySelector('path.comparator')!).strokeDasharray).to.not.equal('none');
  });

  it('speech: the card says its trend as one word, and no "·" is read as "dot"', async () => {
    const el = await spark(seed('NI 59'), 'card');
    const names = (await tree()).map((n) => n.name ?? '');
    expect(names).to.include('Improving: from 59.7% (provisional) in Q4 2009/10 (January to March 2010)');
    // Words built from pieces are one text: no pause inside "Data quality: Some Concerns with data".
    expect(names).to.include('Data quality: Some Concerns with data');
    expect(names.filter((n) => n.trim() === 'I')).to.deep.equal([]);
    expect(names.join(' ')).to.not.contain('·');
    const trend = Array.from(root(el).querySelectorAll('dd')).find((dd) => text(dd).startsWith('Improving'))!;
    const words = Array.from(trend.childNodes).filter(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
    );
    expect(words.length).to.equal(1);
  });

  it('regenerates the sentence when the data or the variant change', async () => {
    const data = kpi([50, 58], {
      unit: 'percent',
      target: 60,
      comparators: [{ label: 'England', series: [{ period: 'Q2 2009/10', value: 55 }] }],
    });
    const el = await spark(data);
    expect(sentence(el)).to.contain('; better than England (55%).');
    el.variant = 'card';
    await waitUntil(
      () => sentence(el)?.includes('better than England (55%) by 3 percentage points'),
      'the card says the gap',
    );
    el.data = kpi([50, 58, 61], { unit: 'percent', target: 60 });
    await waitUntil(() => sentence(el)?.includes('61% in Q3 2009/10'), 'new data, new sentence');
    expect(sentence(el)).to.contain('1 percentage point above the 60% target (green)');
  });
});

describe('<ik-kpi-sparkline> with the symbols of official statistics (issue 16)', () => {
  const csv = (rows: string) =>
    fixture<IkKpiSparkline>(html`<ik-kpi-sparkline ref="NI 59" number-style="plain"><script type="text/csv">
ref,title,period,value,target,polarity,unit
NI 59,Initial assessments,Q2 2009/10,58.3,80,Rise,%
${rows}
</script></ik-kpi-sparkline>`).then(ready);

  it('reads c, [x] and flags from CSV as explained gaps and flagged values: no problem, a gap in the line, the symbol with its meaning in "Show data"', async () => {
    const el = await csv(`NI 59,,Q3 2009/10,[x],80,,
NI 59,,Q4 2009/10,59.7p,80,,
NI 59,,Q1 2010/11,c,80,,`);
    expect(problems(el)).to.deep.equal([]);
    expect(dots(el)).to.equal(2);
    // The two values either side of the gap are not joined, and nothing is drawn at zero.
    const lines = Array.from(root(el).querySelectorAll('path.line')).map((p) => p.getAttribute('d') ?? '');
    expect(lines).to.deep.equal(['', '']);
    expect(root(el).querySelector('svg')!.outerHTML).to.not.match(/NaN/);
    expect(sentence(el)).to.equal(
      'NI 59 (higher is better): confidential (c) in Q1 2010/11; the last value, 59.7% (provisional) in Q4 2009/10, up from 58.3% in Q2 2009/10, improving; 20.3 points below the 80% target (red). ' +
        '2 values (1 provisional, 1 not available, 1 confidential) from Q2 2009/10 to Q4 2009/10.',
    );
    root(el).querySelector<HTMLButtonElement>('.data-toggle')!.click();
    await el.updateComplete;
    const rows = Array.from(root(el).querySelectorAll('table.data tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => text(c)),
    );
    expect(rows).to.deep.equal([
      ['Q2 2009/10', '58.3%', '80%'],
      ['Q3 2009/10', 'x — not available', '80%'],
      ['Q4 2009/10', '59.7% (provisional)', '80%'],
      ['Q1 2010/11', 'c — confidential', '80%'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('speaks a gap by its meaning and symbol when an arrow key reaches it, with no status', async () => {
    const el = await csv('NI 59,,Q3 2009/10,[u],80,,');
    chart(el).focus();
    await el.updateComplete;
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(root(el).querySelector('.announcement'))).to.equal(
      'Q3 2009/10: low reliability (u). Point 2 of 2.',
    );
  });

  it('the card says an explained gap after its value, under it: the latest period is not hidden behind the last value', async () => {
    const el = await spark(
      kpi([60, 62], { series: [...kpi([60, 62]).series, { period: 'Q3 2009/10', value: '[c]' }] }),
      'card',
    );
    const under = root(el).querySelector('.headline')!.nextElementSibling;
    expect(text(under)).to.equal('Q2 2009/10; Q3 2009/10: confidential (c)');
    expect(text(root(el).querySelector('.big'))).to.equal('62');
    await expect(el).to.be.accessible();
  });

  it('says revised and estimated values like provisional ones, in the sentence and the tooltip', async () => {
    const el = await csv(`NI 59,,Q3 2009/10,60 [r],80,,
NI 59,,Q4 2009/10,61e,80,,`);
    expect(sentence(el)).to.match(
      /^NI 59 \(higher is better\): 61% \(estimated\) in Q4 2009\/10, up from 60% \(revised\) in Q3 2009\/10, improving;/,
    );
    chart(el).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="tooltip"]'))).to.equal(
      'Q4 2009/10: 61% (estimated), 19 points below the 80% target (red)',
    );
  });
});
