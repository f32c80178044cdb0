import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { parseCsv, parseCsvBytes } from '../../src/core/csv.js';
import { decodeBytes } from '../../src/core/load/decode.js';
import { fetchOnce } from '../../src/core/load/fetch.js';
import { judgementGridFromSheet } from '../../src/core/shapes/judgements.js';
import { plain } from '../setup/plain.js';

/** The fixtures as Excel writes them (test/fixtures/excel/README.md). */
const bytes = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(new URL(`../fixtures/excel/${name}`, import.meta.url)));

const expectedRows = [
  ['Children’s services – overall', 'Safeguarding', 'Adequate', 'Budget £1.2m, 2010–11'],
  ['Children’s services – overall', 'Looked after children', 'Good', 'Carers’ “voice” heard'],
  ['Capacity to improve', 'Safeguarding', 'Good', 'Spend £450,000; on plan'],
];

describe('Excel CSV encodings and separators', () => {
  const files: [string, RegExp | undefined][] = [
    ['grid-utf8.csv', undefined],
    ['grid-utf8-bom.csv', undefined],
    ['grid-windows-1252.csv', /^Read as Windows-1252 text, as Excel saves "CSV \(Comma delimited\)"\./],
    [
      'grid-windows-1252-semicolon.csv',
      /^Read as Windows-1252 text with semicolons between columns, as Excel saves CSV in some regions\./,
    ],
    [
      'grid-utf16le-unicode-text.txt',
      /^Read as UTF-16 text with tabs between columns, as Excel saves "Unicode text"\.$/,
    ],
    ['grid-clipboard.tsv', /^Read with tabs between columns, as copying cells from Excel gives\.$/],
  ];
  for (const [name, note] of files) {
    it(`reads ${name} with every £, en dash and curly quote intact, each cell in its column`, () => {
      const sheet = parseCsvBytes(bytes(name));
      expect(sheet.header).to.deep.equal(['row', 'column', 'grade', 'note']);
      expect(sheet.rows.map((r) => r.cells)).to.deep.equal(expectedRows);
      expect(sheet.problems ?? []).to.deep.equal([]);
      if (note) {
        expect(sheet.notes).to.have.length(1);
        expect(sheet.notes![0]).to.match(note);
      } else expect(sheet.notes ?? []).to.deep.equal([]);
    });
  }
  it('says when a Windows-1252 guess was made, and how to be sure of every character', () => {
    expect(parseCsvBytes(bytes('grid-windows-1252.csv')).notes![0]).to.contain(
      'save the file as "CSV UTF-8"',
    );
  });
  it('decodes by byte-order mark, then UTF-8 when valid, else Windows-1252', () => {
    expect(decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0xc2, 0xa3))).to.deep.equal({
      text: '£',
      encoding: 'UTF-8',
      marked: true,
    });
    expect(decodeBytes(Uint8Array.of(0xff, 0xfe, 0xa3, 0x00, 0x13, 0x20))).to.deep.equal({
      text: '£–',
      encoding: 'UTF-16 LE',
      marked: true,
    });
    expect(decodeBytes(Uint8Array.of(0xfe, 0xff, 0x00, 0xa3))).to.deep.equal({
      text: '£',
      encoding: 'UTF-16 BE',
      marked: true,
    });
    expect(decodeBytes(Uint8Array.of(0xc2, 0xa3))).to.deep.equal({
      text: '£',
      encoding: 'UTF-8',
      marked: false,
    });
    expect(decodeBytes(Uint8Array.of(0xa3, 0x96, 0x92))).to.deep.equal({
      text: '£–’',
      encoding: 'Windows-1252',
      marked: false,
    });
  });
  it('finds the separator from the header outside quotes: a quoted comma does not make a comma file', () => {
    const sheet = parseCsv('"Area, service";Safeguarding;Looked after children\nLeadership;Good;Adequate\n');
    expect(sheet.header).to.deep.equal(['Area, service', 'Safeguarding', 'Looked after children']);
    expect(sheet.rows[0]!.cells).to.deep.equal(['Leadership', 'Good', 'Adequate']);
    const commas = parseCsv('Area,Safeguarding\n"Help; support",Good\n');
    expect(commas.rows[0]!.cells).to.deep.equal(['Help; support', 'Good']);
    expect(commas.notes ?? []).to.deep.equal([]);
  });
  it('reports a row with more filled cells than the header, never shifting its columns silently', () => {
    const sheet = parseCsv(
      'Area,Safeguarding,Looked after children\nLeadership,Good,Adequate\nHelp, support,Good,Good\n',
    );
    expect(plain(sheet.problems)).to.deep.equal([
      {
        path: 'CSV row 3',
        message:
          'has 4 cells but the header has 3: "Good" is not read. Put quotes round a cell that holds a comma, or add the missing header',
      },
    ]);
  });
  it('asks about a number with a decimal comma in a semicolon file, where "1,234" may mean 1.234', () => {
    const sheet = parseCsv('ref;period;value\nNI 59;2009-03;1,234\nNI 60;2009-03;76\n');
    expect(plain(sheet.problems)).to.deep.equal([
      {
        path: 'CSV row 2, column "value"',
        message:
          '"1,234" may be 1.234 written with a decimal comma, as Excel writes numbers where semicolons separate columns: write 1.234, or 1234 without the comma',
      },
    ]);
    expect(parseCsv('ref,period,value\nNI 59,2009-03,"1,234"\n').problems ?? []).to.deep.equal([]);
  });
  it('says which separator it used when commas and semicolons split the file alike', () => {
    const sheet = parseCsv('Area, region;Grade\nLeeds, north;Good\n');
    expect(plain(sheet.problems)).to.deep.equal([
      {
        path: 'CSV row 1',
        message:
          'splits into 2 columns with commas and with semicolons alike; it was read with commas. If the columns look wrong, put quotes round each header and cell that holds a comma or a semicolon',
      },
    ]);
  });
  it('reads a semicolon file whose header has no comma at all and whose cells hold commas', () => {
    const sheet = parseCsv('Area;Grade\nHelp, support and protection;Good\nCare leavers;Adequate\n');
    expect(sheet.rows.map((r) => r.cells)).to.deep.equal([
      ['Help, support and protection', 'Good'],
      ['Care leavers', 'Adequate'],
    ]);
    expect(sheet.notes).to.deep.equal([
      'Read with semicolons between columns, as Excel saves CSV in some regions.',
    ]);
  });
  it("builds the grid from Excel's Windows-1252 CSV with the note's words as written", () => {
    const built = judgementGridFromSheet(parseCsvBytes(bytes('grid-windows-1252.csv')));
    expect(built.problems).to.deep.equal([]);
    expect(built.value).to.deep.equal({
      columns: [
        { id: 'Safeguarding', label: 'Safeguarding' },
        { id: 'Looked after children', label: 'Looked after children' },
      ],
      rows: [
        {
          label: 'Children’s services – overall',
          grades: {
            Safeguarding: { grade: 'Adequate', note: 'Budget £1.2m, 2010–11' },
            'Looked after children': { grade: 'Good', note: 'Carers’ “voice” heard' },
          },
        },
        {
          label: 'Capacity to improve',
          grades: { Safeguarding: { grade: 'Good', note: 'Spend £450,000; on plan' } },
        },
      ],
    });
  });
});

describe('fetchOnce(url) reads the response as bytes', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });
  const serve = (body: Uint8Array<ArrayBuffer>, type: string) => {
    globalThis.fetch = async () => new Response(body, { headers: { 'content-type': type } });
  };
  it('decodes a Windows-1252 CSV as Windows-1252 and says so', async () => {
    serve(bytes('grid-windows-1252.csv'), 'text/csv');
    const fetched = await fetchOnce('https://example.org/grid.csv', new AbortController().signal);
    expect(fetched.encoding).to.equal('Windows-1252');
    expect(fetched.text).to.contain('Children’s services – overall');
    expect(fetched.text).not.to.contain('\uFFFD');
  });
  it('decodes UTF-16 "Unicode text" by its byte-order mark, with no NUL characters', async () => {
    serve(bytes('grid-utf16le-unicode-text.txt'), 'text/plain');
    const fetched = await fetchOnce('https://example.org/grid.txt', new AbortController().signal);
    expect(fetched.encoding).to.equal('UTF-16 LE');
    expect(fetched.text).not.to.contain('\u0000');
    expect(fetched.text.startsWith('row\tcolumn')).to.equal(true);
  });
});
