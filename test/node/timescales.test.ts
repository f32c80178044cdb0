import { expect } from 'chai';
import type { HolidayRegion } from '../../src/core/bank-holidays.js';
import { dayNumber, isoDate } from '../../src/core/periods.js';
import { deriveStatus, dueFromTimescale } from '../../src/core/timescales.js';

const published = dayNumber(2010, 1, 7); // Leeds report, 7 January 2010
// `null` stands for "no publication date" (an undefined argument would take the default).
function due(
  timescale: string,
  from: number | null = published,
  holidays: HolidayRegion = 'england-and-wales',
): string {
  const r = dueFromTimescale(timescale, from ?? undefined, holidays);
  if (!r.ok) throw new Error(r.message);
  if (r.due === undefined) throw new Error(`${timescale} has no due date`);
  return isoDate(r.due);
}
function fails(timescale: string, from: number | null = published): string {
  const r = dueFromTimescale(timescale, from ?? undefined);
  if (r.ok) throw new Error(`${timescale} should fail`);
  return r.message;
}

describe('dueFromTimescale(timescale, published)', () => {
  it('reads the wordings of the Leeds and Derby reports', () => {
    expect(due('Immediately')).to.equal('2010-01-07');
    expect(due('Within three months')).to.equal('2010-04-07');
    expect(due('Within six months')).to.equal('2010-07-07');
    expect(due('within 3 months')).to.equal('2010-04-07');
    expect(due('Within six months', dayNumber(2011, 6, 27))).to.equal('2011-12-27');
  });

  it('counts days and weeks, in digits or words one to twelve', () => {
    expect(due('Within 10 days')).to.equal('2010-01-17');
    expect(due('within two weeks')).to.equal('2010-01-21');
    expect(due('Within twelve months')).to.equal('2011-01-07');
    expect(due('within a month')).to.equal('2010-02-07');
    expect(due('Within three months of the report')).to.equal('2010-04-07');
  });

  it('reads "by <date>" as the last day of the period', () => {
    expect(due('by 31 March 2010')).to.equal('2010-03-31');
    expect(due('By March 2010')).to.equal('2010-03-31');
    expect(due('by Q1 2010/11')).to.equal('2010-06-30');
    expect(due('by 2010-05-01', null)).to.equal('2010-05-01');
  });

  it('counts working days, Monday to Friday, from the day after publication', () => {
    const monday = dayNumber(2024, 6, 3);
    expect(due('Within 20 working days', monday)).to.equal('2024-07-01');
    expect(due('within ten working days', monday)).to.equal('2024-06-17');
    expect(due('Within 70 working days of the inspection', monday)).to.equal('2024-09-10'); // 26 August skipped
    expect(due('within 5 Working  Days of the report', dayNumber(2024, 6, 7))).to.equal('2024-06-14');
  });

  it('skips the Christmas and Easter bank holidays of England and Wales, substitute days included', () => {
    // 25 and 26 December 2025 are a Thursday and Friday.
    expect(due('within ten working days', dayNumber(2025, 12, 15))).to.equal('2025-12-31');
    // Good Friday 29 March and Easter Monday 1 April 2024.
    expect(due('Within ten working days', dayNumber(2024, 3, 20))).to.equal('2024-04-05');
    // Christmas 2021 a Saturday: Monday 27 and Tuesday 28 December off; New Year's Day 2022 on Monday 3 January.
    expect(due('Within 5 working days', dayNumber(2021, 12, 24))).to.equal('2022-01-05');
  });

  it("counts Scotland's and Northern Ireland's bank holidays with holidays set", () => {
    const friday = dayNumber(2026, 11, 27); // St Andrew's Day, 30 November 2026, is a Monday
    expect(due('Within 5 working days', friday)).to.equal('2026-12-04');
    expect(due('Within 5 working days', friday, 'scotland')).to.equal('2026-12-07');
    // Easter Monday is a working day in Scotland; 2 January is not.
    expect(due('within two working days', dayNumber(2024, 3, 28), 'scotland')).to.equal('2024-04-02');
    expect(due('within two working days', dayNumber(2024, 3, 28))).to.equal('2024-04-03');
    expect(due('within 1 working day', dayNumber(2025, 12, 31), 'scotland')).to.equal('2026-01-05');
    // 12 July 2027 is a Monday.
    expect(due('within 1 working day', dayNumber(2027, 7, 9), 'northern-ireland')).to.equal('2027-07-13');
  });

  it('refuses working days outside the years of its bank holidays, saying which', () => {
    expect(fails('Within 20 working days', dayNumber(2035, 12, 20))).to.equal(
      '"Within 20 working days" counts working days into 2036, but the kit knows the bank holidays of England and Wales from 2000 to 2035 only: give the action its "due" date instead',
    );
    expect(fails('Within 20 working days', dayNumber(1999, 6, 1))).to.contain('into 1999');
    expect(fails('Within 20 working days', null)).to.contain('counts from the publication date');
  });

  it('reads the other wordings of action plans: weeks of the report, the end of a month, a quarter', () => {
    expect(due('within 6 weeks of the report')).to.equal('2010-02-18');
    expect(due('Within two weeks of publication')).to.equal('2010-01-21');
    expect(due('by the end of March 2024', null)).to.equal('2024-03-31');
    expect(due('By end of June 2024', null)).to.equal('2024-06-30');
    expect(due('by Q3 2024/25', null)).to.equal('2024-12-31');
  });

  it('gives "ongoing", "continuous" and "by the next inspection" no due date, and no problem', () => {
    for (const t of ['Ongoing', 'continuous', ' ON-GOING '])
      expect(dueFromTimescale(t, undefined)).to.deep.equal({ ok: true, open: 'ongoing' });
    for (const t of ['By the next inspection', 'by next inspection', 'At the next inspection'])
      expect(dueFromTimescale(t, published)).to.deep.equal({ ok: true, open: 'next inspection' });
  });

  it('needs a publication date for a relative timescale', () => {
    expect(fails('Within three months', null)).to.contain(
      'counts from the publication date, but none is given',
    );
    expect(fails('Immediately', null)).to.contain('counts from the publication date, but none is given');
  });

  it('counts "of the inspection" from the inspection date when given, and only that wording', () => {
    const inspected = dayNumber(2024, 5, 24); // a Friday; published 3 June 2024
    const from = (t: string, pub: number | undefined) => {
      const r = dueFromTimescale(t, pub, 'england-and-wales', inspected);
      if (!r.ok || r.due === undefined) throw new Error(`${t}: ${r.ok ? 'no due date' : r.message}`);
      return isoDate(r.due);
    };
    const monday = dayNumber(2024, 6, 3);
    // 27 May (spring bank holiday) and 26 August skipped.
    expect(from('Within 70 working days of the inspection', monday)).to.equal('2024-09-03');
    expect(from('within 6 weeks of inspection', monday)).to.equal('2024-07-05');
    // Other counts stay with publication.
    expect(from('Within 20 working days', monday)).to.equal('2024-07-01');
    expect(from('Within 20 working days of the report', monday)).to.equal('2024-07-01');
    // An inspection date alone is enough for a count from it, not for one from publication.
    expect(from('Within 70 working days of the inspection', undefined)).to.equal('2024-09-03');
    const r = dueFromTimescale('Within three months', undefined, 'england-and-wales', inspected);
    expect(r.ok ? '' : r.message).to.contain('counts from the publication date, but none is given');
  });

  it('asks for either date when a count "of the inspection" has neither', () => {
    expect(fails('Within 70 working days of the inspection', null)).to.equal(
      '"Within 70 working days of the inspection" counts from the inspection, but no date is given: add the inspection\'s "inspected" date (or the report\'s "published" date) to the data, or an inspected attribute to the tag',
    );
  });

  it('reports what it cannot read', () => {
    expect(fails('Within thirteen months')).to.contain('one to twelve');
    expect(fails('As soon as possible')).to.contain('is not a timescale');
    expect(fails('by 2024-02-30')).to.contain('not a real date');
  });
});

