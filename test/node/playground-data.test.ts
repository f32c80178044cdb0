// The playground's data box (demo/playground-data.ts): cells copied from Excel are tab-separated.
import { expect } from 'chai';
import { asCsv, escapeInlineCsv, escapeInlineJson, isTabSeparated } from '../../demo/playground-data.js';
import { parseCsv } from '../../src/core/csv.js';
import { unescapeInlineCsv } from '../../src/core/load/dom.js';

/** Text that would end a script element, open a comment that hides its end, or look like the escape itself. */
const HOSTILE = [
  '</script>',
  '</SCRIPT >',
  '</script/x',
  '<!--<script>',
  '<!-- a --> b',
  '<\\/script>',
  '<\\\\/script>',
  '<\\!--',
  'a\\b </scripts> <script>',
];

/** Whether text inside <script>…</script> could end it or start a comment that hides its end. */
const unsafeInScript = (text: string) => /<\/script|<!--/i.test(text);

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

describe('playground data: the copied tag is safe to paste', () => {
  it('writes CSV that can neither end nor hide the script element, and reads back cell for cell', () => {
    const csv = `row,column,grade,note\n${HOSTILE.map((h, i) => `"R${i} ${h}",LAC,Good,"${h.replace(/"/g, '""')}"`).join('\n')}\n`;
    const written = escapeInlineCsv(csv);
    expect(unsafeInScript(written)).to.equal(false);
    expect(unescapeInlineCsv(written)).to.equal(csv);
    const read = parseCsv(unescapeInlineCsv(written));
    expect(read).to.deep.equal(parseCsv(csv));
    expect(read.rows.map((r) => r.cells[3])).to.deep.equal(HOSTILE.map((h) => h.replace(/\s+/g, ' ').trim()));
  });

  it('reads CSV with no such text exactly as before (the escape changes nothing else)', () => {
    const csv = 'row,note\nA,back\\slash <b> <\\ <\\x </scrip\n';
    expect(escapeInlineCsv(csv)).to.equal(csv);
    expect(unescapeInlineCsv(csv)).to.equal(csv);
  });

  it('writes JSON that can neither end nor hide the script element, and parses back exactly', () => {
    const value = { kpis: HOSTILE.map((title, i) => ({ ref: `R${i}`, title, notes: [title] })) };
    for (const json of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
      const written = escapeInlineJson(json);
      expect(unsafeInScript(written)).to.equal(false);
      expect(JSON.parse(written)).to.deep.equal(value);
    }
  });
});
