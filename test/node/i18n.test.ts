import { expect } from 'chai';
import { formatDate, formatMonth, formatShortDate, resolveLocale } from '../../src/core/format.js';
import {
  CY,
  checkCatalogue,
  EN_GB,
  languageOf,
  listOf,
  registerTranslation,
  t,
  tParts,
} from '../../src/core/i18n/index.js';
import { PLURAL_CATEGORIES } from '../../src/core/i18n/types.js';
import { dayNumber } from '../../src/core/periods.js';

describe('the message catalogues', () => {
  for (const [lang, catalogue] of [
    ['en-GB', EN_GB],
    ['cy', CY],
  ] as const) {
    it(`${lang} has every key, every plural category ${lang} uses and no unknown parameter`, () => {
      const report = checkCatalogue(lang, catalogue);
      expect(report).to.deep.equal({ missing: [], plurals: [], unknown: [], holes: [] });
    });
  }

  it('Welsh plurals give all six categories', () => {
    const categories = new Intl.PluralRules('cy').resolvedOptions().pluralCategories;
    expect([...categories].sort()).to.deep.equal([...PLURAL_CATEGORIES].sort());
    for (const [key, entry] of Object.entries(CY)) {
      if (typeof entry === 'string') continue;
      for (const c of PLURAL_CATEGORIES) expect(entry[c], `${key} ${c}`).to.be.a('string').and.not.equal('');
    }
  });

  it('checkCatalogue names a missing key, a plural without a category and an unknown parameter', () => {
    const { 'grid.corner': _, ...rest } = CY;
    const broken = {
      ...rest,
      'grid.judgements': { one: '1 dyfarniad', other: '{count} o ddyfarniadau' },
      'timeline.owner': 'Perchennog: {person}',
      'not.a.key': 'x',
    };
    const report = checkCatalogue('cy', broken);
    expect(report.missing).to.deep.equal(['grid.corner']);
    expect(report.plurals).to.deep.equal(['grid.judgements (few, many, two, zero)']);
    expect(report.holes).to.deep.equal(['timeline.owner']);
    expect(report.unknown).to.deep.equal(['not.a.key']);
  });
});

describe('t(locale, key, params)', () => {
  it('writes British English for en-GB, an unknown language and no locale', () => {
    expect(t('en-GB', 'state.loading')).to.equal('Loading…');
    expect(t('de-DE', 'state.loading')).to.equal('Loading…');
    expect(t(undefined, 'grid.judgements', { count: 1 })).to.equal('1 judgement');
    expect(t('en-GB', 'grid.judgements', { count: 1234 })).to.equal('1,234 judgements');
  });

  it('chooses Welsh for cy and cy-GB', () => {
    expect(t('cy', 'state.loading')).to.equal('Wrthi’n llwytho…');
    expect(t('cy-GB', 'state.loading')).to.equal('Wrthi’n llwytho…');
    expect(languageOf('cy-GB')).to.equal('cy');
    expect(languageOf('fr')).to.equal('en');
  });

  it('reads Welsh counts right for 0, 1, 2, 3, 4, 6, 7, 11 and 100', () => {
    const said = [0, 1, 2, 3, 4, 6, 7, 11, 100].map((count) => t('cy', 'problems.more', { count }));
    expect(said).to.deep.equal([
      'Dim problemau eraill',
      '1 broblem arall',
      '2 broblem arall',
      '3 problem arall',
      '4 o broblemau eraill',
      '6 phroblem arall',
      '7 o broblemau eraill',
      '11 o broblemau eraill',
      '100 o broblemau eraill',
    ]);
    expect([1, 2, 3, 6, 8].map((count) => t('cy', 'grid.judgements', { count }))).to.deep.equal([
      '1 dyfarniad',
      '2 ddyfarniad',
      '3 dyfarniad',
      '6 dyfarniad',
      '8 o ddyfarniadau',
    ]);
  });
});

describe('tParts(locale, key, params)', () => {
  it('keeps each parameter a part of its own, as a template would', () => {
    expect(tParts('en-GB', 'table.source', { source: 'Leeds: report' })).to.deep.equal([
      'Source: ',
      'Leeds: report',
    ]);
    expect(tParts('cy', 'kpi.values', { name: 'NI 59' })).to.deep.equal(['NI 59', ': gwerthoedd']);
    expect(tParts('cy', 'grid.judgements', { count: 3 })).to.deep.equal(['3 dyfarniad']);
  });
});

