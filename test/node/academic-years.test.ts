/**
 * An indicator whose year pairs are academic years says so once, with `"periodType": "academic-year"`
 * (docs/reference.md §6): its `2018/19` is then 1 September 2018 to 31 August 2019, never the financial year.
 */
import { expect } from 'chai';
import { layoutKpi } from '../../src/components/kpi-sparkline/kpi-sparkline.layout.js';
import { dayNumber, parsePeriod } from '../../src/core/periods.js';
import { readWith } from '../../src/core/schema.js';
import { type KpiData, kpi } from '../../src/core/shapes/kpi.js';

function read(raw: unknown): KpiData {
  const r = readWith(kpi, raw, '');
  if (r.problems.length) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.value!;
}

const mids = (raw: unknown) => layoutKpi(read(raw), '').model.points.map((p) => p.mid);
/** The middle of a span of whole days, as periods.ts puts a point. */
const middle = (start: number, end: number) => (start + end + 1) / 2;

describe('periodType on an indicator', () => {
  const series = [
    { period: '2017/18', value: 1 },
    { period: '2018/19', value: 2 },
  ];

  it('reads its year pairs as academic years with periodType "academic-year"', () => {
    expect(mids({ periodType: 'academic-year', series })).to.deep.equal([
      middle(dayNumber(2017, 9, 1), dayNumber(2018, 8, 31)),
      middle(dayNumber(2018, 9, 1), dayNumber(2019, 8, 31)),
    ]);
  });

  it('reads them as financial years without it, as the contract says', () => {
    expect(mids({ series })).to.deep.equal([
      middle(dayNumber(2017, 4, 1), dayNumber(2018, 3, 31)),
      middle(dayNumber(2018, 4, 1), dayNumber(2019, 3, 31)),
    ]);
    expect(mids({ periodType: 'financial-year', series })[1]).to.equal(
      middle(dayNumber(2018, 4, 1), dayNumber(2019, 3, 31)),
    );
  });

  it('refuses a periodType it does not know, offering the two', () => {
    const r = readWith(kpi, { periodType: 'school year', series }, '');
    expect(r.problems.map((p) => p.message).join('\n'))
      .to.contain('academic-year')
      .and.contain('financial-year');
  });
});

describe('a year written with a dash in an indicator of academic years', () => {
  it('is not guessed: 2011-12 could be December 2011 or the academic year 2011/12, and the problem says so', () => {
    const r = parsePeriod('2011-12', { periodType: 'academic-year' });
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.message).to.equal(
      '"2011-12" could be December 2011 or the academic year 2011/12: write 2011/12 for the academic year, or December 2011 for the month',
    );
    // Any other month is a month, and without periodType 2011-12 is December 2011 as the contract says.
    const march = parsePeriod('2011-03', { periodType: 'academic-year' });
    expect(march.ok && march.period.kind).to.equal('month');
    const plain = parsePeriod('2011-12');
    expect(plain.ok && plain.period.kind).to.equal('month');
  });
});
