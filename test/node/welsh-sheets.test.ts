/**
 * The sheets area's words in Welsh (i18n/areas/sheets.ts): CSV and pasted tables, fetching `src`, its address,
 * JSON text, `select` and how a file was read. Every message key is produced by a reader; each problem, shown in
 * `cy`, is in Welsh (not the English, no `{hole}` left), its English as it was; a sheet's place is said in Welsh
 * while its path stays English.
 */
import { expect } from 'chai';
import { parseCsv, readTable, type Sheet, sheetNotesIn, sheetPlaceIn } from '../../src/core/csv.js';
import { EN } from '../../src/core/i18n/areas/sheets.js';
import { decodeBytes, jsonReadingNote } from '../../src/core/load/decode.js';
import { FetchError, fetchOnce, LOAD_LIMITS } from '../../src/core/load/fetch.js';
import { parseJson } from '../../src/core/load/json.js';
import { parseFetched } from '../../src/core/load/parsed.js';
import { selectPath } from '../../src/core/load/select.js';
import { clearFetchCache, fetchShared } from '../../src/core/load/shared.js';
import { checkUrl } from '../../src/core/load/url.js';
import { problemLine, spokenPlace } from '../../src/core/place.js';
import { type Problem, problemIn, type Said, sayIn } from '../../src/core/problems.js';
import { itSaysEachInWelsh, type WelshCase } from '../setup/welsh-case.js';

type Key = keyof typeof EN;

const rows = (n: number, line: string) => Array.from({ length: n }, () => line).join('\n');

/** The problems of reading CSV text. */
const csv = (text: string): Problem[] => parseCsv(text).problems ?? [];

/** The one problem of `select` on a document. */
function select(doc: unknown, path: string): Problem[] {
  const r = selectPath(doc, path);
  if (r.ok) throw new Error('selected');
  return [r.problem];
}

/** checkUrl's failure as the widget makes it a problem. */
function url(src: string): Problem[] {
  const r = checkUrl(src, 'https://example.org/page');
  if (r.ok) throw new Error('allowed');
  return [{ path: 'src', message: r.message, ...(r.say ? { say: r.say } : {}) }];
}

function json(text: string): Problem[] {
  const r = parseJson(text);
  if (r.ok) throw new Error('valid JSON');
  return [r.problem];
}

/** A FetchError as the widget makes it a problem: its message follows the file's place. */
function asProblem(error: unknown): Problem[] {
  if (!(error instanceof FetchError)) throw error;
  return [
    {
      path: 'src',
      message: `${error.message[0]!.toLowerCase()}${error.message.slice(1)}`,
      ...(error.say ? { say: error.say } : {}),
    },
  ];
}

const realFetch = globalThis.fetch;

/** The failure of fetching with `answer` standing in for the server. */
async function fetched(answer: () => Promise<Response>): Promise<Problem[]> {
  globalThis.fetch = answer as typeof fetch;
  try {
    await fetchOnce('https://example.org/report.json', new AbortController().signal);
  } catch (error) {
    return asProblem(error);
  } finally {
    globalThis.fetch = realFetch;
  }
  throw new Error('fetched');
}

const answer = (status: number, statusText: string) => async () => new Response('no', { status, statusText });

/** A note as a problem, for the same checks: its place is the widget's, its words the note's. */
const note = (n: Said | undefined): Problem[] => (n ? [{ path: 'data', ...n }] : []);
const notesOf = (sheet: Sheet): Problem[] => (sheet.saidNotes ?? []).map((n) => ({ path: 'data', ...n }));

/** A pasted table as much of the DOM as readTable reads: rows of cells of text. */
function fakeTable(cells: string[][], spans: number[] = []): HTMLTableElement {
  const g = globalThis as { Node?: unknown };
  g.Node ??= { TEXT_NODE: 3, ELEMENT_NODE: 1 };
  const body = {};
  const rowsOf = cells.map((row, r) => ({
    parentElement: body,
    cells: row.map((text) => ({
      rowSpan: 1,
      colSpan: spans[r] ?? 1,
      childNodes: [{ nodeType: 3, textContent: text }],
    })),
  }));
  return { rows: rowsOf, tHead: null } as unknown as HTMLTableElement;
}

