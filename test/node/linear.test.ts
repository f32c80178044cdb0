import { expect } from 'chai';
import { utcTicks } from 'd3-time';
import { linear } from '../../src/core/linear.js';
import { dayToDate, parsePeriod } from '../../src/core/periods.js';

describe('linear(domain, range)', () => {
  it('maps the ends of the domain to the ends of the range, straight in between and beyond', () => {
    const y = linear([0, 100], [110, 10]);
    expect(y(0)).to.equal(110);
    expect(y(100)).to.equal(10);
    expect(y(25)).to.equal(85);
    expect(y(150)).to.equal(-40);
  });
  it("gives the ends of the range exactly, whatever the domain (d3's arithmetic, not a rounded slope)", () => {
    for (let d1 = 1; d1 <= 400; d1++) {
      expect(linear([0, d1], [0, 1])(d1)).to.equal(1);
      expect(linear([14_000, 14_000 + d1], [8, 712])(14_000 + d1)).to.equal(712);
      expect(linear([14_000, 14_000 + d1], [118, 2])(14_000)).to.equal(118);
    }
  });
  it('maps an empty domain to the middle of the range instead of dividing by zero', () => {
    expect(linear([5, 5], [0, 120])(5)).to.equal(60);
    expect(linear([5, 5], [0, 120])(9)).to.equal(60);
  });
  it('places period middles and d3-time tick dates on one line of day numbers', () => {
    const q4 = parsePeriod('Q4 2009/10');
    const march = parsePeriod('2010-03');
    if (!q4.ok || !march.ok) throw new Error('periods should parse');
    const x = linear([q4.period.mid, march.period.mid], [0, 100]);
    expect(x(q4.period.mid)).to.equal(0);
    expect(x(march.period.mid)).to.equal(100);
    // Dates from d3-time's UTC ticks land on the same line as the day numbers they are.
    const [tick] = utcTicks(dayToDate(q4.period.mid), dayToDate(march.period.mid), 2);
    const day = tick!.getTime() / 86_400_000;
    expect(Number.isInteger(day)).to.equal(true);
    expect(x(day)).to.be.within(0, 100);
  });
});
