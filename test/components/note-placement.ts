import { expect } from '@open-wc/testing';

/** A shown note's tooltip sits just under its own cell, at its start (not somewhere else in the table). */
export function expectUnderItsCell(note: Element, cell: Element): void {
  const n = note.getBoundingClientRect();
  const c = cell.getBoundingClientRect();
  expect(n.width).to.be.greaterThan(0);
  expect(n.top).to.be.within(c.bottom - 4, c.bottom + 1);
  expect(n.left).to.be.within(c.left, c.left + 10);
}