/** Each case: the keys it uses, the problems it makes, and words its Welsh holds (the key's own). */
const CASES: WelshCase<Key>[] = [
  {
    keys: ['csv.unclosedQuote'],
    make: () => csv('a,b\n"x,1\nc,2\n'),
    welsh: 'mae ynddi ddyfynnod (") sy’n agor cell',
  },
  {
    keys: ['csv.twoSeparators', 'csv.withCommas', 'csv.withSemicolons'],
    make: () => csv('a,b;c\n1,2;3\n'),
    welsh:
      'mae’n rhannu’n 2 o golofnau gyda chomas a gyda hanner colonau fel ei gilydd; fe’i darllenwyd gyda chomas',
  },
  {
    keys: ['csv.extraCells', 'csv.comma'],
    make: () => csv('a,b\n1,2,3\n'),
    welsh:
      'mae 3 o gelloedd ynddi ond 2 sydd yn y pennawd: ni ddarllenir "3". Rhowch ddyfynodau o amgylch cell sy’n cynnwys coma',
  },
  {
    keys: ['csv.extraCells', 'csv.semicolon'],
    make: () => csv('a;b\n1;2\n1;2;3,4;5\n'),
    welsh: 'ni ddarllenir "3,4", "5"',
  },
  {
    keys: ['csv.extraCells', 'csv.tab'],
    make: () => csv('a\tb\n1\t2\n1\t2\t3,4\n'),
    welsh: 'sy’n cynnwys tab',
  },
  {
    keys: ['csv.moreExtraRows'],
    make: () => csv(`a,b\n${rows(21, '1,2,3')}\n`).slice(20),
    welsh: 'mae gan 1 rhes arall fwy o gelloedd na’r pennawd',
  },
  {
    keys: ['csv.moreExtraRows'],
    make: () => csv(`a,b\n${rows(23, '1,2,3')}\n`).slice(20),
    welsh: 'mae gan 3 o resi eraill fwy o gelloedd',
  },
  {
    keys: ['csv.decimalComma'],
    make: () => csv('a;b\nx;1,234\n'),
    welsh: '"1,234": efallai mai 1.234 yw hwn wedi’i ysgrifennu gyda choma degol',
  },
  {
    keys: ['csv.moreDecimals'],
    make: () => csv(`a;b\n${rows(22, 'x;1,234')}\n`).slice(20),
    welsh: 'efallai fod 2 o gelloedd eraill wedi’u hysgrifennu gyda choma degol',
  },
  {
    keys: ['csv.readAs1252', 'csv.why1252', 'csv.fix1252'],
    make: () => notesOf(parseCsv('a,b\n1,2\n', 'Windows-1252')),
    welsh:
      'Darllenwyd fel testun Windows-1252, fel y mae Excel yn cadw "CSV (Comma delimited)". Os yw llythyren',
  },
  {
    keys: ['csv.read', 'csv.between', 'csv.withSemicolons', 'csv.whyRegions'],
    make: () => notesOf(parseCsv('a;b\n1;2\n')),
    welsh:
      'Darllenwyd gyda hanner colonau rhwng y colofnau, fel y mae Excel yn cadw CSV mewn rhai rhanbarthau.',
  },
  {
    keys: ['csv.read', 'csv.between', 'csv.withTabs', 'csv.whyCopied'],
    make: () => notesOf(parseCsv('a\tb\n1\t2\n')),
    welsh: 'Darllenwyd gyda thabiau rhwng y colofnau, fel y daw wrth gopïo celloedd o Excel.',
  },
  {
    keys: ['csv.readAsUtf16', 'csv.whyUnicode'],
    make: () => notesOf(parseCsv('a,b\n1,2\n', 'UTF-16 LE')),
    welsh: 'Darllenwyd fel testun UTF-16, fel y mae Excel yn cadw "Unicode text".',
  },
  {
    keys: ['csv.tableTitle'],
    make: () => notesOf(readTable(fakeTable([['Progress'], ['Area', 'Q1'], ['Leadership', 'Good']], [2]))),
    welsh: 'Darllenwyd rhes gyntaf y tabl, "Progress", fel ei deitl',
  },
  {
    keys: ['decode.json1252'],
    make: () => note(jsonReadingNote(decodeBytes(Uint8Array.of(0x7b, 0xa3, 0x7d)).encoding)),
    welsh: 'gan nad yw’r ffeil yn UTF-8',
  },
  {
    keys: ['decode.jsonUtf16'],
    make: () => note(jsonReadingNote(decodeBytes(Uint8Array.of(0xff, 0xfe, 0x7b, 0, 0x7d, 0)).encoding)),
    welsh: 'fel y dywed beitiau cyntaf y ffeil',
  },
  {
    keys: ['json.invalid', 'json.trailingComma'],
    make: () => json('{"a": 1,}'),
    welsh: 'yw’r man lle nad yw’r testun yn JSON dilys: mae coma cyn braced cau',
  },
  {
    keys: ['json.invalid', 'json.comments'],
    make: () => json('{"a": 1 // b\n}'),
    welsh: 'ni chaniateir sylwadau',
  },
  { keys: ['json.invalid', 'json.endsEarly'], make: () => json('{"a": [1, 2'), welsh: 'yn rhy gynnar' },
  {
    keys: ['json.invalid', 'json.checkHere'],
    make: () => json('{"a": tru}'),
    welsh: 'gwiriwch y dyfynodau, y comas a’r bracedi yma (dywed y porwr:',
  },
  {
    keys: ['url.notAddress'],
    make: () => url('https://exa mple.org:99999/'),
    welsh: ': nid yw’n gyfeiriad gwe',
  },
  {
    keys: ['url.password'],
    make: () => url('https://editor:secret@example.org/r.json'),
    welsh: '"https://editor:…@example.org/r.json": mae enw defnyddiwr neu gyfrinair ynddo',
  },
  { keys: ['url.protocol'], make: () => url('javascript:alert(1)'), welsh: 'ni chafodd ei nôl' },
  {
    keys: ['fetch.status', 'fetch.fixMissing'],
    make: () => fetched(answer(404, 'Not Found')),
    welsh: 'atebodd y gweinydd 404 Not Found: nid oes ffeil yn y cyfeiriad hwn',
  },
  {
    keys: ['fetch.status', 'fetch.fixSignIn'],
    make: () => fetched(answer(403, 'Forbidden')),
    welsh: 'mae angen mewngofnodi i weld y ffeil',
  },
  {
    keys: ['fetch.status', 'fetch.fixServer'],
    make: () => fetched(answer(503, '')),
    welsh:
      'atebodd y gweinydd 503: roedd nam ar y gweinydd. Rhowch gynnig arall arni’n nes ymlaen gyda’r botwm "Rhoi cynnig arall arni"',
  },
  {
    keys: ['fetch.status', 'fetch.fixAddress', 'fetch.sentOn'],
    make: () =>
      fetched(async () => {
        const r = new Response('', { status: 400, statusText: 'Bad Request' });
        Object.defineProperty(r, 'redirected', { value: true });
        Object.defineProperty(r, 'url', { value: 'https://other.example.org/r.json' });
        return r;
      }),
    welsh:
      ' (ar ôl i’r cais gael ei anfon ymlaen i https://other.example.org/r.json): gwiriwch y cyfeiriad src',
  },
  {
    keys: ['fetch.webPage'],
    make: () => fetched(async () => new Response('<p>', { headers: { 'content-type': 'text/html' } })),
    welsh: 'anfonodd y gweinydd dudalen we, nid data:',
  },
  {
    keys: ['fetch.unreachable'],
    make: () =>
      fetched(async () => {
        throw new TypeError('Failed to fetch');
      }),
    welsh: 'ni ellid cyrraedd y ffeil (Failed to fetch): efallai fod y dudalen all-lein',
  },
  {
    keys: ['fetch.unreachable', 'fetch.networkError'],
    make: () =>
      fetched(async () => {
        throw 'down';
      }),
    welsh: '(gwall rhwydwaith)',
  },
  {
    keys: ['fetch.tooLarge'],
    make: () =>
      fetched(
        async () => new Response('{}', { headers: { 'content-length': String(LOAD_LIMITS.maxBytes * 2) } }),
      ),
    welsh: 'mae’r ffeil yn rhy fawr (20 MB; y terfyn yw 10 MB)',
  },
  {
    keys: ['fetch.tooLargeOver'],
    make: () => fetched(async () => new Response(new Uint8Array(LOAD_LIMITS.maxBytes + 1))),
    welsh: 'mae’r ffeil yn rhy fawr (dros 10 MB)',
  },
  {
    keys: ['fetch.timeout'],
    make: async () => {
      const limits = { ...LOAD_LIMITS };
      LOAD_LIMITS.timeoutMs = 30;
      globalThis.fetch = ((_: string, init: RequestInit) =>
        new Promise((_resolve, reject) =>
          init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
        )) as typeof fetch;
      try {
        await fetchShared('https://example.org/slow.json', new AbortController().signal);
      } catch (error) {
        return asProblem(error);
      } finally {
        globalThis.fetch = realFetch;
        Object.assign(LOAD_LIMITS, limits);
        clearFetchCache();
      }
      throw new Error('fetched');
    },
    welsh: 'dim ateb gan y gweinydd ar ôl 0 eiliad',
  },
  {
    keys: ['select.forbidden'],
    make: () => select({}, '__proto__'),
    welsh: '"__proto__": mae’n enw nad yw’r pecyn byth yn ei ddarllen',
  },
  {
    keys: ['select.noIndex', 'select.theData'],
    make: () => select([1, 2, 3], '5'),
    welsh: 'y data: mae ynddo 3 o rannau, wedi’u rhifo o 0, felly nid oes "5": defnyddiwch rif o 0 i 2',
  },
  {
    keys: ['select.noIndex'],
    make: () => select({ a: [1] }, 'a.x'),
    welsh: '"a": mae ynddo 1 rhan, wedi’i rhifo o 0, felly nid oes "x": defnyddiwch 0',
  },
  {
    keys: ['select.noPart', 'select.use'],
    make: () => select({ report: { inspection2010: {} } }, 'report.inspection2011'),
    welsh:
      '"report": nid oes rhan o’r enw "inspection2011" ynddo (ai "report.inspection2010" oedd dan sylw?): defnyddiwch "report.inspection2010"',
  },
  {
    keys: ['select.noPart', 'select.useMore'],
    make: () => select(Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`k${i}`, i])), 'zz'),
    welsh: '"k10" neu "k11" (neu un arall o’i rannau)',
  },
  {
    keys: ['select.noPart', 'select.checkFile'],
    make: () => select({}, 'rows'),
    welsh: 'y data: nid oes rhan o’r enw "rows" ynddo: gwiriwch y ffeil',
  },
  {
    keys: ['select.noParts'],
    make: () => select({ a: 3 }, 'a.b'),
    welsh: '"a": 3 yw hwn, heb rannau ynddo: tynnwch "b" o select',
  },
];

