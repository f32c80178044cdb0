import { expect } from '@open-wc/testing';
import { readTable } from '../../src/core/csv.js';

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

describe('readTable(table) with merged cells, as the browser lays them out', () => {
  const table = (inner: string) => {
    const t = document.createElement('table');
    t.innerHTML = inner;
    return t;
  };
  it('a cell merged down rows fills its column in each row, so the cells after it keep their columns', () => {
    const sheet = readTable(
      table(`<thead><tr><th>Area</th><th>Safeguarding</th><th>LAC</th></tr></thead><tbody>
        <tr><td>Capacity</td><td rowspan="2">Good</td><td>Good</td></tr>
        <tr><td>Service responsiveness</td><td>Outstanding</td></tr></tbody>`),
    );
    expect(sheet.rows.map((r) => r.cells)).to.deep.equal([
      ['Capacity', 'Good', 'Good'],
      ['Service responsiveness', 'Good', 'Outstanding'],
    ]);
  });
  it('a row label merged down rows names each of them; rowspan="0" runs to the end of its tbody and no further', () => {
    const sheet = readTable(
      table(`<thead><tr><th>Area</th><th>Year</th><th>Grade</th></tr></thead>
        <tbody><tr><td rowspan="0">Leadership</td><td>2009</td><td>Good</td></tr><tr><td>2010</td><td>Adequate</td></tr></tbody>
        <tbody><tr><td>Care leavers</td><td>2010</td><td>Good</td></tr></tbody>`),
    );
    expect(sheet.rows.map((r) => r.cells)).to.deep.equal([
      ['Leadership', '2009', 'Good'],
      ['Leadership', '2010', 'Adequate'],
      ['Care leavers', '2010', 'Good'],
    ]);
  });
  it('a row of one cell across the whole table is a group heading for the rows after it; a narrower one is not', () => {
    const sheet = readTable(
      table(`<thead><tr><th>Area</th><th>Safeguarding</th><th>LAC</th></tr></thead><tbody>
        <tr><td colspan="3"><p><b>Outcomes</b></p></td></tr>
        <tr><td>Being healthy</td><td>Good</td><td>Good</td></tr>
        <tr><td colspan="2">Staying safe</td><td>Adequate</td></tr>
        <tr><td colspan="3">&nbsp;Provision&nbsp;</td></tr>
        <tr><td>Service responsiveness</td><td>Good</td><td>Good</td></tr></tbody>`),
    );
    expect(sheet.rows).to.deep.equal([
      { cells: ['Outcomes'], row: 2, heading: true },
      { cells: ['Being healthy', 'Good', 'Good'], row: 3, group: 'Outcomes' },
      { cells: ['Staying safe', 'Staying safe', 'Adequate'], row: 4, group: 'Outcomes' },
      { cells: ['Provision'], row: 5, heading: true },
      { cells: ['Service responsiveness', 'Good', 'Good'], row: 6, group: 'Provision' },
    ]);
  });
});

describe('readTable(table): the words of a cell as Word writes them', () => {
  it('paragraphs and line breaks inside a cell are read as spaces, never run together', () => {
    const t = document.createElement('table');
    t.innerHTML =
      '<tr><td><p>Area</p></td><td><p>Grade</p></td></tr><tr><td><p class="MsoNormal">Staying</p><p class="MsoNormal">safe</p></td><td>Good<br>(see note)</td></tr>';
    expect(readTable(t).rows[0]!.cells).to.deep.equal(['Staying safe', 'Good (see note)']);
  });
});

describe('readTable(table): a title row above the header', () => {
  it('with no thead, a first row of one cell across the table is a title: the header is the row under it', () => {
    const t = document.createElement('table');
    t.innerHTML =
      '<tr><td colspan="3"><b>Table 1: summary of judgements</b></td></tr><tr><td>Area</td><td>Safeguarding</td><td>LAC</td></tr><tr><td>Leadership</td><td>Good</td><td>Adequate</td></tr>';
    const sheet = readTable(t);
    expect(sheet.header).to.deep.equal(['Area', 'Safeguarding', 'LAC']);
    expect(sheet.rows).to.deep.equal([{ cells: ['Leadership', 'Good', 'Adequate'], row: 3 }]);
    expect(sheet.notes).to.deep.equal([
      'The table\'s first row, "Table 1: summary of judgements", was read as its title, and the row under it as its header.',
    ]);
  });
});
