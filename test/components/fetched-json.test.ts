/**
 * A JSON file fetched by `src` that is not UTF-8 (saved from Notepad as "ANSI" or "Unicode"): read right, and
 * the widget says how it read it, as it does for CSV. The fixtures are byte-exact (test/fixtures/excel/README.md),
 * served as they are by /test-api/excel.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/judgement-grid/define.js';
import { clearFetchCache } from '../../src/core/load/shared.js';
import { mount, notices, text, unmountAll } from '../base/speech.js';

afterEach(() => {
  unmountAll();
  clearFetchCache();
});

const json = (file: string) =>
  `<ik-judgement-grid src="/test-api/excel?file=${file}&amp;type=application/json"></ik-judgement-grid>`;
const firstRow = {
  label: 'Children’s services – overall',
  grades: { sg: { grade: 'Adequate', note: 'Budget £1.2m, 2010–11' } },
};

describe('JSON fetched by src in an encoding other than UTF-8', () => {
  it('Windows-1252 JSON (Notepad\'s "ANSI"): £, en dash and curly apostrophe come out right, and the widget says how it read the file', async () => {
    const { el, detail } = await mount(json('grid-json-windows-1252.txt'));
    expect(el.state).to.equal('ready');
    expect((detail?.data as { rows?: unknown[] } | undefined)?.rows?.[0]).to.deep.equal(firstRow);
    expect(text(el.shadowRoot)).not.to.contain('\uFFFD');
    expect(notices(el)).to.deep.equal([
      'Read as Windows-1252 text, as the file is not UTF-8. If a letter or symbol looks wrong, save the file as UTF-8.',
    ]);
  });
  it('UTF-16 JSON (Notepad\'s "Unicode"): no NUL characters, and the widget says how it read the file', async () => {
    const { el, detail } = await mount(json('grid-json-utf16le.txt'));
    expect(el.state).to.equal('ready');
    expect((detail?.data as { rows?: unknown[] } | undefined)?.rows?.[0]).to.deep.equal(firstRow);
    expect(text(el.shadowRoot)).not.to.contain('\u0000');
    expect(notices(el)).to.deep.equal([
      'Read as UTF-16 text, as the file’s first bytes say. If another program cannot read the file, save it as UTF-8.',
    ]);
  });
  it('UTF-8 JSON: read as written, with no notice', async () => {
    const doc = { columns: [{ id: 'sg', label: 'Safeguarding' }], rows: [firstRow] };
    const { el } = await mount(
      `<ik-judgement-grid src="/test-api/json?body=${encodeURIComponent(JSON.stringify(doc))}"></ik-judgement-grid>`,
    );
    expect(el.state).to.equal('ready');
    expect(notices(el)).to.deep.equal([]);
  });
});

describe('ik-load carries the notes on how the file was read', () => {
  it('detail.notes holds the lines shown under the widget, for JSON and CSV alike', async () => {
    const fromJson = await mount(json('grid-json-windows-1252.txt'));
    expect(fromJson.detail?.notes).to.deep.equal(notices(fromJson.el));
    expect(fromJson.detail?.notes).to.have.length(1);
    const fromCsv = await mount(
      '<ik-judgement-grid src="/test-api/excel?file=grid-windows-1252-semicolon.csv"></ik-judgement-grid>',
    );
    expect(fromCsv.detail?.notes).to.deep.equal([
      'Read as Windows-1252 text with semicolons between columns, as Excel saves CSV in some regions. If a letter or symbol looks wrong, save the file as "CSV UTF-8".',
    ]);
    expect(fromCsv.detail?.notes).to.deep.equal(notices(fromCsv.el));
  });
  it('detail.notes is empty when the file was read as written', async () => {
    const { detail } = await mount(
      '<ik-judgement-grid src="/test-api/excel?file=grid-utf8.csv"></ik-judgement-grid>',
    );
    expect(detail?.data).not.to.equal(undefined);
    expect(detail?.notes).to.deep.equal([]);
  });
});

describe('the notes on how a file was read, in the widget’s language', () => {
  it('a Welsh widget says how it read a Windows-1252 JSON file and a semicolon CSV in Welsh, in ik-load too', async () => {
    const fromJson = await mount(
      json('grid-json-windows-1252.txt').replace('<ik-judgement-grid ', '<ik-judgement-grid lang="cy" '),
    );
    expect(notices(fromJson.el)).to.have.length(1);
    expect(notices(fromJson.el)[0]).to.match(/^Darllenwyd fel testun Windows-1252/);
    expect(fromJson.detail?.notes).to.deep.equal(notices(fromJson.el));
    const fromCsv = await mount(
      '<ik-judgement-grid lang="cy" src="/test-api/excel?file=grid-windows-1252-semicolon.csv"></ik-judgement-grid>',
    );
    expect(notices(fromCsv.el)[0]).to.match(/^Darllenwyd/);
    expect(notices(fromCsv.el)[0]).not.to.contain('Read as');
  });
});
