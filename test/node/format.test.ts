import { expect } from 'chai';
import {
  formatCounts,
  formatDate,
  formatDays,
  formatDifference,
  formatMoney,
  formatNumber,
  formatValue,
  resolveLocale,
} from '../../src/core/format.js';
import { dayNumber } from '../../src/core/periods.js';
import { readUnit } from '../../src/core/shapes/kpi.js';

describe('formatValue(value, unit)', () => {
  it('writes the units of the Leeds indicator table', () => {
    expect(formatValue(73, 'percent')).to.equal('73%');
    expect(formatValue(59.7, 'percent')).to.equal('59.7%');
    expect(formatValue(1234, 'count')).to.equal('1,234');
    expect(formatValue(89.1, { rate: 10000 })).to.equal('89.1 per 10,000');
    expect(formatValue(6, { outOf: 15 })).to.equal('6 out of 15');
    expect(formatValue(12, 'days')).to.equal('12 days');
    expect(formatValue(-3.5, undefined)).to.equal('-3.5');
  });
  it('follows the locale', () => {
    expect(formatValue(1234.5, 'count', 'de-DE')).to.equal('1.234,5');
  });
});

describe('formatDifference(difference, unit)', () => {
  it('speaks of percentage points for percentages and points for scores', () => {
    expect(formatDifference(-7, 'percent')).to.equal('7 percentage points');
    expect(formatDifference(1, 'percent')).to.equal('1 percentage point');
    expect(formatDifference(2, { outOf: 15 })).to.equal('2 points');
    expect(formatDifference(3.5, { rate: 10000 })).to.equal('3.5 per 10,000');
    expect(formatDifference(-12, 'count')).to.equal('12');
  });
});

describe('formatDate(day)', () => {
  it('writes 7 January 2010 whatever the time zone', () => {
    expect(formatDate(dayNumber(2010, 1, 7))).to.equal('7 January 2010');
    expect(formatDate(dayNumber(2010, 12, 31))).to.equal('31 December 2010');
    expect(formatDate(dayNumber(2011, 6, 27))).to.equal('27 June 2011');
  });
});

describe('small words', () => {
  it('formatDays and formatCounts', () => {
    expect(formatDays(1)).to.equal('1 day');
    expect(formatDays(34)).to.equal('34 days');
    expect(
      formatCounts([
        ['green', 3],
        ['amber', 2],
        ['red', 0],
        ['grey', 1],
      ]),
    ).to.equal('3 green · 2 amber · 1 grey');
    expect(formatNumber(1234567.891)).to.equal('1,234,567.89');
  });
});

describe('readUnit(text)', () => {
  it('reads units as spreadsheets write them', () => {
    expect(readUnit('%')).to.equal('percent');
    expect(readUnit('Percent')).to.equal('percent');
    expect(readUnit('number')).to.equal('count');
    expect(readUnit('per 10,000')).to.deep.equal({ rate: 10000 });
    expect(readUnit('rate per 10000')).to.deep.equal({ rate: 10000 });
    expect(readUnit('score out of 15')).to.deep.equal({ outOf: 15 });
    expect(readUnit(' days ')).to.equal('days');
  });
});

describe('resolveLocale(lang)', () => {
  it('falls back to en-GB for no lang or a malformed one', () => {
    expect(resolveLocale('')).to.equal('en-GB');
    expect(resolveLocale('not a locale!')).to.equal('en-GB');
  });
});

describe('money in GOV.UK style never writes two different amounts alike', () => {
  it('keeps three decimals of a million, and says a billion once the millions round to 1,000', () => {
    expect(formatMoney(1_254_000)).to.equal('£1.254 million');
    expect(formatMoney(1_250_000)).to.equal('£1.25 million');
    expect(formatMoney(1_249_000)).to.equal('£1.249 million');
    expect(formatMoney(1_200_000)).to.equal('£1.2 million');
    expect(formatMoney(999_999_999)).to.equal('£1 billion');
    expect(formatMoney(2_345_678_901)).to.equal('£2.346 billion');
    expect(formatMoney(-1_500_000)).to.equal('-£1.5 million');
  });
});
