/**
 * What a widget hands to anything else (src/core/export/): the CSV writer's quoting and formula escaping, file
 * names, the `export` attribute, the Excel file read back by a real reader (read-excel-file), and the image's
 * drawing, for the four widgets' export tables built from the Leeds fixture as the elements build them.
 */
import { expect } from 'chai';
import { readSheet } from 'read-excel-file/node';
import {
  exportTimeline,
  layoutTimeline,
} from '../../src/components/deadline-timeline/deadline-timeline.layout.js';
import { viewTimeline } from '../../src/components/deadline-timeline/deadline-timeline.view.js';
import {
  exportGrid,
  layoutJudgementGrid,
} from '../../src/components/judgement-grid/judgement-grid.layout.js';
import { viewJudgementGrid } from '../../src/components/judgement-grid/judgement-grid.view.js';
import {
  CARD_SIZE,
  exportKpi,
  kpiChart,
  layoutKpi,
} from '../../src/components/kpi-sparkline/kpi-sparkline.layout.js';
import { exportRag, layoutRagMatrix } from '../../src/components/rag-matrix/rag-matrix.layout.js';
import { viewRagMatrix } from '../../src/components/rag-matrix/rag-matrix.view.js';
import { csvField, writeCsv } from '../../src/core/export/csv.js';
import { drawExport, svgOf } from '../../src/core/export/draw.js';
import { exportAttribute } from '../../src/core/export/kinds.js';
import { type Cell, cellText, type ExportTable, fileName, periodPart } from '../../src/core/export/table.js';
import { writeXlsx } from '../../src/core/export/xlsx.js';
import { selectPath } from '../../src/core/load/select.js';
import { INVALID, readContext, readWith, type Schema } from '../../src/core/schema.js';
import { judgementGrid } from '../../src/core/shapes/judgements.js';
import { type KpiData, kpi, pickRef } from '../../src/core/shapes/kpi.js';
import { ragMatrix } from '../../src/core/shapes/rag.js';
import { timeline } from '../../src/core/shapes/timeline.js';
import { fixtureJson } from './fixtures.js';

const leeds = fixtureJson('leeds-report.json');

function read<T>(select: string, schema: Schema<T>, ref?: string): T {
  const selected = selectPath(leeds, select);
  if (!selected.ok) throw new Error(select);
  const picked = ref === undefined ? selected : pickRef(selected.value, ref, selected.path);
  if (!picked.ok) throw new Error(`${select} ${ref}`);
  const { value } = readWith(schema, picked.value, picked.path);
  if (value === undefined) throw new Error(select);
  return value;
}

/** The four export tables of the Leeds report, as the elements build them (en-GB, as of the data's dates). */
function tables(): Record<string, ExportTable> {
  const grid = layoutJudgementGrid(read('inspection2010', judgementGrid), 'inspection2010', {
    locale: 'en-GB',
  }).model;
  const gv = viewJudgementGrid(grid, { collapsed: new Set(), drawnRows: undefined, locale: 'en-GB' });
  const rag = layoutRagMatrix(read('progress2009', ragMatrix), 'progress2009', { locale: 'en-GB' }).model;
  const rv = viewRagMatrix(rag, { filter: undefined, drawnRows: undefined, locale: 'en-GB' });
  const indicator = layoutKpi(read('indicators', kpi, 'NI 59'), '', { locale: 'en-GB' }).model;
  const tl = layoutTimeline(read('actions2010', timeline), '', { locale: 'en-GB', width: 720 }).model;
  const tv = viewTimeline(tl, {
    filter: undefined,
    current: undefined,
    drawnRows: undefined,
    locale: 'en-GB',
  });
  return {
    grid: exportGrid(grid, gv.shown, gv.summary, 'Area', 'en-GB', gv.legend),
    rag: exportRag(rag, rv.shown, rv.summary, 'Item'),
    kpi: exportKpi(indicator, 'en-GB'),
    timeline: exportTimeline(tl, tv.shown, tv.summary),
  };
}

