/** Inputs found by review of the Excel reading rules, each of which was read wrong or crashed. */
import { expect } from 'chai';
import { parseCsv } from '../../src/core/csv.js';
import { serialDate } from '../../src/core/periods.js';
import { judgementGridFromSheet } from '../../src/core/shapes/judgements.js';
import { kpisFromSheet } from '../../src/core/shapes/kpi.js';
import { ragMatrixFromSheet } from '../../src/core/shapes/rag.js';

describe('reading CSV and sheets: edge cases found by review', () => {
  it('reads tab-separated text whose header holds commas by its tabs, never shifting columns by commas', () => {
    const sheet = parseCsv('Period\tSpend, £k, actual\nMar-10\t1,234\nApr-10\t2,345');
    expect(sheet.header).to.deep.equal(['Period', 'Spend, £k, actual']);
    expect(sheet.rows.map((r) => r.cells)).to.deep.equal([
      ['Mar-10', '1,234'],
      ['Apr-10', '2,345'],
    ]);
  });

  it('reads cells copied from Excel (tabs) even when each also holds a comma', () => {
    const sheet = parseCsv('Name, first\tGrade\nSmith, J\tGood');
    expect(sheet.header).to.deep.equal(['Name, first', 'Grade']);
    expect(sheet.rows[0]!.cells).to.deep.equal(['Smith, J', 'Good']);
  });

  it('says nothing of separators for a fully quoted CSV, which every separator reads alike', () => {
    const sheet = parseCsv('"Area","Grade"\n"Leeds","Good"');
    expect(sheet.header).to.deep.equal(['Area', 'Grade']);
    expect(sheet.problems ?? []).to.deep.equal([]);
  });

  it('lists at most 20 rows with too many cells and counts the rest in one line, for 150,000 such rows', function () {
    // 150,000 rows overflowed the stack; reading them takes a second here, longer on a loaded CI machine.
    this.timeout(120_000);
    const text = `Area,Grade\n${Array.from({ length: 150_000 }, (_, i) => `A${i},Good,x`).join('\n')}`;
    const sheet = parseCsv(text);
    expect(sheet.problems!.length).to.equal(21);
    expect(sheet.problems!.at(-1)!.message).to.match(
      /^149,980 more rows have more cells than the header|^149980 more rows/,
    );
  });

  it('takes a five-digit number as an Excel date only from 1990 to 2100', () => {
    expect(serialDate(40268)).to.equal('2010-03-31');
    expect(serialDate('32874')).to.equal('1990-01-01');
    expect(serialDate(12345)).to.equal(undefined);
    expect(serialDate(99999)).to.equal(undefined);
  });

  it('skips a pasted table’s section heading row when reading indicators', () => {
    const sheet = parseCsv('ref,title,period,value\nNI 59,Assessments,2009/10,73\nNI 60,Core,2009/10,80');
    sheet.rows.splice(1, 0, { cells: ['Housing'], row: 3, heading: true });
    const { value, problems } = kpisFromSheet(sheet);
    expect(problems).to.deep.equal([]);
    expect((value as { kpis: { ref: string }[] }).kpis.map((k) => k.ref)).to.deep.equal(['NI 59', 'NI 60']);
  });

  it('reads a wide table as the editor asked when they named its columns, even with a sparkline-like header', () => {
    const sheet = parseCsv('Indicator,Period,Value,Status\nAttendance,2009/10,92,green');
    expect(ragMatrixFromSheet(sheet, { columns: ['Status'] }).problems).to.deep.equal([]);
    const grid = parseCsv('Service,Period,Value,Ofsted grade\nFostering,2010,3,Good');
    expect(judgementGridFromSheet(grid, { columns: ['Ofsted grade'] }).problems).to.deep.equal([]);
  });
});