describe('the sheets area’s problems and notes in Welsh', () => {
  itSaysEachInWelsh(CASES);

  const PLACES: Key[] = [
    'csv.csvRow',
    'csv.tableRow',
    'csv.column',
    'csv.theCsv',
    'csv.theTable',
    'json.place',
    'csv.columnNumber',
  ];

  it('produces every key of the area', () => {
    const used = new Set<string>([...CASES.flatMap((c) => c.keys), ...PLACES]);
    expect(Object.keys(EN).filter((k) => !used.has(k))).to.deep.equal([]);
  });

  it('says a sheet’s place in Welsh, its path as it was', () => {
    expect(spokenPlace('CSV row 5, column "LAC"', 'cy')).to.equal('Rhes 5 yn y CSV, colofn "LAC"');
    expect(spokenPlace('table row 3', 'cy')).to.equal('Rhes 3 yn y tabl');
    expect(spokenPlace('CSV', 'cy')).to.equal('Y CSV');
    expect(spokenPlace('table', 'cy')).to.equal('Y tabl');
    expect(spokenPlace('line 3, column 14', 'cy')).to.equal('Llinell 3, colofn 14');
    expect(sheetPlaceIn('CSV row 5, column "A, (b)" (note)', 'cy')).to.equal(
      'rhes 5 yn y CSV, colofn "A, (b)" (note)',
    );
    expect(sheetPlaceIn('table row 12000, column "Q1"', 'cy')).to.equal('rhes 12000 yn y tabl, colofn "Q1"');
    // A column with no header, named by its number in the path.
    expect(sheetPlaceIn('CSV row 1, column "column 3"', 'cy')).to.equal('rhes 1 yn y CSV, colofn 3');
    expect(sheetPlaceIn('CSV row 1, column "column 3"', 'en-GB')).to.equal('CSV row 1, column 3');
    for (const path of [
      'CSV row 5, column "LAC"',
      'table row 3',
      'CSV',
      'table',
      'line 3, column 14',
      'CSV row 5, column "LAC" (note)',
      'table row 12000',
    ])
      expect(sheetPlaceIn(path, 'en-GB'), path).to.equal(path);
    // Not a sheet's place: as it is.
    expect(sheetPlaceIn('rows[0].grades.sg', 'cy')).to.equal('rows[0].grades.sg');
  });

  it('says a CSV problem’s whole line in Welsh', () => {
    const p = csv('a,b\n1,2,3\n')[0]!;
    expect(problemLine(problemIn(p, 'cy'), 'cy')).to.equal(
      'Rhes 2 yn y CSV: mae 3 o gelloedd ynddi ond 2 sydd yn y pennawd: ni ddarllenir "3". Rhowch ddyfynodau o amgylch cell sy’n cynnwys coma, neu ychwanegwch y pennawd sydd ar goll',
    );
    const j = json('{"a": 1,}')[0]!;
    expect(problemLine(problemIn(j, 'cy'), 'cy')).to.equal(
      'Llinell 1, colofn 9 yw’r man lle nad yw’r testun yn JSON dilys: mae coma cyn braced cau: tynnwch ef',
    );
  });

  it('gives a FetchError its sentence in British English and its words to follow the place', async () => {
    globalThis.fetch = answer(404, 'Not Found') as typeof fetch;
    try {
      await fetchOnce('https://example.org/report.json', new AbortController().signal);
      expect.fail('fetched');
    } catch (error) {
      const e = error as FetchError;
      expect(e.message).to.equal(
        'The server answered 404 Not Found: there is no file at this address. Check the src address, and that the file was uploaded',
      );
      expect(e.say!('en-GB')).to.equal(`t${e.message.slice(1)}`);
      expect(e.status).to.equal(404);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('keeps a sheet’s notes in British English, and says them in the locale', () => {
    const sheet = parseCsv('a;b\n1;2\n');
    expect(sheet.notes).to.deep.equal([
      'Read with semicolons between columns, as Excel saves CSV in some regions.',
    ]);
    expect(sheetNotesIn(sheet, 'en-GB')).to.deep.equal(sheet.notes);
    expect(sheetNotesIn(sheet, 'cy')[0]).to.match(/^Darllenwyd gyda hanner colonau/);
    expect(sheetNotesIn({ notes: ['As it is.'] }, 'cy')).to.deep.equal(['As it is.']);
    const file = parseFetched(
      { url: 'https://example.org/r.json', text: '{}', contentType: '', encoding: 'Windows-1252' },
      false,
    );
    if (file.kind !== 'doc') throw new Error(file.kind);
    expect(file.notes).to.deep.equal([
      'Read as Windows-1252 text, as the file is not UTF-8. If a letter or symbol looks wrong, save the file as UTF-8.',
    ]);
    expect(sheetNotesIn(file, 'cy')[0]).to.match(/^Darllenwyd fel testun Windows-1252, gan nad/);
    expect(sayIn(jsonReadingNote('UTF-8') ?? { message: '' }, 'cy')).to.equal('');
  });
});
