import { expect } from 'chai';
import {
  addMonths,
  dayNumber,
  eesPeriod,
  isoDate,
  type Period,
  parsePeriod,
  serialDate,
  today,
} from '../../src/core/periods.js';

function period(label: string): Period {
  const r = parsePeriod(label);
  if (!r.ok) throw new Error(`expected ${label} to parse: ${r.message}`);
  return r.period;
}
const span = (label: string) => {
  const p = period(label);
  return [p.kind, isoDate(p.start), isoDate(p.end)];
};
function message(label: unknown): string {
  const r = parsePeriod(label);
  if (r.ok) throw new Error(`expected ${String(label)} to fail`);
  return r.message;
}

describe('parsePeriod(label)', () => {
  it('reads ISO dates, UK dates and dates in words as one day', () => {
    expect(span('2010-03-31')).to.deep.equal(['date', '2010-03-31', '2010-03-31']);
    expect(span('31/03/2010')).to.deep.equal(['date', '2010-03-31', '2010-03-31']);
    expect(span('7 January 2010')).to.deep.equal(['date', '2010-01-07', '2010-01-07']);
    expect(span('7th Jan 2010')).to.deep.equal(['date', '2010-01-07', '2010-01-07']);
    expect(span('2010-01-07T00:00:00Z')).to.deep.equal(['date', '2010-01-07', '2010-01-07']);
  });

  it('rejects impossible dates', () => {
    expect(message('2024-02-30')).to.contain('not a real date');
    expect(message('30/02/2024')).to.contain('not a real date');
    expect(span('2024-02-29')[1]).to.equal('2024-02-29');
    expect(message('2023-02-29')).to.contain('not a real date');
  });

  it('reads months, and 2009-10 as October 2009, never a financial year', () => {
    expect(span('2010-03')).to.deep.equal(['month', '2010-03-01', '2010-03-31']);
    expect(span('2009-10')).to.deep.equal(['month', '2009-10-01', '2009-10-31']);
    expect(span('March 2010')).to.deep.equal(['month', '2010-03-01', '2010-03-31']);
    expect(span('feb 2012')).to.deep.equal(['month', '2012-02-01', '2012-02-29']);
    expect(message('2009-13')).to.contain('not a month');
  });

  it('reads the Welsh months as Welsh dates write them (31 Mawrth 2010, Maw-10), as the English ones', () => {
    expect(span('31 Mawrth 2010')).to.deep.equal(span('31 March 2010'));
    expect(span('Mawrth 2010')).to.deep.equal(['month', '2010-03-01', '2010-03-31']);
    expect(span('31 Maw 2010')).to.deep.equal(['date', '2010-03-31', '2010-03-31']);
    expect(span('Chwefror 2012')).to.deep.equal(['month', '2012-02-01', '2012-02-29']);
    expect(span('Mai 2010')).to.deep.equal(span('May 2010'));
    expect(span('medi 2009')).to.deep.equal(span('September 2009'));
    expect(span('Maw-10')).to.deep.equal(span('Mar-10'));
    expect(period('31 Mawrth 2010').label).to.equal('31 Mawrth 2010');
    // A Welsh name is read whole, as written: not a prefix of it.
    expect(message('Mawr 2010')).to.be.a('string');
  });

  it('reads UK financial years as 1 April to 31 March in each spelling', () => {
    for (const label of [
      '2009/10',
      'FY2009/10',
      'fy 2009/10',
      '2009/2010',
      '2009 to 2010',
      '2009-2010',
      'FY2009-10',
    ]) {
      expect(span(label), label).to.deep.equal(['financial-year', '2009-04-01', '2010-03-31']);
    }
    expect(span('1999/00')).to.deep.equal(['financial-year', '1999-04-01', '2000-03-31']);
    expect(message('2009/11')).to.contain('second year must follow');
  });

  it('reads financial quarters: Q1 is April to June, Q4 is January to March of the second year', () => {
    expect(span('Q1 2010/11')).to.deep.equal(['quarter', '2010-04-01', '2010-06-30']);
    expect(span('2010/11 Q1')).to.deep.equal(['quarter', '2010-04-01', '2010-06-30']);
    expect(span('Q2 2010/11')).to.deep.equal(['quarter', '2010-07-01', '2010-09-30']);
    expect(span('Q3 2009/10')).to.deep.equal(['quarter', '2009-10-01', '2009-12-31']);
    expect(span('Q4 2009/10')).to.deep.equal(['quarter', '2010-01-01', '2010-03-31']);
    expect(span('Q4 FY2009/10')).to.deep.equal(['quarter', '2010-01-01', '2010-03-31']);
  });

  it('reads calendar years', () => {
    expect(span('2009')).to.deep.equal(['year', '2009-01-01', '2009-12-31']);
    expect(span(2009 as unknown as string)).to.deep.equal(['year', '2009-01-01', '2009-12-31']);
  });

  it('shares one frozen reading per spelling, so 500 indicators read each quarter once', () => {
    const a = parsePeriod('Q3 2009/10');
    expect(parsePeriod('Q3 2009/10')).to.equal(a);
    expect(Object.isFrozen(a)).to.equal(true);
    if (a.ok) expect(Object.isFrozen(a.period)).to.equal(true);
    // Another spelling of the same span is its own reading, written back as given.
    const b = parsePeriod('2009/10 Q3');
    expect(b).to.not.equal(a);
    expect(b.ok && b.period.label).to.equal('2009/10 Q3');
  });

  it('keeps the label as written', () => {
    expect(period('  Q4 2009/10 ').label).to.equal('Q4 2009/10');
    expect(period('March 2010').label).to.equal('March 2010');
  });

  it('puts a point at the middle of its span, so Q4 2009/10 and 2010-03 stay apart', () => {
    const q4 = period('Q4 2009/10');
    const march = period('2010-03');
    expect(q4.mid).to.equal((dayNumber(2010, 1, 1) + dayNumber(2010, 3, 31) + 1) / 2);
    expect(march.mid).to.be.greaterThan(q4.mid);
    expect(period('2010-03-31').mid).to.equal(dayNumber(2010, 3, 31) + 0.5);
  });

  it('says what to write for a quarter or month with no year (the seeds put Q4 next to March)', () => {
    expect(message('Q4')).to.contain('has no year').and.contain('Q4 2009/10');
    expect(message('March')).to.contain('has no year');
  });

  it('refuses a calendar quarter as ambiguous', () => {
    expect(message('Q1 2010')).to.contain('ambiguous').and.contain('Q1 2010/11');
  });

  it('reports anything else with the accepted forms', () => {
    expect(message('soon')).to.contain('is not a period').and.contain('Q1 2010/11');
    expect(message('')).to.contain('is not a period');
    expect(message(null)).to.contain('is not a period');
    expect(message({})).to.contain('is not a period');
  });
});