describe('listOf(locale, items, and | or)', () => {
  it('joins with and / or in English', () => {
    expect(listOf('en-GB', ['"A"', '"B"', '"C"'], 'or')).to.equal('"A", "B" or "C"');
    expect(listOf('en-GB', ['x', 'y'], 'and')).to.equal('x and y');
    expect(listOf('en-GB', ['x'], 'and')).to.equal('x');
  });
  it('joins with a, ac before a vowel, and neu in Welsh (not Intl’s literal "a(c)")', () => {
    expect(listOf('cy', ['Coch', 'Gwyrdd'], 'and')).to.equal('Coch a Gwyrdd');
    expect(listOf('cy', ['Coch', 'Ambr'], 'and')).to.equal('Coch ac Ambr');
    expect(listOf('cy', ['"Coch"', '"Ambr"'], 'and')).to.equal('"Coch" ac "Ambr"');
    expect(listOf('cy', ['Coch', 'Ambr', 'Gwyrdd'], 'or')).to.equal('Coch, Ambr neu Gwyrdd');
    expect(listOf('cy', ['x', 'ŵy'], 'and')).to.equal('x ac ŵy');
    expect(listOf('cy', ['x', 'y'], 'and')).not.to.contain('(c)');
  });
});

describe('Welsh dates (written by hand: Chromium has no Welsh date data)', () => {
  it('are those of Node’s Intl (CLDR) for every month, in the day, month and short styles', () => {
    for (let m = 1; m <= 12; m++) {
      const day = dayNumber(2010, m, 31 - (m === 2 ? 3 : 0));
      const date = new Date(Date.UTC(2010, m - 1, 31 - (m === 2 ? 3 : 0)));
      const intl = (o: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat('cy', { ...o, timeZone: 'UTC' }).format(date);
      expect(formatDate(day, 'cy')).to.equal(intl({ day: 'numeric', month: 'long', year: 'numeric' }));
      expect(formatMonth(day, 'cy')).to.equal(intl({ month: 'long', year: 'numeric' }));
      expect(formatShortDate(day, 'cy')).to.equal(intl({ day: 'numeric', month: 'short', year: 'numeric' }));
    }
  });

  it('writes 31 Mawrth 2010 and the months in Welsh', () => {
    const cy = resolveLocale('cy');
    expect(cy).to.equal('cy');
    expect(formatDate(dayNumber(2010, 3, 31), cy)).to.equal('31 Mawrth 2010');
    expect(formatMonth(dayNumber(2010, 1, 1), cy)).to.equal('Ionawr 2010');
    const months = Array.from({ length: 12 }, (_, m) => formatMonth(dayNumber(2010, m + 1, 1), cy));
    expect(months.join(', ')).to.equal(
      'Ionawr 2010, Chwefror 2010, Mawrth 2010, Ebrill 2010, Mai 2010, Mehefin 2010, Gorffennaf 2010, Awst 2010, Medi 2010, Hydref 2010, Tachwedd 2010, Rhagfyr 2010',
    );
  });
});

describe('registerTranslation(lang, catalogue)', () => {
  it('uses the words given, falls back to English per key, and warns naming the keys', () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
      const report = registerTranslation('ga', {
        'state.loading': 'Ag lódáil…',
        'grid.judgements': { one: '{count} breithiúnas', other: '{count} breithiúnais' },
      });
      expect(report.missing).to.include('grid.corner');
      expect(report.plurals).to.deep.equal(['grid.judgements (few, many, two)']);
      expect(t('ga', 'state.loading')).to.equal('Ag lódáil…');
      expect(t('ga-IE', 'state.loading')).to.equal('Ag lódáil…');
      expect(t('ga', 'grid.corner')).to.equal('Area');
      expect(t('ga', 'grid.judgements', { count: 5 })).to.equal('5 breithiúnais');
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('"ga" translation lacks').and.contain('grid.corner');
      expect(warned[0]).to.contain('grid.judgements (few, many, two)');
    } finally {
      console.warn = warn;
    }
  });
});