describe('deriveStatus(due, asOf, status, completed)', () => {
  const d = dayNumber(2010, 4, 7);
  it('is overdue the day after its due date, by the number of days', () => {
    expect(deriveStatus(d, d + 1, 'in progress')).to.deep.equal({ status: 'overdue', days: 1 });
    expect(deriveStatus(d, dayNumber(2010, 5, 11), undefined)).to.deep.equal({ status: 'overdue', days: 34 });
  });
  it('is due soon from 14 days before to the due date itself', () => {
    expect(deriveStatus(d, d, 'not started')).to.deep.equal({ status: 'due soon', days: 0 });
    expect(deriveStatus(d, d - 14, 'not started')).to.deep.equal({ status: 'due soon', days: 14 });
    expect(deriveStatus(d, d - 15, 'not started')).to.deep.equal({ status: 'not yet due', days: 15 });
  });
  it('is done whatever the date, and says whether it was late', () => {
    expect(deriveStatus(d, d + 100, 'done')).to.deep.equal({ status: 'done', days: 0 });
    expect(deriveStatus(d, d + 100, 'done', d - 8)).to.deep.equal({ status: 'done', days: 0, late: false });
    expect(deriveStatus(d, d + 100, 'done', d + 3)).to.deep.equal({
      status: 'done',
      days: 0,
      late: true,
      daysLate: 3,
    });
  });
});