describe('day arithmetic', () => {
  it('addMonths keeps the day, or the month’s last day', () => {
    expect(isoDate(addMonths(dayNumber(2010, 1, 7), 3))).to.equal('2010-04-07');
    expect(isoDate(addMonths(dayNumber(2010, 1, 31), 1))).to.equal('2010-02-28');
    expect(isoDate(addMonths(dayNumber(2011, 11, 30), 3))).to.equal('2012-02-29');
    expect(isoDate(addMonths(dayNumber(2011, 6, 27), 6))).to.equal('2011-12-27');
  });

  it('counts years below 100 as written, not as 19xx, and refuses them as a period outside 1900 to 2100', () => {
    expect(isoDate(dayNumber(50, 1, 1))).to.equal('0050-01-01');
    const reading = parsePeriod('0050');
    expect(reading.ok ? 'read' : reading.message).to.equal(
      '"0050" is outside the years the kit reads (1900 to 2100): check the year',
    );
  });

  it('today() is the reader’s calendar day whatever the time zone', () => {
    const lateEvening = new Date(2010, 0, 7, 23, 59);
    const earlyMorning = new Date(2010, 0, 7, 0, 1);
    expect(isoDate(today(lateEvening))).to.equal('2010-01-07');
    expect(isoDate(today(earlyMorning))).to.equal('2010-01-07');
  });
});

