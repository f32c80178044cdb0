import { expect } from 'chai';
import {
  addWorkingDays,
  bankHolidays,
  easterSunday,
  type HolidayRegion,
} from '../../src/core/bank-holidays.js';
import { dayNumber, isoDate } from '../../src/core/periods.js';

const dates = (year: number, region: HolidayRegion = 'england-and-wales') =>
  (bankHolidays(year, region) ?? []).map((h) => isoDate(h.day));

/** GOV.UK's published list for England and Wales (gov.uk/bank-holidays.json), 2018 to 2025. */
const GOV_UK_ENGLAND_AND_WALES: Record<number, string[]> = {
  2018: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
};

describe('bankHolidays(year, region)', () => {
  it("gives England and Wales the days on GOV.UK's list, 2018 to 2025, substitute days and proclamations included", () => {
    for (const [year, days] of Object.entries(GOV_UK_ENGLAND_AND_WALES))
      expect(dates(Number(year)), year).to.deep.equal(days.map((d) => `${year}-${d}`));
  });

  it('moves and adds the days of the 2002 and 2012 jubilees and the 2011 royal wedding', () => {
    expect(dates(2002)).to.include.members(['2002-06-03', '2002-06-04']).and.not.include('2002-05-27');
    expect(dates(2012)).to.include.members(['2012-06-04', '2012-06-05']).and.not.include('2012-05-28');
    expect(dates(2011)).to.include('2011-04-29');
    // New Year 2000 fell on a Saturday: Monday 3 January.
    expect(dates(2000)[0]).to.equal('2000-01-03');
  });

  it("gives Scotland 2 January, St Andrew's Day and the first Monday of August, and no Easter Monday", () => {
    expect(dates(2022, 'scotland')).to.deep.equal([
      '2022-01-03',
      '2022-01-04',
      '2022-04-15',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-01',
      '2022-09-19',
      '2022-11-30',
      '2022-12-26',
      '2022-12-27',
    ]);
    // 1 January 2023 a Sunday, 2 January a Monday: New Year's Day's substitute is the Tuesday.
    expect(dates(2023, 'scotland').slice(0, 2)).to.deep.equal(['2023-01-02', '2023-01-03']);
    // St Andrew's Day on a Saturday: the Monday after. Not a bank holiday before 2007.
    expect(dates(2024, 'scotland')).to.include('2024-12-02');
    expect(dates(2006, 'scotland')).to.not.include('2006-11-30');
  });

  it("gives Northern Ireland St Patrick's Day and 12 July, with substitutes", () => {
    expect(dates(2023, 'northern-ireland')).to.deep.equal([
      '2023-01-02',
      '2023-03-17',
      '2023-04-07',
      '2023-04-10',
      '2023-05-01',
      '2023-05-08',
      '2023-05-29',
      '2023-07-12',
      '2023-08-28',
      '2023-12-25',
      '2023-12-26',
    ]);
    // 12 July 2026 is a Sunday; 17 March 2024 a Sunday.
    expect(dates(2026, 'northern-ireland')).to.include('2026-07-13');
    expect(dates(2024, 'northern-ireland')).to.include('2024-03-18');
  });

  it('has no list outside 2000 to 2035', () => {
    expect(bankHolidays(1999, 'england-and-wales')).to.equal(undefined);
    expect(bankHolidays(2036, 'scotland')).to.equal(undefined);
    expect(dates(2035).length).to.equal(8);
  });

  it('finds Easter Sunday', () => {
    expect(isoDate(easterSunday(2024))).to.equal('2024-03-31');
    expect(isoDate(easterSunday(2000))).to.equal('2000-04-23');
    expect(isoDate(easterSunday(2035))).to.equal('2035-03-25');
  });
});

describe('addWorkingDays(from, n, region)', () => {
  it('counts from the day after, Monday to Friday', () => {
    const r = addWorkingDays(dayNumber(2024, 6, 7), 1, 'england-and-wales'); // a Friday
    expect(r.ok && isoDate(r.due)).to.equal('2024-06-10');
  });
  it('says which year is past the table', () => {
    expect(addWorkingDays(dayNumber(2035, 12, 20), 20, 'england-and-wales')).to.deep.equal({
      ok: false,
      year: 2036,
    });
    expect(addWorkingDays(dayNumber(1999, 12, 20), 2, 'england-and-wales')).to.deep.equal({
      ok: false,
      year: 1999,
    });
  });
});
