/**
 * The sparkline's words for explained gaps and flagged values (symbols.ts), in exact text: a symbol is said
 * with its meaning, leads the sentence when the latest period is one, and is never judged; revised and
 * estimated are said like provisional.
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
  if (value === undefined || problems.length) throw new Error(JSON.stringify(problems));
  return value;
}
const layout = (raw: unknown, card = false) =>
  // In the plain number style, which keeps periods and gaps as written: GOV.UK style is tested on its own.
  layoutKpi(read(raw), '', { locale: LOCALE, numberStyle: 'plain', ...(card ? { size: CARD_SIZE } : {}) })
    .model;
const table = (raw: unknown) =>
  viewKpi(layout(raw), {
    variant: 'inline',
    showData: true,
    locale: LOCALE,
    active: undefined,
    spoken: false,
  }).table.map((r) => [r.period, r.value]);
/** NI 59 from the seed, with one more quarter written as `value`. */
const ni59With = (value: unknown) => {
  const seed = (
    fixtureJson('leeds-report.json') as { indicators: { kpis: { ref: string; series: unknown[] }[] } }
  ).indicators.kpis.find((k) => k.ref === 'NI 59')!;
  return { ...seed, series: [...seed.series, { period: 'Q1 2010/11', value }] };
};
const series = (values: unknown[], extra: Record<string, unknown> = {}) => ({
  ref: 'T1',
  unit: 'percent',
  polarity: 'up',
  series: values.map((value, i) => ({ period: `Q${i + 1} 2009/10`, value })),
  ...extra,
});

describe('the KPI sentence when the latest period is an explained gap', () => {
  it('leads with the gap and its meaning, then the last value, which alone is judged', () => {
    const model = layout(ni59With('c'));
    expect(model.sentence).to.equal(
      'NI 59 (higher is better): confidential (c) in Q1 2010/11; the last value, 73% in March 2010, up from 59.7% (provisional) in Q4 2009/10, improving; 7 points below the 80% target (red). ' +
        '4 values (1 provisional, 1 confidential) from 2008/09 to March 2010, highest 76.5% in 2008/09, lowest 58.3% in Q3 2009/10; baseline 79.9% in 2008/09; data quality: Some Concerns with data.',
    );
    expect([model.latest?.period, model.status, model.trend]).to.deep.equal([
      'March 2010',
      'red',
      'improving',
    ]);
  });

  it('says each symbol by its meaning, bracketed or not: [x] not available, low rounds to zero', () => {
    expect(layout(ni59With('[X]')).sentence).to.match(
      /^NI 59 \(higher is better\): not available \(x\) in Q1 2010\/11; the last value, 73% in March 2010, /,
    );
    expect(layout(ni59With('low')).sentence).to.match(
      /^NI 59 \(higher is better\): rounds to zero \(low\) in Q1 2010\/11; the last value, 73% in March 2010, /,
    );
  });

  it('says the seed’s "Full data unavailable at the time of report publication" in its own words', () => {
    expect(layout(ni59With('Full data unavailable at the time of report publication')).sentence).to.match(
      /^NI 59 \(higher is better\): full data unavailable at the time of report publication in Q1 2010\/11; the last value, 73% in March 2010, /,
    );
  });

  it('with no value at all, says the latest gap and that there are no values: no status, no trend', () => {
    const model = layout(series(['c', 'z'], { target: 60 }));
    expect(model.sentence).to.equal('T1: not applicable (z) in Q2 2009/10; no values yet.');
    expect([model.status, model.trend]).to.deep.equal(['none', 'none']);
  });

  it('a gap between values is counted by its meaning, not as missing, and the move skips it', () => {
    expect(layout(series([4, 'c', 6, null])).sentence).to.equal(
      'T1 (higher is better): 6% in Q3 2009/10, up from 4% in Q1 2009/10, improving; no target. ' +
        '2 values (1 confidential, 1 missing) from Q1 2009/10 to Q3 2009/10.',
    );
  });

  it('a plain gap (null) after the last value is not said as the latest: the data does not explain it', () => {
    expect(layout(series([4, 6, null])).sentence).to.match(
      /^T1 \(higher is better\): 6% in Q2 2009\/10, up from 4%/,
    );
  });
});