describe('periods as Excel formats them (docs/reference.md §6)', () => {
  it('reads mmm-yy and mmm-yyyy as a month, never a day: Mar-10 is March 2010', () => {
    expect(span('Mar-10')).to.deep.equal(['month', '2010-03-01', '2010-03-31']);
    expect(span('mar-2010')).to.deep.equal(['month', '2010-03-01', '2010-03-31']);
    expect(span('March-10')).to.deep.equal(['month', '2010-03-01', '2010-03-31']);
    expect(span('Mar 2010')).to.deep.equal(['month', '2010-03-01', '2010-03-31']);
  });

  it('refuses Mar 10 (a space, two digits) as ambiguous, saying what to write for either reading', () => {
    expect(message('Mar 10')).to.equal(
      '"Mar 10" is ambiguous: write Mar-10 or March 2010 for the month, or a date with its year, such as 10 March 2010, for the day',
    );
  });

  it('reads two-digit years 00 to 29 as 2000s, as Excel does, and refuses 30 to 99 rather than guess the century', () => {
    expect(span('Jan-29')).to.deep.equal(['month', '2029-01-01', '2029-01-31']);
    // Excel reads Mar-30 as March 1930; a due date written so is far more likely March 2030.
    expect(message('Mar-30')).to.equal(
      '"Mar-30" has a two-digit year from 30 to 99, which could mean 19xx or 20xx: write the year in full (e.g. Mar-2030 or Mar-1930)',
    );
    expect(message('31-Mar-35')).to.equal(
      '"31-Mar-35" has a two-digit year from 30 to 99, which could mean 19xx or 20xx: write the year in full (e.g. 31-Mar-2035 or 31-Mar-1935)',
    );
    expect(span('Mar-2030')).to.deep.equal(['month', '2030-03-01', '2030-03-31']);
  });

  it('reads d-mmm-yy and d-mmm-yyyy as a day: 31-Mar-10 is 31 March 2010', () => {
    expect(span('31-Mar-10')).to.deep.equal(['date', '2010-03-31', '2010-03-31']);
    expect(span('7-Jan-2010')).to.deep.equal(['date', '2010-01-07', '2010-01-07']);
    expect(message('31-Feb-10')).to.equal('"31-Feb-10" is not a real date: check the day and the month');
  });

  it('refuses an Excel serial number in a period, saying how to fix it in Excel', () => {
    expect(message(40268)).to.equal(
      '40268 looks like an Excel date serial number: format the column as dates in Excel (e.g. 31/03/2010), or write 2010-03-31',
    );
    expect(message('40268')).to.contain('Excel date serial number');
    // A four-digit number is still a year.
    expect(span('2010')).to.deep.equal(['year', '2010-01-01', '2010-12-31']);
  });

  it('reads Excel serial numbers as dates in a date field only, counted as Excel counts', () => {
    expect(serialDate(40268)).to.equal('2010-03-31');
    expect(serialDate('40268')).to.equal('2010-03-31');
    expect(serialDate(61)).to.equal(undefined);
    expect(serialDate(2010)).to.equal(undefined);
    expect(serialDate(40268.5)).to.equal(undefined);
  });
});

