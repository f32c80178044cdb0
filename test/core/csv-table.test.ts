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
