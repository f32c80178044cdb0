/**
 * Numbers written the European or SI way are refused with the plain number to write (docs/reference.md §5.3),
 * never read as another number.
 */
import { expect } from 'chai';
import { parseCsv, relocate } from '../../src/core/csv.js';
import { number, readWith } from '../../src/core/schema.js';
import { kpiDocument, kpisFromSheet } from '../../src/core/shapes/kpi.js';

const problem = (value: unknown) => readWith(number(), value, 'value').problems.map((p) => p.message);

describe('numbers written the European or SI way', () => {
  it('a space between the thousands (an ordinary, no-break or narrow no-break space): "write 1234"', () => {
    expect(problem('1 234')).to.deep.equal(['"1 234" has a space between the thousands: write 1234']);
    expect(problem('1\u00a0234')).to.deep.equal([
      '"1\u00a0234" has a space between the thousands: write 1234',
    ]);
    expect(problem('1\u202f234\u202f567')).to.deep.equal([
      '"1\u202f234\u202f567" has a space between the thousands: write 1234567',
    ]);
    expect(problem('-1 234.5')).to.deep.equal([
      '"-1 234.5" has a space between the thousands: write -1234.5',
    ]);
  });

  it('a space between the thousands and a comma before the decimals: "write 1234.5"', () => {
    expect(problem('1 234,5')).to.deep.equal([
      '"1 234,5" has a space between the thousands and a comma before the decimals: write 1234.5',
    ]);
  });

  it('a point between the thousands and a comma before the decimals: "write 1234.5"', () => {
    expect(problem('1.234,5')).to.deep.equal([
      '"1.234,5" has a point between the thousands and a comma before the decimals, as written in much of Europe: write 1234.5',
    ]);
    expect(problem('1.234.567')).to.deep.equal([
      '"1.234.567" has a point between the thousands, as written in much of Europe: write 1234567',
    ]);
  });

  it('a comma before the decimals where it cannot be thousands: "write 12.5"', () => {
    expect(problem('12,5')).to.deep.equal(['"12,5" has a comma before the decimals: write 12.5']);
    expect(problem('0,25')).to.deep.equal(['"0,25" has a comma before the decimals: write 0.25']);
  });

  it('the plain forms keep their one documented reading: 1,234 is 1234 and 1.234 is 1.234', () => {
    expect(readWith(number(), '1,234', 'value')).to.deep.equal({ value: 1234, problems: [] });
    expect(readWith(number(), '1.234', 'value')).to.deep.equal({ value: 1.234, problems: [] });
  });

  it('in a KPI CSV, the value is refused on its row with the number to write, not read as another number', () => {
    const built = kpisFromSheet(parseCsv('ref,period,value\nNI 59,2009/10,"1.234,5"\nNI 59,2010/11,1 234\n'));
    const read = readWith(kpiDocument, built.value, '');
    expect(relocate(read.problems, built.origins).map((p) => p.message)).to.deep.equal([
      '"1.234,5" has a point between the thousands and a comma before the decimals, as written in much of Europe: write 1234.5',
      '"1 234" has a space between the thousands: write 1234',
    ]);
    // Not read at all: neither 1.2345 nor 1234 is drawn.
    expect(read.value?.kpis[0]?.series.map((p) => p.value)).to.deep.equal([undefined, undefined]);
  });
});
