import { expect } from 'chai';
import { parseCsv, relocate } from '../../src/core/csv.js';

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
