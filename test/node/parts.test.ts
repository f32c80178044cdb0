import { expect } from 'chai';
import {
  CELLS_PER_PART,
  drawnPart,
  KEPT_CELLS,
  keptRows,
  LATER_PARTS,
  MOST_CELLS_SHOWN,
  rowsPerPart,
} from '../../src/base/progress.js';

const rows = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('drawnPart(rows, cellsPerRow, drawnRows): long tables drawn in parts', () => {
  it('draws a first part of about CELLS_PER_PART cells', () => {
    const { drawn, progress } = drawnPart(rows(152), 25, undefined);
    expect(drawn).to.have.length(Math.floor(CELLS_PER_PART / 25));
    expect(progress.more).to.equal(true);
    expect(progress.cells).to.equal(drawn.length * 25);
  });

  it('asks for later parts LATER_PARTS times the first, so fewer frames lay out the growing table', () => {
    const step = rowsPerPart(25);
    const first = drawnPart(rows(152), 25, undefined).progress;
    expect(first.next).to.equal(step + LATER_PARTS * step);
    const second = drawnPart(rows(152), 25, first.next).progress;
    expect(second.next).to.equal(step + 2 * LATER_PARTS * step);
    // 152 rows of 25 cells: 32, then 96, then all 152 (three parts where parts of one size took five).
    const third = drawnPart(rows(152), 25, second.next);
    expect(third.drawn).to.have.length(152);
    expect(third.progress.more).to.equal(false);
  });

  it('draws a short table whole, in one part', () => {
    const { drawn, progress } = drawnPart(rows(10), 5, undefined);
    expect(drawn).to.have.length(10);
    expect(progress.more).to.equal(false);
  });

  it('keeps at most MOST_CELLS_SHOWN cells and says how many rows are left', () => {
    const { shown, progress } = drawnPart(rows(500), 31, 1000);
    expect(shown).to.have.length(Math.floor(MOST_CELLS_SHOWN / 31));
    expect(progress.left).to.equal(500 - shown.length);
    expect(progress.of).to.equal(500);
  });

  it('keeps the cells drawn before new data came, up to KEPT_CELLS, and at least a part', () => {
    expect(keptRows(undefined)).to.equal(undefined);
    expect(keptRows({ more: false, next: 0, cells: 99_999, left: 0, of: 0 })).to.deep.equal({
      cells: KEPT_CELLS,
    });
    const { drawn } = drawnPart(rows(152), 25, { cells: 10 });
    expect(drawn).to.have.length(rowsPerPart(25));
  });
});
