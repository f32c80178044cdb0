/**
 * The sparkline's benchmarks in the page: a comparator is said (sentence and card), its confidence interval
 * drawn at a contrast that carries it, and the number-style attribute read like any other option.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/kpi-sparkline/define.js';
import type { IkKpiSparkline } from '../../src/components/kpi-sparkline/kpi-sparkline.js';
import { problems, text } from '../base/speech.js';

const root = (el: IkKpiSparkline) => el.shadowRoot!;
const sentence = (el: IkKpiSparkline) =>
  root(el).querySelector<HTMLElement>('[part="chart"]')!.getAttribute('aria-label') ?? '';
async function ready(el: IkKpiSparkline) {
  await waitUntil(() => el.state !== 'loading', 'still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** A Fingertips-like indicator: two quarters, England for the latest, with confidence limits on both. */
const indicator = (extra: Record<string, unknown> = {}) => ({
  ref: 'PH1',
  unit: 'percent',
  polarity: 'High is good',
  series: [
    { period: 'Q1 2009/10', value: 70, lower: 66, upper: 74 },
    { period: 'Q2 2009/10', value: 80, lower: 77, upper: 83 },
  ],
  comparators: [
    {
      label: 'England',
      rank: 97,
      count: 153,
      series: [{ period: 'Q2 2009/10', value: 78, lci: 77.5, uci: 78.5 }],
    },
  ],
  ...extra,
});

/** WCAG relative luminance contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('<ik-kpi-sparkline> benchmarks', () => {
  it('says the comparator in the sentence: similar to England when the intervals overlap, with the rank', async () => {
    const el = await ready(
      await fixture<IkKpiSparkline>(html`<ik-kpi-sparkline .data=${indicator()}></ik-kpi-sparkline>`),
    );
    expect(sentence(el)).to.equal(
      'PH1 (higher is better): 80% in Q2 2009/10 (July to September 2009), up from 70% in Q1 2009/10 (April to June 2009), improving; no target; similar to England (78%), rank 97 of 153. ' +
        '2 values, the first in Q1 2009/10.',
    );
  });

  it('lists each comparator in the card, with the gap when the values differ', async () => {
    const data = indicator();
    (data.comparators[0]!.series[0] as Record<string, unknown>).uci = 78;
    (data.comparators[0]!.series[0] as Record<string, unknown>).lci = 72;
    (data.series[1] as Record<string, unknown>).lower = 79;
    const el = await ready(
      await fixture<IkKpiSparkline>(html`<ik-kpi-sparkline variant="card" .data=${data}></ik-kpi-sparkline>`),
    );
    const facts = Array.from(root(el).querySelectorAll('dt, dd')).map((n) => text(n));
    const at = facts.indexOf('Compared with');
    expect(at).to.be.greaterThan(-1);
    expect(facts[at + 1]).to.equal('Better than England (78%) by 2 percentage points, rank 97 of 153');
  });

  it('keeps each comparator of the card in the second column, under "Compared with"', async () => {
    const data = indicator();
    data.comparators.push({
      label: 'Statistical neighbours',
      rank: 3,
      count: 11,
      series: [{ period: 'Q2 2009/10', value: 70, lci: 68, uci: 72 }],
    });
    const el = await ready(
      await fixture<IkKpiSparkline>(html`<ik-kpi-sparkline variant="card" .data=${data}></ik-kpi-sparkline>`),
    );
    const dds = Array.from(root(el).querySelectorAll<HTMLElement>('dd.comparison'));
    expect(dds.map((d) => text(d))).to.deep.equal([
      'Similar to England (78%), rank 97 of 153',
      'Better than Statistical neighbours (70%) by 10 percentage points, rank 3 of 11',
    ]);
    const term = Array.from(root(el).querySelectorAll('dt')).find((d) => text(d) === 'Compared with')!;
    const left = (n: Element) => Math.round(n.getBoundingClientRect().left);
    expect(dds.map(left)).to.deep.equal([left(dds[0]!), left(dds[0]!)]);
    expect(left(dds[1]!)).to.be.greaterThan(left(term));
  });

  it('draws the confidence interval with edges at 3:1 or more against the background', async () => {
    const el = await ready(
      await fixture<IkKpiSparkline>(html`<ik-kpi-sparkline .data=${indicator()}></ik-kpi-sparkline>`),
    );
    const edge = root(el).querySelector<SVGPathElement>('path.confidence-edge');
    expect(Boolean(edge?.getAttribute('d'))).to.equal(true);
    expect(Boolean(root(el).querySelector('path.confidence')?.getAttribute('d'))).to.equal(true);
    const stroke = getComputedStyle(edge!).stroke;
    const background = getComputedStyle(root(el).querySelector('[part="base"]')!).backgroundColor;
    const behind = background === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : background;
    expect(contrast(stroke, behind)).to.be.at.least(3);
  });

  it('draws no confidence interval when the data gives no limits', async () => {
    const data = indicator({
      series: [
        { period: 'Q1 2009/10', value: 70 },
        { period: 'Q2 2009/10', value: 80 },
      ],
    });
    const el = await ready(
      await fixture<IkKpiSparkline>(html`<ik-kpi-sparkline .data=${data}></ik-kpi-sparkline>`),
    );
    expect(root(el).querySelectorAll('path.confidence-edge').length).to.equal(0);
    // Without limits, 80% against 78% is a difference: better, by the polarity.
    expect(sentence(el)).to.contain('; better than England (78%), rank 97 of 153.');
  });
});

describe('<ik-kpi-sparkline number-style>', () => {
  it('follows GOV.UK style by default and keeps the forms as written with number-style="plain"', async () => {
    const el = await ready(
      await fixture<IkKpiSparkline>(
        html`<ik-kpi-sparkline .data=${indicator({ target: 85 })}></ik-kpi-sparkline>`,
      ),
    );
    expect(sentence(el)).to.contain('80% in Q2 2009/10 (July to September 2009)');
    expect(sentence(el)).to.contain('5 percentage points below the 85% target (red)');
    el.setAttribute('number-style', 'plain');
    await waitUntil(() => sentence(el).includes('5 points below'), 'the plain style is used');
    expect(sentence(el)).to.contain('80% in Q2 2009/10, up from 70% in Q1 2009/10');
  });

  it('names a number-style it does not know, and uses govuk until then', async () => {
    const el = await ready(
      await fixture<IkKpiSparkline>(
        html`<ik-kpi-sparkline number-style="house" .data=${indicator({ target: 85 })}></ik-kpi-sparkline>`,
      ),
    );
    await waitUntil(() => problems(el).length > 0, 'the attribute is named');
    expect(problems(el).join('\n')).to.contain('The number-style attribute');
    expect(sentence(el)).to.contain('percentage points');
  });
});
