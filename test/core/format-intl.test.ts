import { expect } from '@open-wc/testing';
import { formatDate, formatMonth, formatNumber, formatShortDate } from '../../src/core/format.js';
import { dayNumber, dayToDate } from '../../src/core/periods.js';

// en-GB is written without Intl (src/core/format.ts, issue 20); test/node/format.test.ts compares it with
// Node's ICU. This compares it with the browser's own, which the widgets' readers would otherwise get.
describe('en-GB without Intl, in the browser: the same words as its Intl', () => {
  it('numbers at 0 to 3 decimals', () => {
    let seed = 20;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values = [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 9.995, 999999.5, -0.001, 1e-7, 1e21, 0.1 + 0.2];
    for (let i = 0; i < 5000; i++) values.push((next() - 0.5) * 10 ** Math.floor(next() * 12));
    for (let i = 0; i < 5000; i++) values.push(Math.round((next() - 0.5) * 2e6) / 1000);
    for (const max of [0, 1, 2, 3]) {
      const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: max });
      for (const value of values)
        expect(formatNumber(value, 'en-GB', max), `${value} at ${max}`).to.equal(intl.format(value));
    }
  });

  it('every day from 1900 to 2100 in the three date styles', () => {
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
