import { expect } from '@open-wc/testing';
import { parseCsv, readTable, relocate } from '../../src/core/csv.js';

describe('parseCsv(text)', () => {
  it('reads quoted cells, commas, newlines and a byte-order mark, skipping blank lines', () => {
    const sheet = parseCsv(
      '\uFEFFrow,grade,note\n"Safeguarding, overall",Inadequate,"two\nlines"\n\n  Leadership , 4 ,\n',
    );
    expect(sheet.header).to.deep.equal(['row', 'grade', 'note']);
    expect(sheet.rows).to.deep.equal([
      { cells: ['Safeguarding, overall', 'Inadequate', 'two lines'], row: 2 },
      { cells: ['Leadership', '4', ''], row: 4 },
    ]);
  });
  it('reads a truncated file as far as it goes, and a header alone as no rows', () => {
    expect(parseCsv('a,b\n1,"unterminated').rows).to.deep.equal([{ cells: ['1', 'unterminated'], row: 2 }]);
    expect(parseCsv('a,b\n').rows).to.deep.equal([]);
    expect(parseCsv('').header).to.deep.equal([]);
  });
});

describe('readTable(table)', () => {
  it('reads a pasted table as CSV would be read, colspans filling their columns', () => {
    const t = document.createElement('table');
    t.innerHTML = `<thead><tr><th>Area</th><th colspan="2">Grade</th></tr></thead>
      <tbody><tr><td> Overall
        effectiveness </td><td>Inadequate</td><td>Adequate</td></tr><tr><td></td><td></td><td></td></tr></tbody>`;
    const sheet = readTable(t);
    expect(sheet.header).to.deep.equal(['Area', 'Grade', 'Grade']);
    expect(sheet.rows).to.deep.equal([
      { cells: ['Overall effectiveness', 'Inadequate', 'Adequate'], row: 2 },
    ]);
    expect(sheet.source).to.equal('table');
  });
  it('takes the first row as the header when there is no thead', () => {
    const t = document.createElement('table');
    t.innerHTML = '<tr><td>row</td><td>grade</td></tr><tr><td>A</td><td>Good</td></tr>';
    expect(readTable(t).header).to.deep.equal(['row', 'grade']);
    expect(readTable(t).rows.length).to.equal(1);
  });
});

describe('relocate(problems, origins)', () => {
  it('names the place in the sheet by the longest matching path', () => {
    const origins = new Map([
      ['rows[0]', 'CSV row 2'],
      ['rows[0].grades.sg', 'CSV row 2, column "Safeguarding"'],
    ]);
    expect(
      relocate(
        [
          { path: 'rows[0].grades.sg', message: 'bad' },
          { path: 'rows[0].label', message: 'missing' },
          { path: 'rows[10].label', message: 'other' },
        ],
        origins,
      ),
    ).to.deep.equal([
      { path: 'CSV row 2, column "Safeguarding"', message: 'bad' },
      { path: 'CSV row 2 (label)', message: 'missing' },
      { path: 'rows[10].label', message: 'other' },
    ]);
  });
});
