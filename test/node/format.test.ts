import { expect } from 'chai';
import fc from 'fast-check';
import {
  formatCounts,
  formatDate,
  formatDays,
  formatDifference,
  formatMoney,
  formatMonth,
  formatNumber,
  formatShortDate,
  formatValue,
  resolveLocale,
  textDirection,
} from '../../src/core/format.js';
import { dayNumber, dayToDate } from '../../src/core/periods.js';
import { readUnit } from '../../src/core/shapes/kpi.js';
import { intlCalls } from './intl-calls.js';

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

// en-GB is written without Intl (the first use of Intl on a page loads ICU's data, issue 20): the words must be
// Intl's own, for every number and day.
describe('en-GB without Intl: the same words as Intl', () => {
  const intlNumber = (value: number, min: number, max: number) =>
    new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max }).format(value);
  const edges = [
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    2.5,
    -2.5,
    1.005,
    1.015,
    1.045,
    0.125,
    0.375,
    9.995,
    99.995,
    999.5,
    999999.5,
    0.0001,
    0.005,
    -0.001,
    -0.005,
    1e-7,
    1.5e-7,
    123456789.123,
    1e15,
    1e21,
    1.7976931348623157e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    0.1 + 0.2,
    59.7,
    20.3,
    1234567.891,
    NaN,
    Infinity,
    -Infinity,
  ];
  it('formatNumber at 0, 2 and 3 decimals, on edge values and 20,000 random ones', () => {
    const randoms = fc.sample(
      fc.oneof(
        fc.double({ noNaN: false }),
        fc.double({ min: -1e7, max: 1e7 }),
        fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
        fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 8),
        // Small whole numbers take a short way (enGbNumber): the same words.
        fc.integer({ min: -2000, max: 2000 }),
      ),
      { numRuns: 20_000, seed: 20 },
    );
    for (const value of [...edges, ...randoms])
      for (const max of [0, 1, 2, 3])
        expect(formatNumber(value, 'en-GB', max), `${value} at ${max}`).to.equal(intlNumber(value, 0, max));
  });
  it('never calls Intl for en-GB', () => {
    const calls = intlCalls(() => {
      resolveLocale('en-GB');
      formatNumber(1234.5678, 'en-GB', 3);
      formatValue(59.7, 'percent');
      formatMoney(75.5);
      formatMoney(1_254_000);
      formatDate(dayNumber(2010, 1, 7));
      formatMonth(dayNumber(2010, 3, 1));
      formatShortDate(dayNumber(2010, 9, 7));
    });
    expect(calls).to.deep.equal([]);
    expect(formatNumber(1234.5, 'de-DE')).to.equal('1.234,5');
  });
  it('money with pence: two decimals always', () => {
    for (const value of [75.5, 0.01, 0.005, 1234.567, 999999.985, 12.3])
      expect(formatMoney(value)).to.equal(`£${intlNumber(value, 2, 2)}`);
  });
  it('formatDate, formatMonth and formatShortDate on every day from 1900 to 2100', () => {
    const styles = [
      [formatDate, { day: 'numeric', month: 'long', year: 'numeric' }],
      [formatMonth, { month: 'long', year: 'numeric' }],
      [formatShortDate, { day: 'numeric', month: 'short', year: 'numeric' }],
    ] as const;
    for (const [format, options] of styles) {
      const intl = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
      for (let day = dayNumber(1900, 1, 1); day <= dayNumber(2100, 12, 31); day++)
        expect(format(day), `day ${day}`).to.equal(intl.format(dayToDate(day)));
    }
  });
});

describe('textDirection(locale)', () => {
  it('is left to right for English, Welsh and the languages written in Latin, Cyrillic or Han', () => {
    for (const l of ['en-GB', 'en', 'cy', 'cy-GB', 'pl', 'ru', 'ja', 'ku', 'sr-Latn'])
      expect(textDirection(l), l).to.equal('ltr');
  });
  it('is right to left for a language written right to left, by its likely or given script', () => {
    for (const l of ['ar', 'ar-EG', 'he', 'ur', 'fa', 'ps', 'yi', 'dv', 'ckb', 'pa-Arab', 'az-Arab'])
      expect(textDirection(l), l).to.equal('rtl');
  });
  it('is left to right for a tag that cannot be read', () => {
    for (const l of ['', 'x', '12', 'zz']) expect(textDirection(l), l).to.equal('ltr');
  });
});