describe('academic years, terms and snapshot dates (docs/reference.md §6)', () => {
  it('reads an academic year as 1 September to 31 August in each spelling, never as a financial year', () => {
    for (const label of [
      '2018/19 academic year',
      'AY 2018/19',
      'AY2018/19',
      'academic year 2018/19',
      'Academic Year 2018/2019',
      '2018 to 2019 academic year',
    ]) {
      expect(span(label), label).to.deep.equal(['academic-year', '2018-09-01', '2019-08-31']);
    }
    // The contract's 2018/19 stays a financial year.
    expect(span('2018/19')).to.deep.equal(['financial-year', '2018-04-01', '2019-03-31']);
    expect(message('2018/20 academic year')).to.contain('second year must follow');
  });

  it('reads an academic year with periodType "academic-year", and only the year forms', () => {
    const opts = { periodType: 'academic-year' } as const;
    const read = (label: string) => {
      const r = parsePeriod(label, opts);
      return r.ok ? [r.period.kind, isoDate(r.period.start), isoDate(r.period.end)] : r.message;
    };
    expect(read('2018/19')).to.deep.equal(['academic-year', '2018-09-01', '2019-08-31']);
    expect(read('2018 to 2019')).to.deep.equal(['academic-year', '2018-09-01', '2019-08-31']);
    // A bare code is refused either way: the file's time_identifier, or the editor, must say which year it is.
    expect(read('201819')).to.contain('could be the financial year 2018/19');
    // A date or a month is still itself.
    expect(read('2019-03')).to.deep.equal(['month', '2019-03-01', '2019-03-31']);
    // The same text without periodType is the financial year, read fresh (not from the shared readings).
    expect(span('2018/19')[0]).to.equal('financial-year');
  });

  it('reads school terms of an academic year', () => {
    expect(span('Autumn term 2024/25')).to.deep.equal(['term', '2024-09-01', '2024-12-31']);
    expect(span('Spring term 2024/25')).to.deep.equal(['term', '2025-01-01', '2025-03-31']);
    expect(span('2024/25 Summer term')).to.deep.equal(['term', '2025-04-01', '2025-08-31']);
    expect(span('Autumn and spring term 2024/25')).to.deep.equal(['term', '2024-09-01', '2025-03-31']);
    expect(message('Spring term')).to.contain('has no year').and.contain('Spring term 2024/25');
  });

  it('reads a snapshot date written "As at" or "at" as that day', () => {
    for (const label of ['As at 31 March 2025', 'at 31 March 2025', 'as at 2025-03-31', 'As at 31/03/2025']) {
      expect(span(label), label).to.deep.equal(['date', '2025-03-31', '2025-03-31']);
    }
    expect(span('2025-03-31')).to.deep.equal(['date', '2025-03-31', '2025-03-31']);
    expect(span('31/03/2025')).to.deep.equal(['date', '2025-03-31', '2025-03-31']);
    expect(period('As at 31 March 2025').label).to.equal('As at 31 March 2025');
    expect(message('at 31 March')).to.equal(
      '"at 31 March" has no year: write the snapshot date with its year, e.g. "at 31 March 2025"',
    );
  });

  it('refuses a bare six-digit code, naming the financial and the academic year and how to say which', () => {
    expect(message('201819')).to.equal(
      '"201819" could be the financial year 2018/19 (April 2018 to March 2019) or the academic year 2018/19 (September 2018 to August 2019): write 2018/19 for the financial year, or 2018/19 academic year (or AY 2018/19) for the academic year',
    );
    expect(message(201819)).to.contain('could be the financial year 2018/19');
    // Six digits whose years do not follow on are not a year code.
    expect(message('201820')).to.contain('is not a period');
  });
});

