/**
 * The sparkline's sentence (its accessible name) and each point's words (its tooltip and what arrow keys
 * announce), in exact text for the cases a sighted reader tells apart: up and down, a range, no target,
 * provisional and missing values, comparators and a single point.
 */
import { expect } from 'chai';
import {
  CARD_SIZE,
  INLINE_SIZE,
  layoutKpi,
  periodWords,
} from '../../src/components/kpi-sparkline/kpi-sparkline.layout.js';
import { viewKpi } from '../../src/components/kpi-sparkline/kpi-sparkline.view.js';
import { formatDifference, formatValue } from '../../src/core/format.js';
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
      'NI 59 (higher is better): 73% in March 2010, up from 59.7% (provisional) in Q4 2009/10 (January to March 2010), improving; 7 percentage points below the 80% target (red). ' +
        '4 values (1 provisional), the first in 2008 to 2009, highest 76.5% in 2008 to 2009, lowest 58.3% in Q3 2009/10 (October to December 2009); baseline 79.9% in 2008 to 2009; data quality: Some Concerns with data.',
    );
  });

  it('down (lower is better): a fall is improving', () => {
    expect(sentence(leeds('NI 64'))).to.equal(
      'NI 64 (lower is better): 6.2% (provisional) in 2009 to 2010, down from 7.6% in 2008 to 2009, improving; 1.4 percentage points below the 7.6% target (green). ' +
        '2 values (1 provisional), the first in 2008 to 2009; baseline 7.8% in 2007 to 2008; data quality: Some concerns in year, data validated at Year End.',
    );
  });

  it('range polarity: inside or outside the range, by how much', () => {
    const range = { polarity: 'range', range: [40, 60] };
    expect(sentence(series([70, 55, 65], range))).to.equal(
      'T1 (best inside the range): 65% in Q3 2009/10 (October to December 2009), up from 55% in Q2 2009/10 (July to September 2009), worsening; 5 percentage points above the range of 40% to 60% (red). ' +
        '3 values, the first in Q1 2009/10 (April to June 2009), highest 70% in Q1 2009/10, lowest 55% in Q2 2009/10.',
    );
    expect(sentence(series([70, 50], range))).to.equal(
      'T1 (best inside the range): 50% in Q2 2009/10 (July to September 2009), down from 70% in Q1 2009/10 (April to June 2009), improving; inside the range of 40% to 60% (green). ' +
        '2 values, the first in Q1 2009/10.',
    );
    expect(sentence(leeds('NI 65'))).to.equal(
      'NI 65 (nearer the target is better): 10.4% (provisional) in 2009 to 2010, up from 8.9% in 2008 to 2009, improving; 2.1 percentage points below the 12.5% target (red). ' +
        '2 values (1 provisional), the first in 2008 to 2009; baseline 17.5% in 2007 to 2008; data quality: Some concerns in year, data validated at Year End.',
    );
  });

  it('no target: says so, and the trend follows the polarity alone', () => {
    expect(sentence(series([4, 4, 6, null]))).to.equal(
      'T1 (higher is better): 6% in Q3 2009/10 (October to December 2009), up from 4% in Q2 2009/10 (July to September 2009), improving; no target. ' +
        '3 values (1 missing), the first in Q1 2009/10 (April to June 2009), highest 6% in Q3 2009/10, lowest 4% in Q1 2009/10.',
    );
    expect(sentence(series([5, 5, 5]))).to.equal(
      'T1 (higher is better): 5% in Q3 2009/10 (October to December 2009), unchanged from 5% in Q2 2009/10 (July to September 2009); no target. 3 values, the first in Q1 2009/10 (April to June 2009), all 5%.',
    );
  });

  it('provisional values are counted and named as provisional', () => {
    const raw = series([50, 52, 54], { target: 60 });
    (raw.series[1] as { provisional?: boolean }).provisional = true;
    (raw.series[2] as { provisional?: boolean }).provisional = true;
    expect(sentence(raw)).to.equal(
      'T1 (higher is better): 54% (provisional) in Q3 2009/10 (October to December 2009), up from 52% (provisional) in Q2 2009/10 (July to September 2009), improving; 6 percentage points below the 60% target (red). ' +
        '3 values (2 provisional), the first in Q1 2009/10 (April to June 2009), highest 54% (provisional) in Q3 2009/10, lowest 50% in Q1 2009/10.',
    );
  });

  it('comparators: said against the latest value when they have one for its period (the gap too in the card), else their own latest value', () => {
    const raw = series([50, 58], {
      target: 60,
      comparators: [
        { label: 'England', series: [{ period: 'Q2 2009/10', value: 55 }] },
        { label: 'Statistical neighbours', series: [{ period: 'Q1 2009/10', value: 61 }] },
      ],
    });
    expect(sentence(raw)).to.equal(
      'T1 (higher is better): 58% in Q2 2009/10 (July to September 2009), up from 50% in Q1 2009/10 (April to June 2009), improving; 2 percentage points below the 60% target (red); better than England (55%). ' +
        '2 values, the first in Q1 2009/10; Statistical neighbours 61% in Q1 2009/10.',
    );
    expect(sentence(raw, true)).to.equal(
      'T1 (higher is better): 58% in Q2 2009/10 (July to September 2009), up from 50% in Q1 2009/10 (April to June 2009), improving; 2 percentage points below the 60% target (red); better than England (55%) by 3 percentage points. ' +
        '2 values, the first in Q1 2009/10; Statistical neighbours 61% in Q1 2009/10.',
    );
  });

  it('one point: no move, no trend, and says there is only one value', () => {
    expect(sentence(leeds('NI 71'))).to.equal(
      'NI 71 (higher is better): 6 out of 15 in 2009 to 2010; 2 points below the 8 out of 15 target (red). ' +
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
        'T1 (the data does not say whether higher or lower is better): 54% in Q3 2009/10 (October to December 2009), up from 52% in Q2 2009/10 (July to September 2009); 6 percentage points below the 60% target (no status). ' +
          '3 values, the first in Q1 2009/10 (April to June 2009), highest 54% in Q3 2009/10, lowest 50% in Q1 2009/10.',
      );
      expect(card(raw)).to.deep.equal({
        trend: 'increasing',
        status: 'none',
        trendText: 'Higher than 52% in Q2 2009/10 (July to September 2009)',
      });
    });
  }
  it('a fall with no polarity is "decreasing", said as lower than the value before; no target, no status', () => {
    const raw = series([54, 50], { polarity: undefined });
    expect(card(raw)).to.deep.equal({
      trend: 'decreasing',
      status: 'none',
      trendText: 'Lower than 54% in Q1 2009/10 (April to June 2009)',
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
      '2008/09: 76.5%, 3.5 percentage points below the 80% target (red)',
      'Q3 2009/10: 58.3%, 21.7 percentage points below the 80% target (red)',
      'Q4 2009/10: 59.7% (provisional), 20.3 percentage points below the 80% target (red)',
      'March 2010: 73%, 7 percentage points below the 80% target (red)',
    ]);
  });
  it('say a gap is no value, and a point with no target has no status', () => {
    expect(words(series([3, null]))).to.deep.equal(['Q1 2009/10: 3%', 'Q2 2009/10: no value']);
    expect(words(series([45, 70], { polarity: 'range', range: [40, 60], tolerance: 10 }))).to.deep.equal([
      'Q1 2009/10: 45%, inside the range of 40% to 60% (green)',
      'Q2 2009/10: 70%, 10 percentage points above the range of 40% to 60% (amber)',
    ]);
  });
});

