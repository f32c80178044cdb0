/**
 * The sparkline's sentence (its accessible name) and each point's words (its tooltip and what arrow keys
 * announce), in exact text for the cases a sighted reader tells apart: up and down, a range, no target,
 * provisional and missing values, comparators and a single point.
 */
import { expect } from 'chai';
import { CARD_SIZE, layoutKpi } from '../../src/components/kpi-sparkline/kpi-sparkline.layout.js';
import { viewKpi } from '../../src/components/kpi-sparkline/kpi-sparkline.view.js';
import { readWith } from '../../src/core/schema.js';
import { type KpiData, kpi } from '../../src/core/shapes/kpi.js';
import { fixtureJson } from './fixtures.js';

const LOCALE = 'en-GB';

function read(raw: unknown): KpiData {
  const { value, problems } = readWith(kpi, raw, '');
  if (value === undefined) throw new Error(JSON.stringify(problems));
  return value;
}
const sentence = (raw: unknown, card = false) =>
  layoutKpi(read(raw), '', { locale: LOCALE, ...(card ? { size: CARD_SIZE } : {}) }).model.sentence;
const words = (raw: unknown) => layoutKpi(read(raw), '', { locale: LOCALE }).model.points.map((p) => p.words);
const leeds = (ref: string) =>
  (fixtureJson('leeds-report.json') as { indicators: { kpis: { ref: string }[] } }).indicators.kpis.find(
    (k) => k.ref === ref,
  );
const series = (values: (number | null)[], extra: Record<string, unknown> = {}) => ({
  ref: 'T1',
  unit: 'percent',
  polarity: 'up',
  series: values.map((value, i) => ({ period: `Q${i + 1} 2009/10`, value })),
  ...extra,
});