describe('eesPeriod(time_period, time_identifier): Explore Education Statistics codes', () => {
  const ees = (code: string, id: string) => {
    const r = eesPeriod(code, id);
    return r.ok ? [r.period.label, r.period.kind, isoDate(r.period.start), isoDate(r.period.end)] : r.message;
  };

  it('reads each year identifier', () => {
    expect(ees('202425', 'Academic year')).to.deep.equal([
      '2024/25 academic year',
      'academic-year',
      '2024-09-01',
      '2025-08-31',
    ]);
    expect(ees('202425', 'Financial year')).to.deep.equal([
      '2024/25',
      'financial-year',
      '2024-04-01',
      '2025-03-31',
    ]);
    expect(ees('2024', 'Calendar year')).to.deep.equal(['2024', 'year', '2024-01-01', '2024-12-31']);
    expect(ees('2025', 'Reporting year')).to.deep.equal(['2025', 'year', '2025-01-01', '2025-12-31']);
    expect(ees('202425', 'academic YEAR')[0]).to.equal('2024/25 academic year');
    expect(ees(' 199900 ', 'Academic year')[0]).to.equal('1999/00 academic year');
  });

  it('reads each term identifier', () => {
    expect(ees('202425', 'Autumn term')).to.deep.equal([
      'Autumn term 2024/25',
      'term',
      '2024-09-01',
      '2024-12-31',
    ]);
    expect(ees('202425', 'Spring term')).to.deep.equal([
      'Spring term 2024/25',
      'term',
      '2025-01-01',
      '2025-03-31',
    ]);
    expect(ees('202425', 'Summer term')).to.deep.equal([
      'Summer term 2024/25',
      'term',
      '2025-04-01',
      '2025-08-31',
    ]);
    expect(ees('202425', 'Autumn and spring term')).to.deep.equal([
      'Autumn and spring term 2024/25',
      'term',
      '2024-09-01',
      '2025-03-31',
    ]);
  });

  it('reads financial quarters', () => {
    expect(ees('202425', 'Financial year Q1')).to.deep.equal([
      'Q1 2024/25',
      'quarter',
      '2024-04-01',
      '2024-06-30',
    ]);
    expect(ees('202425', 'Financial year Q4')).to.deep.equal([
      'Q4 2024/25',
      'quarter',
      '2025-01-01',
      '2025-03-31',
    ]);
  });

  it('reads month identifiers with a calendar year, and with a year pair where the month says which year', () => {
    expect(ees('2024', 'January')).to.deep.equal(['January 2024', 'month', '2024-01-01', '2024-01-31']);
    expect(ees('2024', 'December')).to.deep.equal(['December 2024', 'month', '2024-12-01', '2024-12-31']);
    // The school workforce census: 202021 with November is November 2020.
    expect(ees('202021', 'November')).to.deep.equal(['November 2020', 'month', '2020-11-01', '2020-11-30']);
    expect(ees('202021', 'March')).to.deep.equal(['March 2021', 'month', '2021-03-01', '2021-03-31']);
    // April to August fall in the first year of a financial year but the second of an academic year.
    expect(ees('202021', 'June')).to.equal(
      'time_period "202021" with "June" could be June 2020 (financial year 2020/21) or June 2021 (academic year 2020/21): write the time_period as 2020 or 2021',
    );
  });

  it('refuses a code that does not fit its identifier, saying how the identifier is written', () => {
    expect(ees('2024', 'Academic year')).to.equal(
      'time_period "2024" is not an academic year code: write six digits, such as 202425 for 2024/25',
    );
    expect(ees('202426', 'Financial year')).to.equal(
      'time_period "202426" is not a financial year code: the second year must follow the first, as in 202425 for 2024/25',
    );
    expect(ees('202425', 'Calendar year')).to.equal(
      'time_period "202425" is not a calendar year: write four digits, such as 2024',
    );
  });

  it('names the identifiers it reads for one it does not', () => {
    const m = ees('202425', 'Tax year');
    expect(m).to.be.a('string');
    expect(m as string).to.match(/^time_identifier "Tax year" is not one the kit reads yet: use /);
    expect(m as string)
      .to.contain('Academic year')
      .and.contain('Spring term')
      .and.contain('January');
    expect(ees('', 'Academic year')).to.contain('time_period is empty');
  });
});