describe('csvField(cell) and writeCsv(columns, rows)', () => {
  it('puts an apostrophe before text starting with =, +, -, @, a tab or a carriage return (OWASP)', () => {
    expect(['=SUM(A1)', '+44 113', '-x', '@cmd', '\tx', 'a=b'].map(csvField)).to.deep.equal([
      "'=SUM(A1)",
      "'+44 113",
      "'-x",
      "'@cmd",
      "'\tx",
      'a=b',
    ]);
    expect(csvField('\r=1')).to.equal(`"'\r=1"`);
    expect(csvField('=HYPERLINK("http://x","y")')).to.equal(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('writes a number the widget holds as a number unescaped, and text that looks like one as text', () => {
    expect(csvField({ text: '-3.2%', value: -3.2 })).to.equal('-3.2');
    expect(csvField(-3.2)).to.equal('-3.2');
    expect(csvField('-3.2')).to.equal("'-3.2");
    expect(csvField({ text: 'Not judged', look: { shape: 'dash', tone: 'tone-none' } })).to.equal(
      'Not judged',
    );
  });

  it('quotes a field holding a comma, a quote or a line break, and ends every line with CRLF', () => {
    expect(writeCsv(['a', 'b,c'], [['say "hi"', 'two\nlines']])).to.equal(
      'a,"b,c"\r\n"say ""hi""","two\nlines"\r\n',
    );
  });
});

describe('fileName(parts, fallback) and periodPart(label)', () => {
  it('names a file by its ref and last period, lower case with hyphens', () => {
    expect(fileName(['NI 59', periodPart('May 2010')], 'indicator')).to.equal('ni-59-2010-05');
    expect(fileName(['NI 59', periodPart('Q4 2009/10')], 'indicator')).to.equal('ni-59-q4-2009-10');
    expect(periodPart('2010-05-11')).to.equal('2010-05-11');
  });

  it('cuts a long title at a word and falls back when nothing is left', () => {
    const name = fileName(['The Ofsted and Care Quality Commission inspection of safeguarding'], 'x');
    expect(name).to.equal('the-ofsted-and-care-quality-commission');
    expect(fileName(['<>'], 'judgements')).to.equal('judgements');
    expect(fileName(['Café', undefined], 'x')).to.equal('cafe');
  });
});

describe('exportAttribute() reads the export attribute', () => {
  const readIt = (v: string) => {
    const ctx = readContext();
    const value = exportAttribute().read(v, 'export', ctx);
    return { value, messages: ctx.problems.map((p) => p.message) };
  };
  it('takes none, or a list of csv xlsx svg png with spaces or commas, in any case', () => {
    expect(readIt('none').value).to.deep.equal([]);
    expect(readIt('csv png').value).to.deep.equal(['csv', 'png']);
    expect(readIt(' CSV, XLSX ').value).to.deep.equal(['csv', 'xlsx']);
  });
  it('refuses another word, naming the words it takes', () => {
    const { value, messages } = readIt('csv jpg');
    expect(value).to.equal(INVALID);
    expect(messages[0]).to.contain('"jpg" is not a kind of download').and.contain('csv, xlsx, svg and png');
    expect(readIt('none csv').value).to.equal(INVALID);
  });
});

describe('the export tables of the Leeds report', () => {
  it('keep symbols and "not judged" as text and numbers as numbers', () => {
    const t = tables();
    expect(t.grid!.rows.flat().map(cellText)).to.include('Not judged');
    const kpiRows = t.kpi!.rows;
    expect(t.kpi!.columns).to.deep.equal(['Period', 'Value (%)', 'Target', 'Notes']);
    expect(kpiRows.at(-1)!.map((c) => (typeof c === 'string' ? c : c.value))).to.deep.equal([
      'March 2010',
      73,
      80,
      '',
    ]);
    expect(t.kpi!.name).to.equal('ni-59-2010-03');
  });

  it('write an explained gap as its symbol, never as zero', () => {
    const picked = pickRef(selectPath(leeds, 'indicators').ok ? leeds.indicators : {}, 'NI 59', '');
    const given = (picked.ok ? picked.value : {}) as { series: unknown[] };
    const gapped = readWith(
      kpi,
      { ...given, series: [...given.series, { period: '2010-04', value: 'c' }] },
      '',
    ).value as KpiData;
    const table = exportKpi(layoutKpi(gapped, '', { locale: 'en-GB' }).model, 'en-GB');
    expect(writeCsv(table.columns, table.rows).trimEnd().split('\r\n').at(-1)).to.equal(
      '2010-04,c,80,confidential',
    );
  });
});

describe('writeXlsx(table) read back by read-excel-file', () => {
  for (const [name, table] of Object.entries(tables())) {
    it(`${name}: every cell as the CSV has it, numbers as numbers, text as text`, async () => {
      const sheet = await readSheet(Buffer.from(writeXlsx(table)));
      const expected = [table.columns, ...table.rows].map((row) =>
        row.map((c: Cell) =>
          typeof c !== 'string' && c.value !== undefined ? c.value : cellText(c).trim() || null,
        ),
      );
      expect(sheet).to.deep.equal(expected);
      expect(sheet.flat().some((v) => typeof v === 'number')).to.equal(name === 'kpi');
    });
  }

  it('gives the same bytes for the same table, and keeps text XML cannot hold out', async () => {
    const table: ExportTable = {
      name: 'x',
      summary: '',
      columns: ['Label', 'Value'],
      rows: [['=1+1 <b>&</b>\u0007', { text: '-3.2', value: -3.2 }]],
    };
    expect(writeXlsx(table)).to.deep.equal(writeXlsx(table));
    expect(await readSheet(Buffer.from(writeXlsx(table)))).to.deep.equal([
      ['Label', 'Value'],
      ['=1+1 <b>&</b>', -3.2],
    ]);
  });
});

describe('drawExport(table) and svgOf(drawing)', () => {
  it('draws a mark with its letter or words beside it, for every marked cell', () => {
    const t = tables().rag!;
    const d = drawExport(t);
    const marks = d.items.filter((i) => 'p' in i && i.at && i.at[2] < 1);
    const marked = t.rows.flat().filter((c) => typeof c !== 'string' && c.look).length;
    expect(marks.length).to.equal(marked + (t.legend?.length ?? 0));
    expect(d.items.some((i) => 't' in i && i.t === 'G')).to.equal(true);
  });

  it('writes text from the data as text, with the title, source, as-of date and alternative text', () => {
    const t: ExportTable = {
      name: 'x',
      title: '<img src=x onerror=alert(1)>',
      source: 'Ofsted & CQC',
      asOf: 'As of 11 May 2010',
      summary: '1 item',
      columns: ['Item'],
      rows: [['<script>']],
    };
    const svg = svgOf(
      drawExport(t),
      { 'text-colour': '#0b0c0c', background: '#fff' },
      'arial, sans-serif',
      t.title!,
      t.summary,
    );
    expect(svg).to.contain('<title>&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(svg).to.contain('<desc>1 item</desc>');
    expect(svg).to.contain('Source: Ofsted &amp; CQC').and.contain('As of 11 May 2010');
    expect(svg).to.contain('&lt;script&gt;').and.not.contain('<script>');
  });

  it("draws the sparkline's chart at 480 pixels wide, its status as shape, letter and word", () => {
    const model = layoutKpi(read('indicators', kpi, 'NI 59'), '', { locale: 'en-GB', size: CARD_SIZE }).model;
    const chart = kpiChart(model);
    expect(chart.width).to.equal(480);
    expect(chart.items.some((i) => 't' in i && i.t === 'R Red')).to.equal(true);
  });
});