describe('the KPI sentence: what a sighted reader sees, in two short sentences', () => {
  it('up (higher is better): latest, move, trend word, target; span, highest and lowest, baseline, data quality', () => {
    expect(sentence(leeds('NI 59'))).to.equal(
      'NI 59 (higher is better): 73% in March 2010, up from 59.7% (provisional) in Q4 2009/10, improving; 7 points below the 80% target (red). ' +
        '4 values (1 provisional) from 2008/09 to March 2010, highest 76.5% in 2008/09, lowest 58.3% in Q3 2009/10; baseline 79.9% in 2008/09; data quality: Some Concerns with data.',
    );
  });

  it('down (lower is better): a fall is improving', () => {
    expect(sentence(leeds('NI 64'))).to.equal(
      'NI 64 (lower is better): 6.2% (provisional) in 2009/10, down from 7.6% in 2008/09, improving; 1.4 points below the 7.6% target (green). ' +
        '2 values (1 provisional) from 2008/09 to 2009/10; baseline 7.8% in 2007/08; data quality: Some concerns in year, data validated at Year End.',
    );
  });

  it('range polarity: inside or outside the range, by how much', () => {
    const range = { polarity: 'range', range: [40, 60] };
    expect(sentence(series([70, 55, 65], range))).to.equal(
      'T1 (best inside the range): 65% in Q3 2009/10, up from 55% in Q2 2009/10, worsening; 5 points above the range of 40% to 60% (red). ' +
        '3 values from Q1 2009/10 to Q3 2009/10, highest 70% in Q1 2009/10, lowest 55% in Q2 2009/10.',
    );
    expect(sentence(series([70, 50], range))).to.equal(
      'T1 (best inside the range): 50% in Q2 2009/10, down from 70% in Q1 2009/10, improving; inside the range of 40% to 60% (green). ' +
        '2 values from Q1 2009/10 to Q2 2009/10.',
    );
    expect(sentence(leeds('NI 65'))).to.equal(
      'NI 65 (nearer the target is better): 10.4% (provisional) in 2009/10, up from 8.9% in 2008/09, improving; 2.1 points below the 12.5% target (red). ' +
        '2 values (1 provisional) from 2008/09 to 2009/10; baseline 17.5% in 2007/08; data quality: Some concerns in year, data validated at Year End.',
    );
  });

  it('no target: says so, and the trend follows the polarity alone', () => {
    expect(sentence(series([4, 4, 6, null]))).to.equal(
      'T1 (higher is better): 6% in Q3 2009/10, up from 4% in Q2 2009/10, improving; no target. ' +
        '3 values (1 missing) from Q1 2009/10 to Q3 2009/10, highest 6% in Q3 2009/10, lowest 4% in Q1 2009/10.',
    );
    expect(sentence(series([5, 5, 5]))).to.equal(
      'T1 (higher is better): 5% in Q3 2009/10, unchanged from 5% in Q2 2009/10; no target. 3 values from Q1 2009/10 to Q3 2009/10, all 5%.',
    );
  });

  it('provisional values are counted and named as provisional', () => {
    const raw = series([50, 52, 54], { target: 60 });
    (raw.series[1] as { provisional?: boolean }).provisional = true;
    (raw.series[2] as { provisional?: boolean }).provisional = true;
    expect(sentence(raw)).to.equal(
      'T1 (higher is better): 54% (provisional) in Q3 2009/10, up from 52% (provisional) in Q2 2009/10, improving; 6 points below the 60% target (red). ' +
        '3 values (2 provisional) from Q1 2009/10 to Q3 2009/10, highest 54% (provisional) in Q3 2009/10, lowest 50% in Q1 2009/10.',
    );
  });

  it('comparators: their latest values inline, and the gap to them in the card', () => {
    const raw = series([50, 58], {
      target: 60,
      comparators: [
        { label: 'England', series: [{ period: 'Q2 2009/10', value: 55 }] },
        { label: 'Statistical neighbours', series: [{ period: 'Q1 2009/10', value: 61 }] },
      ],
    });
    expect(sentence(raw)).to.equal(
      'T1 (higher is better): 58% in Q2 2009/10, up from 50% in Q1 2009/10, improving; 2 points below the 60% target (red). ' +
        '2 values from Q1 2009/10 to Q2 2009/10; England 55% in Q2 2009/10; Statistical neighbours 61% in Q1 2009/10.',
    );
    expect(sentence(raw, true)).to.equal(
      'T1 (higher is better): 58% in Q2 2009/10, up from 50% in Q1 2009/10, improving; 2 points below the 60% target (red). ' +
        '2 values from Q1 2009/10 to Q2 2009/10; England 55% in Q2 2009/10 (T1 is 3 points above); Statistical neighbours 61% in Q1 2009/10.',
    );
  });

  it('one point: no move, no trend, and says there is only one value', () => {
    expect(sentence(leeds('NI 71'))).to.equal(
      'NI 71 (higher is better): 6 out of 15 in 2009/10; 2 points below the 8 out of 15 target (red). ' +
        'One value so far; baseline 5 out of 15; data quality: No Concerns with data.',
    );
  });

  it('no values at all', () => {
    expect(sentence(series([null, null]))).to.equal('T1: no values yet.');
  });

  it('never says "·" (read aloud as "dot")', () => {
    for (const ref of ['NI 59', 'NI 64', 'NI 65', 'NI 71']) expect(sentence(leeds(ref))).not.to.contain('·');
  });
});

