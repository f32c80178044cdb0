import { expect } from 'chai';
import { parsePath, placeOf } from '../../src/core/place.js';
import { fixtureJson } from './fixtures.js';

describe('parsePath(path)', () => {
  it('splits keys, indexes and bracketed keys, and refuses what is not a path', () => {
    expect(parsePath('rows[3].grades["Q1 2010/11"].grade')).to.deep.equal([
      'rows',
      3,
      'grades',
      'Q1 2010/11',
      'grade',
    ]);
    expect(parsePath('grades["a \\"b\\" ]"]')).to.deep.equal(['grades', 'a "b" ]']);
    expect(parsePath('CSV row 5, column "LAC"')).to.equal(undefined);
    expect(parsePath('line 3, column 1')).to.equal(undefined);
  });
});

describe('placeOf(path, doc): where a problem is, as the editor sees it', () => {
  const grid = {
    columns: [
      { id: 'sg', label: 'Safeguarding' },
      { id: 'lac', label: 'Looked after children' },
    ],
    rows: [
      { id: 'overall', label: 'Overall effectiveness', grades: { sg: 'x' } },
      {
        label: 'Quality of provision',
        grades: {},
        children: [{ label: 'Service responsiveness', grades: { lac: { grade: 'Adequte' } } }],
      },
      { grades: { sg: 1 } },
    ],
  };
  it('names a grid cell by its row label and column heading', () => {
    expect(placeOf('rows[0].grades.sg', grid)).to.equal('Row "Overall effectiveness", column "Safeguarding"');
  });
  it('names a nested row by its own label, and a cell object by the cell', () => {
    expect(placeOf('rows[1].children[0].grades.lac.grade', grid)).to.equal(
      'Row "Service responsiveness", column "Looked after children"',
    );
    expect(placeOf('rows[1].children[0].grades.lac.note', grid)).to.equal(
      'Row "Service responsiveness", column "Looked after children", note',
    );
  });
  it('counts a row without a label from 1, and names a missing field in words', () => {
    expect(placeOf('rows[2].label', grid)).to.equal('Row 3, label');
    expect(placeOf('rows[2]', grid)).to.equal('Row 3');
  });
  it('leaves out the select prefix the editor wrote in the attribute', () => {
    const report = fixtureJson('leeds-report.json');
    expect(
      placeOf('progress2009.rows[8].cells["exb-2009-04-01"].rating', report.progress2009, 'progress2009'),
    ).to.equal(
      'Row "Ensure the electronic case record system (ESCR) p…", column "Executive Board 1st April 2009, Appendix 1"',
    );
  });
  it('names indicators by ref, points by period, actions by title', () => {
    const kpis = {
      kpis: [
        { ref: 'NI 59', series: [{ period: 'Q4 2009/10', value: 'x' }], target: [{ period: '2009/10' }] },
      ],
    };
    expect(placeOf('kpis[0].series[0].value', kpis)).to.equal('Indicator "NI 59", point "Q4 2009/10", value');
    expect(placeOf('kpis[0].target[0].value', kpis)).to.equal(
      'Indicator "NI 59", target for "2009/10", value',
    );
    const timeline = { actions: [{ title: 'Refresh the plan', due: 'soon' }] };
    expect(placeOf('actions[0].due', timeline)).to.equal('Action "Refresh the plan", due date');
    expect(placeOf('asOf', timeline)).to.equal('"as of" date');
  });
  it('names an item of a list it does not know by its label, and a point by its number when its period is at fault', () => {
    expect(placeOf('items[1].value', { items: [{ label: 'small' }, { label: 'big' }] })).to.equal(
      'Item "big", value',
    );
    expect(placeOf('series[2].period', { series: [{}, {}, { period: 'Quarter 5' }] })).to.equal(
      'Point 3, period',
    );
    expect(placeOf('series[2].value', { series: [{}, {}, { period: 'Quarter 5' }] })).to.equal(
      'Point "Quarter 5", value',
    );
  });
  it('gives no place for a path outside the document', () => {
    expect(placeOf('src', {})).to.equal(undefined);
    expect(placeOf('', {})).to.equal(undefined);
    expect(placeOf('progress2009', {}, 'progress2009')).to.equal(undefined);
  });
});