describe('viewKpi: what the live region and the chart description say', () => {
  const model = layoutKpi(read(leeds('NI 59')), '', { locale: LOCALE }).model;
  const ui = { variant: 'inline' as const, showData: false, locale: LOCALE };
  it('speaks a point reached by a key, with its place in the series', () => {
    const view = viewKpi(model, { ...ui, active: 2, spoken: true });
    expect(view.tip).to.equal(
      'Q4 2009/10: 59.7% (provisional), 20.3 percentage points below the 80% target (red)',
    );
    expect(view.announcement).to.equal(
      'Q4 2009/10: 59.7% (provisional), 20.3 percentage points below the 80% target (red). Point 3 of 4.',
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

describe('the KPI sentence against benchmarks: better, similar or worse than a comparator', () => {
  const latest = (value: number, extra: Record<string, unknown> = {}) => ({
    period: 'Q2 2009/10',
    value,
    ...extra,
  });
  const withEngland = (
    value: number,
    england: number,
    extra: Record<string, unknown> = {},
    own: Record<string, unknown> = {},
    theirs: Record<string, unknown> = {},
  ) => ({
    ref: 'T1',
    unit: 'percent',
    polarity: 'up',
    series: [{ period: 'Q1 2009/10', value: 50 }, latest(value, own)],
    comparators: [{ label: 'England', series: [latest(england, theirs)] }],
    ...extra,
  });
  const compared = (raw: unknown) =>
    layoutKpi(read(raw), '', { locale: LOCALE }).model.comparisons.map((c) => c.words);

  it('with a polarity and no limits: better or worse by the values, the same as when equal', () => {
    expect(compared(withEngland(58, 55))).to.deep.equal(['better than England (55%)']);
    expect(compared(withEngland(52, 55))).to.deep.equal(['worse than England (55%)']);
    expect(compared(withEngland(55, 55))).to.deep.equal(['the same as England (55%)']);
    expect(compared(withEngland(58, 55, { polarity: 'down' }))).to.deep.equal(['worse than England (55%)']);
    expect(sentence(withEngland(52, 55, { target: 60 }))).to.equal(
      'T1 (higher is better): 52% in Q2 2009/10 (July to September 2009), up from 50% in Q1 2009/10 (April to June 2009), improving; 8 percentage points below the 60% target (red); worse than England (55%). ' +
        '2 values, the first in Q1 2009/10.',
    );
  });

  it('with no polarity: higher or lower than, never better or worse', () => {
    expect(compared(withEngland(58, 55, { polarity: undefined }))).to.deep.equal([
      'higher than England (55%)',
    ]);
    expect(compared(withEngland(52, 55, { polarity: '-' }))).to.deep.equal(['lower than England (55%)']);
    expect(compared(withEngland(55, 55, { polarity: 'No judgement' }))).to.deep.equal([
      'the same as England (55%)',
    ]);
    expect(sentence(withEngland(58, 55, { polarity: undefined }))).to.equal(
      'T1 (the data does not say whether higher or lower is better): 58% in Q2 2009/10 (July to September 2009), up from 50% in Q1 2009/10 (April to June 2009); no target; higher than England (55%). ' +
        '2 values, the first in Q1 2009/10.',
    );
  });

  it('with confidence limits on both: similar when the intervals overlap (the Fingertips rule), else better or worse', () => {
    const overlap = withEngland(58, 55, {}, { lower: 54, upper: 62 }, { lower: 53, upper: 57 });
    expect(compared(overlap)).to.deep.equal(['similar to England (55%)']);
    const apart = withEngland(58, 55, {}, { lci: 57, uci: 59 }, { lci: 54, uci: 56 });
    expect(compared(apart)).to.deep.equal(['better than England (55%)']);
    const below = withEngland(52, 55, {}, { lower: 51, upper: 53 }, { lower: 54, upper: 56 });
    expect(compared(below)).to.deep.equal(['worse than England (55%)']);
    expect(compared(withEngland(52, 55, { polarity: undefined }, { lower: 50, upper: 56 }))).to.deep.equal([
      'similar to England (55%)',
    ]);
  });

  it('with limits on one side only: similar when the other value lies inside the interval', () => {
    expect(compared(withEngland(58, 55, {}, { lower: 54, upper: 62 }))).to.deep.equal([
      'similar to England (55%)',
    ]);
    expect(compared(withEngland(58, 55, {}, {}, { lower: 50, upper: 60 }))).to.deep.equal([
      'similar to England (55%)',
    ]);
    expect(compared(withEngland(58, 55, {}, { lower: 57, upper: 59 }))).to.deep.equal([
      'better than England (55%)',
    ]);
  });

  it('says the rank and count when given, and the gap in the card', () => {
    const raw = withEngland(58, 55);
    (raw.comparators[0] as Record<string, unknown>).rank = 97;
    (raw.comparators[0] as Record<string, unknown>).count = 153;
    expect(compared(raw)).to.deep.equal(['better than England (55%), rank 97 of 153']);
    const card = layoutKpi(read(raw), '', { locale: LOCALE, size: CARD_SIZE }).model;
    expect(card.comparisons.map((c) => c.words)).to.deep.equal([
      'better than England (55%) by 3 percentage points, rank 97 of 153',
    ]);
  });

  it('a comparator with no value for the latest period is given as it is, not compared', () => {
    const raw = withEngland(58, 55);
    raw.comparators[0]!.series = [{ period: 'Q1 2009/10', value: 61 }];
    const { model } = layoutKpi(read(raw), '', { locale: LOCALE });
    expect(model.comparisons).to.deep.equal([
      { label: 'England', words: 'England 61% in Q1 2009/10 (April to June 2009)' },
    ]);
    expect(model.sentence).to.equal(
      'T1 (higher is better): 58% in Q2 2009/10 (July to September 2009), up from 50% in Q1 2009/10 (April to June 2009), improving; no target. ' +
        '2 values, the first in Q1 2009/10; England 61% in Q1 2009/10.',
    );
  });

  it('draws the confidence interval when the points give limits, and only then', () => {
    const none = layoutKpi(read(withEngland(58, 55)), '', { locale: LOCALE }).model;
    expect(none.confidence === undefined).to.equal(true);
    const raw = withEngland(58, 55, {}, { lower: 40, upper: 70 });
    raw.series[0] = { period: 'Q1 2009/10', value: 50, lower: 45, upper: 55 } as (typeof raw.series)[0];
    const { model } = layoutKpi(read(raw), '', { locale: LOCALE });
    expect(model.confidence!.area).to.match(/^M[\d.,L]+Z$/);
    expect(model.confidence!.edges.match(/M/g)!.length).to.equal(2);
    // The limits are inside the chart: the upper limit, 70, is the highest thing drawn.
    const ys = model.confidence!.edges.match(/,[\d.]+/g)!.map((v) => Number(v.slice(1)));
    expect(Math.min(...ys)).to.equal(INLINE_SIZE.pad);
  });

  it('a single point with limits gets a whisker', () => {
    const raw = withEngland(58, 55, {}, { lower: 40, upper: 70 });
    const { model } = layoutKpi(read(raw), '', { locale: LOCALE });
    expect(model.confidence!.area).to.equal('');
    expect(model.confidence!.edges).to.contain('V');
  });
});

describe('GOV.UK style for numbers and words (number-style, govuk by default)', () => {
  it('writes money as £1.2 million and £75,000, never £1.2m or £75k; pence only when there are some', () => {
    expect(formatValue(1_200_000, '£')).to.equal('£1.2 million');
    expect(formatValue(15_600_000, 'GBP')).to.equal('£15.6 million');
    expect(formatValue(3_000_000_000, 'pounds')).to.equal('£3 billion');
    expect(formatValue(999_999, '£')).to.equal('£999,999');
    expect(formatValue(75_000, '£')).to.equal('£75,000');
    expect(formatValue(75, '£')).to.equal('£75');
    expect(formatValue(75.5, '£')).to.equal('£75.50');
    expect(formatValue(-2_500_000, '£')).to.equal('-£2.5 million');
    expect(formatValue(1_200_000, '£', LOCALE, 'plain')).to.equal('£1,200,000');
  });

  it('says a money indicator in words: its values and its gap to the target', () => {
    const raw = {
      ref: 'F1',
      unit: '£',
      polarity: 'down',
      target: 1_000_000,
      series: [
        { period: '2010/11', value: 1_500_000 },
        { period: '2011/12', value: 1_200_000 },
      ],
    };
    expect(sentence(raw)).to.equal(
      'F1 (lower is better): £1.2 million in 2011 to 2012, down from £1.5 million in 2010 to 2011, improving; £200,000 above the £1 million target (red). ' +
        '2 values, the first in 2010 to 2011.',
    );
  });

  it('says a change in a per cent indicator in percentage points; a score in points', () => {
    expect(formatDifference(-7, 'percent')).to.equal('7 percentage points');
    expect(formatDifference(1, 'percent')).to.equal('1 percentage point');
    expect(formatDifference(-7, 'percent', LOCALE, 'plain')).to.equal('7 points');
    expect(formatDifference(2, { outOf: 15 })).to.equal('2 points');
  });

  it('gives a quarter its months and a financial year as a year range, in prose only', () => {
    expect(periodWords('Q4 2009/10')).to.equal('Q4 2009/10 (January to March 2010)');
    expect(periodWords('Q1 2010/11')).to.equal('Q1 2010/11 (April to June 2010)');
    expect(periodWords('2011/12')).to.equal('2011 to 2012');
    expect(periodWords('2010-03')).to.equal('March 2010');
    expect(periodWords('Q4 2009/10', LOCALE, 'plain')).to.equal('Q4 2009/10');
    expect(periodWords('2011/12', LOCALE, 'plain')).to.equal('2011/12');
    // The tooltip and the data table keep the period as written.
    expect(words(series([3]))).to.deep.equal(['Q1 2009/10: 3%']);
  });

  it('says a quarter’s months once in a sentence, the first time it is named', () => {
    const text = sentence(series([70, 55, 65]));
    expect(text.match(/\(April to June 2009\)/g)!.length).to.equal(1);
    expect(text.match(/Q1 2009\/10/g)!.length).to.equal(2);
  });

  it('number-style plain keeps the forms as written (the sentence as it was)', () => {
    const plain = layoutKpi(read(leeds('NI 59')), '', { locale: LOCALE, numberStyle: 'plain' }).model;
    expect(plain.sentence).to.equal(
      'NI 59 (higher is better): 73% in March 2010, up from 59.7% (provisional) in Q4 2009/10, improving; 7 points below the 80% target (red). ' +
        '4 values (1 provisional) from 2008/09 to March 2010, highest 76.5% in 2008/09, lowest 58.3% in Q3 2009/10; baseline 79.9% in 2008/09; data quality: Some Concerns with data.',
    );
    expect(plain.points.at(-1)!.words).to.equal('March 2010: 73%, 7 points below the 80% target (red)');
  });

  it('writes "%" with a number, never "per cent"', () => {
    for (const ref of ['NI 59', 'NI 64', 'NI 65']) expect(sentence(leeds(ref))).not.to.contain('per cent');
    expect(formatValue(73, 'percent')).to.equal('73%');
  });
});

describe('confidence limits in words: the tooltip and the data table say the interval the band draws', () => {
  it('says each point’s confidence interval, and nothing for a point without limits', () => {
    const raw = series([70, 80], { target: 85 });
    Object.assign(raw.series[1]!, { lci: 77, uci: 83 });
    expect(words(raw)).to.deep.equal([
      'Q1 2009/10: 70%, 15 percentage points below the 85% target (red)',
      'Q2 2009/10: 80% (confidence interval 77% to 83%), 5 percentage points below the 85% target (red)',
    ]);
    const model = layoutKpi(read(raw), '', { locale: LOCALE }).model;
    const view = viewKpi(model, {
      variant: 'inline',
      showData: true,
      locale: LOCALE,
      active: undefined,
      spoken: false,
    });
    expect(view.table.map((r) => r.value)).to.deep.equal(['70%', '80% (confidence interval 77% to 83%)']);
  });
});

describe('confidence limits written as Excel shows a per cent cell', () => {
  it('reads "77%" as 77 in the limits of a per cent indicator and its comparators, as the JSON Schema allows', () => {
    const { value, problems } = readWith(
      kpi,
      {
        unit: 'percent',
        series: [{ period: 'Q1 2009/10', value: '80%', lower: '77%', uci: '83 %' }],
        comparators: [
          {
            label: 'England',
            series: [{ period: 'Q1 2009/10', value: '78%', lci: '77.5%', upper: '78.5%' }],
          },
        ],
      },
      '',
    );
    expect(problems).to.deep.equal([]);
    expect(value!.series[0]).to.include({ value: 80, lower: 77, uci: 83 });
    expect(value!.comparators![0]!.series[0]).to.include({ value: 78, lci: 77.5, upper: 78.5 });
  });
});

describe('"Show data" gives exact figures in every number style', () => {
  it('writes money in full in the table while the sentence says £1.254 million', () => {
    const raw = {
      ref: 'F1',
      unit: '£',
      polarity: 'down',
      target: 1_234_567,
      series: [
        { period: '2009/10', value: 1_254_000 },
        { period: '2010/11', value: 1_250_000 },
      ],
      comparators: [{ label: 'England', series: [{ period: '2010/11', value: 1_249_000 }] }],
    };
    const { model } = layoutKpi(read(raw), '', { locale: LOCALE });
    expect(model.sentence).to.contain('£1.25 million in 2010 to 2011, down from £1.254 million');
    const table = viewKpi(model, {
      variant: 'inline',
      showData: true,
      locale: LOCALE,
      active: undefined,
      spoken: false,
    }).table;
    expect(table.map((r) => [r.value, r.target, ...r.comparators])).to.deep.equal([
      ['£1,254,000', '£1,234,567', ''],
      ['£1,250,000', '£1,234,567', '£1,249,000'],
    ]);
  });
});
