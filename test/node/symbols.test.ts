/**
 * The shorthand of UK official statistics (GSS, StatsWales, Explore Education Statistics): each symbol in place
 * of a value is an explained gap with its meaning, never zero and never an error; the flags after a number say
 * provisional, revised and estimated. In JSON and CSV alike.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { parseCsv } from '../../src/core/csv.js';
import { readWith } from '../../src/core/schema.js';
import { kpi, kpiDocument, kpisFromSheet } from '../../src/core/shapes/kpi.js';
import {
  FLAGS,
  GAP_SYMBOLS,
  gapCell,
  gapWords,
  readFlaggedNumber,
  readSymbol,
} from '../../src/core/symbols.js';
import { plain } from '../setup/plain.js';

const SYMBOLS: [written: string, symbol: string, meaning: string][] = [
  ['c', 'c', 'confidential'],
  ['x', 'x', 'not available'],
  ['z', 'z', 'not applicable'],
  ['k', 'k', 'rounds to zero'],
  ['u', 'u', 'low reliability'],
  ['low', 'low', 'rounds to zero'],
  [':', ':', 'not available'],
  ['..', '..', 'not available'],
];

describe('readSymbol(text): a symbol in place of a value, with its meaning', () => {
  for (const [written, symbol, meaning] of SYMBOLS) {
    it(`${JSON.stringify(written)} is ${meaning}: bare, bracketed, in any case, with space around`, () => {
      for (const form of [written, `[${written}]`, written.toUpperCase(), ` [ ${written.toUpperCase()} ] `])
        expect(readSymbol(form), form).to.deep.equal({ symbol, meaning });
    });
  }

  it('the seed report’s "Full data unavailable at the time of report publication" is a gap in its own words', () => {
    expect(readSymbol('Full data unavailable at the time of report publication')).to.deep.equal({
      symbol: 'Full data unavailable at the time of report publication',
      meaning: 'full data unavailable at the time of report publication',
    });
    expect(readSymbol(' full  data unavailable. ')).to.deep.equal({
      symbol: 'full data unavailable',
      meaning: 'full data unavailable',
    });
  });

  it('anything else is not a symbol: numbers, blanks, other words, two symbols together', () => {
    for (const text of [
      '',
      ' ',
      '0',
      '12.3',
      'cc',
      'c x',
      '[c',
      'c]',
      '[]',
      'n/a',
      'lower',
      '...',
      '[full data unavailable]',
    ])
      expect(readSymbol(text), JSON.stringify(text)).to.equal(undefined);
  });

  it('is said in the sentence as "confidential (c)" and shown in the table as "c — confidential"; words as they are', () => {
    expect(gapWords({ symbol: 'c', meaning: 'confidential' })).to.equal('confidential (c)');
    expect(gapCell({ symbol: 'c', meaning: 'confidential' })).to.equal('c — confidential');
    const words = readSymbol('Full data unavailable at the time of report publication')!;
    expect(gapWords(words)).to.equal('full data unavailable at the time of report publication');
    expect(gapCell(words)).to.equal('Full data unavailable at the time of report publication');
  });
});

describe('readFlaggedNumber(text): a number with the flags after it', () => {
  it('p, r and e, attached or spaced, bare or bracketed, in any case: provisional, revised, estimated', () => {
    const cases: [string, number, string[]][] = [
      ['12.3p', 12.3, ['provisional']],
      ['12.3 [p]', 12.3, ['provisional']],
      ['45 [r]', 45, ['revised']],
      ['45r', 45, ['revised']],
      ['7e', 7, ['estimated']],
      ['7 [E]', 7, ['estimated']],
      ['12.3 P', 12.3, ['provisional']],
      ['1,234 [p] [r]', 1234, ['provisional', 'revised']],
      ['-0.5 [e][p]', -0.5, ['provisional', 'estimated']],
      ['12.3', 12.3, []],
    ];
    for (const [text, value, flags] of cases)
      expect(readFlaggedNumber(text), text).to.deep.equal({ value, flags });
  });

  it('is not a number with flags: flags alone, run-together letters, an exponent, a symbol, words', () => {
    for (const text of ['p', '[r]', '12.3pe', '12 per', '1e5', 'c', '12.3 [x]', 'twelve p', '12%p'])
      expect(readFlaggedNumber(text), text).to.equal(undefined);
  });

  it('lists each flag with its letter and source', () => {
    expect(FLAGS.map((f) => [f.letter, f.flag])).to.deep.equal([
      ['p', 'provisional'],
      ['r', 'revised'],
      ['e', 'estimated'],
    ]);
  });
});

describe('a KPI point written with a symbol or flags (JSON and CSV alike)', () => {
  const point = (value: unknown, unit = 'count') => {
    const { value: read, problems } = readWith(kpi, {
      ref: 'T',
      unit,
      series: [{ period: '2009/10', value }],
    });
    return { point: read?.series[0], problems };
  };

  it('a symbol is an explained gap, not an error and never zero: the point keeps its period', () => {
    for (const [written, symbol, meaning] of SYMBOLS) {
      for (const form of [written, `[${written.toUpperCase()}]`]) {
        expect(point(form), form).to.deep.equal({
          point: { period: '2009/10', value: null, gap: { symbol, meaning } },
          problems: [],
        });
      }
    }
    expect(point('Full data unavailable at the time of report publication').point?.gap?.meaning).to.equal(
      'full data unavailable at the time of report publication',
    );
  });

  it('12.3p is 12.3 provisional, 45 [r] 45 revised, 7e 7 estimated; in per cent, 76.5% [p] too', () => {
    expect(point('12.3p').point).to.deep.equal({ period: '2009/10', value: 12.3, provisional: true });
    expect(point('45 [r]').point).to.deep.equal({ period: '2009/10', value: 45, revised: true });
    expect(point('7e').point).to.deep.equal({ period: '2009/10', value: 7, estimated: true });
    expect(point('76.5% [p]', 'percent').point).to.deep.equal({
      period: '2009/10',
      value: 76.5,
      provisional: true,
    });
  });

  it('other text is still refused for that point only, with the plain number to write', () => {
    expect(plain(point('12.3pe').problems)).to.deep.equal([
      {
        path: 'series[0].value',
        message: '"12.3pe" is not a number: write a plain number, such as 76.5 or 1234',
      },
    ]);
  });

  it('a "gap" written in the data is not read: only the value says why it is missing', () => {
    const { value } = readWith(kpi, {
      series: [{ period: '2009/10', value: 5, gap: { symbol: 'c', meaning: 'confidential' } }],
    });
    expect(value?.series[0]).to.deep.equal({ period: '2009/10', value: 5 });
  });

  it('revised and estimated may also be written as fields, like provisional', () => {
    const { value, problems } = readWith(kpi, {
      series: [{ period: '2009/10', value: 5, revised: 'yes', estimated: true }],
    });
    expect(problems).to.deep.equal([]);
    expect(value?.series[0]).to.deep.equal({ period: '2009/10', value: 5, revised: true, estimated: true });
  });

  it('in CSV, the value column takes the same symbols and flags', () => {
    const built = kpisFromSheet(
      parseCsv(
        'ref,period,value\nNI 59,Q1 2009/10,58.3\nNI 59,Q2 2009/10,[c]\nNI 59,Q3 2009/10,59.7p\nNI 59,Q4 2009/10,x',
      ),
    );
    expect(built.problems).to.deep.equal([]);
    const { value, problems } = readWith(kpiDocument, built.value);
    expect(problems).to.deep.equal([]);
    expect(value?.kpis[0]?.series).to.deep.equal([
      { period: 'Q1 2009/10', value: 58.3 },
      { period: 'Q2 2009/10', value: null, gap: { symbol: 'c', meaning: 'confidential' } },
      { period: 'Q3 2009/10', value: 59.7, provisional: true },
      { period: 'Q4 2009/10', value: null, gap: { symbol: 'x', meaning: 'not available' } },
    ]);
  });
});

describe('the README lists the symbols and flags the reader takes', () => {
  const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');
  it('each symbol and flag has a row with its meaning', () => {
    for (const s of GAP_SYMBOLS)
      expect(readme, s.symbol).to.match(
        new RegExp(`\\| \`${s.symbol.replace(/\./g, '\\.')}\`[^\\n]*\\| ${s.meaning} \\|`),
      );
    for (const f of FLAGS)
      expect(readme, f.letter).to.match(new RegExp(`\\| \`${f.letter}\`[^\\n]*\\| ${f.flag} \\|`));
  });
});
