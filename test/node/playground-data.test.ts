// The playground's data box (demo/playground-data.ts): cells copied from Excel are tab-separated.
import { expect } from 'chai';
import { asCsv, isTabSeparated } from '../../demo/playground-data.js';

describe('playground data', () => {
  it('turns cells copied from Excel into CSV, quoting commas, quotes and line breaks, and says so', () => {
    const pasted =
      'row\tcolumn\tgrade\tnote\r\nSafeguarding, overall\tLAC\tGood\t"Two\r\nlines"\r\nSay "hi"\tLAC\tAdequate\t\r\n';
    expect(asCsv(pasted)).to.deep.equal({
      text: 'row,column,grade,note\n"Safeguarding, overall",LAC,Good,"Two\nlines"\n"Say ""hi""",LAC,Adequate,\n',
      note: 'Read as cells copied from a spreadsheet (separated by tabs): 2 rows under 4 column names. The tag holds them as CSV.',
    });
  });

  it('leaves CSV and JSON as they are', () => {
    const csv = 'row,column,grade\nA\tB,LAC,Good\n';
    expect(asCsv(csv)).to.deep.equal({ text: csv, note: '' });
    const json = '{"rows":[{"label":"a\\tb"}]}';
    expect(asCsv(json)).to.deep.equal({ text: json, note: '' });
    expect(isTabSeparated('\n\nrow\tcolumn\n')).to.equal(true);
  });
});
