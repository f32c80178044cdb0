import { expect } from 'chai';
import { dayNumber, isoDate } from '../../src/core/periods.js';
import { deriveStatus, dueFromTimescale } from '../../src/core/timescales.js';

const published = dayNumber(2010, 1, 7); // Leeds report, 7 January 2010
// `null` stands for "no publication date" (an undefined argument would take the default).
function due(timescale: string, from: number | null = published): string {
  const r = dueFromTimescale(timescale, from ?? undefined);
  if (!r.ok) throw new Error(r.message);
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

  it('needs a publication date for a relative timescale', () => {
    expect(fails('Within three months', null)).to.contain(
      'counts from the publication date, but none is given',
    );
    expect(fails('Immediately', null)).to.contain('counts from the publication date, but none is given');
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