describe('revised and estimated values are said like provisional ones', () => {
  it('in the sentence, its count, each point’s words and the card’s trend', () => {
    const raw = series(['50 [r]', '52e', '54p [r]'], { target: 60 });
    expect(layout(raw).sentence).to.equal(
      'T1 (higher is better): 54% (provisional, revised) in Q3 2009/10, up from 52% (estimated) in Q2 2009/10, improving; 6 points below the 60% target (red). ' +
        '3 values (1 provisional, 2 revised, 1 estimated) from Q1 2009/10 to Q3 2009/10, highest 54% (provisional, revised) in Q3 2009/10, lowest 50% (revised) in Q1 2009/10.',
    );
    expect(layout(raw).points.map((p) => p.words)).to.deep.equal([
      'Q1 2009/10: 50% (revised), 10 points below the 60% target (red)',
      'Q2 2009/10: 52% (estimated), 8 points below the 60% target (red)',
      'Q3 2009/10: 54% (provisional, revised), 6 points below the 60% target (red)',
    ]);
    expect(layout(raw, true).trendWords).to.equal('improving: from 52% (estimated) in Q2 2009/10');
  });
});

describe('"Show data" and the point’s words for an explained gap', () => {
  it('the table shows the symbol with its meaning; flags after the value', () => {
    expect(table(series(['59.7p', 'c', '45 [r]', 'Full data unavailable']))).to.deep.equal([
      ['Q1 2009/10', '59.7% (provisional)'],
      ['Q2 2009/10', 'c — confidential'],
      ['Q3 2009/10', '45% (revised)'],
      ['Q4 2009/10', 'Full data unavailable'],
    ]);
    expect(table(series(['[x]', '..', 'K', '[z]']))).to.deep.equal([
      ['Q1 2009/10', 'x — not available'],
      ['Q2 2009/10', '.. — not available'],
      ['Q3 2009/10', 'k — rounds to zero'],
      ['Q4 2009/10', 'z — not applicable'],
    ]);
  });

  it('the tooltip and the announcement say the gap’s meaning and symbol, never a status', () => {
    const model = layout(series([50, 'u'], { target: 60 }));
    expect(model.points.map((p) => p.words)).to.deep.equal([
      'Q1 2009/10: 50%, 10 points below the 60% target (red)',
      'Q2 2009/10: low reliability (u)',
    ]);
    const view = viewKpi(model, {
      variant: 'inline',
      showData: false,
      locale: LOCALE,
      active: 1,
      spoken: true,
    });
    expect(view.announcement).to.equal('Q2 2009/10: low reliability (u). Point 2 of 2.');
  });

  it('a gap is drawn as a gap: no point and a broken line, never at zero', () => {
    const model = layout(series([50, 'c', 54]));
    expect(model.points.map((p) => p.y === undefined)).to.deep.equal([false, true, false]);
    expect(model.solid).to.equal('');
    expect(model.dots.match(/M/g)?.length).to.equal(2);
  });
});

describe('the card’s line under its value', () => {
  const when = (raw: unknown) =>
    viewKpi(layout(raw, true), {
      variant: 'card',
      showData: false,
      locale: LOCALE,
      active: undefined,
      spoken: false,
    }).latestWhen;
  it('gives the last value’s period with its flags, then an explained gap after it', () => {
    expect(when(series([50, '52p']))).to.equal('Q2 2009/10 (provisional)');
    expect(when(series([50, '52 [r]', 'c']))).to.equal('Q2 2009/10 (revised); Q3 2009/10: confidential (c)');
    expect(when(series([50, null]))).to.equal('Q1 2009/10');
    expect(when(series(['c']))).to.equal('');
  });
});

describe('a comparator’s explained gap in "Show data"', () => {
  it('is shown with its meaning, as the indicator’s own column shows it, not as an empty cell', () => {
    const raw = {
      ...series([50, 52]),
      comparators: [
        {
          label: 'England',
          series: [
            { period: 'Q1 2009/10', value: 48 },
            { period: 'Q2 2009/10', value: 'c' },
          ],
        },
      ],
    };
    expect(
      viewKpi(layout(raw), {
        variant: 'inline',
        showData: true,
        locale: LOCALE,
        active: undefined,
        spoken: false,
      }).table.map((r) => r.comparators),
    ).to.deep.equal([['48%'], ['c — confidential']]);
  });
});