describe('the KPI sentence with no polarity: a move is said, never judged', () => {
  const card = (raw: unknown) => {
    const { model } = layoutKpi(read(raw), '', { locale: LOCALE, size: CARD_SIZE });
    return {
      trend: model.trend,
      status: model.status,
      trendText: viewKpi(model, {
        variant: 'card',
        showData: false,
        locale: LOCALE,
        active: undefined,
        spoken: false,
      }).trendText,
    };
  };
  for (const [why, extra] of [
    ['no polarity given', { polarity: undefined }],
    ['LAIT’s "-"', { polarity: '-' }],
    ['Fingertips’ "No judgement"', { polarity: 'No judgement' }],
    ['"Not applicable"', { polarity: 'Not applicable' }],
  ] as const) {
    it(`${why}: "up from", no "improving", and no status against the target`, () => {
      const raw = series([50, 52, 54], { target: 60, ...extra });
      expect(sentence(raw)).to.equal(
        'T1 (the data does not say whether higher or lower is better): 54% in Q3 2009/10, up from 52% in Q2 2009/10; 6 points below the 60% target (no status). ' +
          '3 values from Q1 2009/10 to Q3 2009/10, highest 54% in Q3 2009/10, lowest 50% in Q1 2009/10.',
      );
      expect(card(raw)).to.deep.equal({
        trend: 'increasing',
        status: 'none',
        trendText: 'Higher than 52% in Q2 2009/10',
      });
    });
  }
  it('a fall with no polarity is "decreasing", said as lower than the value before; no target, no status', () => {
    const raw = series([54, 50], { polarity: undefined });
    expect(card(raw)).to.deep.equal({
      trend: 'decreasing',
      status: 'none',
      trendText: 'Lower than 54% in Q1 2009/10',
    });
  });
  it('a polarity that cannot be read is reported, and then nothing is judged', () => {
    const { value, problems } = readWith(kpi, series([50, 52], { polarity: 'sideways', target: 60 }), '');
    expect(problems.map((p) => p.path)).to.deep.equal(['polarity']);
    const { model } = layoutKpi(value!, '', { locale: LOCALE });
    expect([model.trend, model.status]).to.deep.equal(['increasing', 'none']);
  });
});

describe("each KPI point's words (tooltip and announcement)", () => {
  it('give the period as written, the value, provisional, and the status against that point’s target', () => {
    expect(words(leeds('NI 59'))).to.deep.equal([
      '2008/09: 76.5%, 3.5 points below the 80% target (red)',
      'Q3 2009/10: 58.3%, 21.7 points below the 80% target (red)',
      'Q4 2009/10: 59.7% (provisional), 20.3 points below the 80% target (red)',
      'March 2010: 73%, 7 points below the 80% target (red)',
    ]);
  });
  it('say a gap is no value, and a point with no target has no status', () => {
    expect(words(series([3, null]))).to.deep.equal(['Q1 2009/10: 3%', 'Q2 2009/10: no value']);
    expect(words(series([45, 70], { polarity: 'range', range: [40, 60], tolerance: 10 }))).to.deep.equal([
      'Q1 2009/10: 45%, inside the range of 40% to 60% (green)',
      'Q2 2009/10: 70%, 10 points above the range of 40% to 60% (amber)',
    ]);
  });
});

describe('viewKpi: what the live region and the chart description say', () => {
  const model = layoutKpi(read(leeds('NI 59')), '', { locale: LOCALE }).model;
  const ui = { variant: 'inline' as const, showData: false, locale: LOCALE };
  it('speaks a point reached by a key, with its place in the series', () => {
    const view = viewKpi(model, { ...ui, active: 2, spoken: true });
    expect(view.tip).to.equal('Q4 2009/10: 59.7% (provisional), 20.3 points below the 80% target (red)');
    expect(view.announcement).to.equal(
      'Q4 2009/10: 59.7% (provisional), 20.3 points below the 80% target (red). Point 3 of 4.',
    );
  });
  it('says nothing for a point under the pointer (the tooltip shows it), or with no point', () => {
    expect(viewKpi(model, { ...ui, active: 2, spoken: false }).announcement).to.equal('');
    expect(viewKpi(model, { ...ui, active: undefined, spoken: true }).announcement).to.equal('');
  });
  it('writes the keys out', () => {
    expect(viewKpi(model, { ...ui, active: undefined, spoken: false }).keys).to.equal(
      'Use the left and right arrow keys to move between points, Home and End for the first and last; Enter or Space chooses a point.',
    );
  });
});
