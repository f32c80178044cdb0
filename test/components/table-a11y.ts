/** What the table widgets' tests share about what a screen reader gets, what a pointer meets and what is covered. */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { type AxNode, axNodes } from '../setup/ax-nodes.js';

export { type AxNode, axNodes } from '../setup/ax-nodes.js';

/** The focused node of the accessibility tree. */
export async function axFocused(): Promise<AxNode | undefined> {
  return (await axNodes()).find((n) => n.focused);
}

/**
 * Whether the cell is not under anything: the element at its centre, as the page shows it, is the cell or
 * inside it. `elementFromPoint` on the shadow root finds the sticky row headers, which are in it too.
 */
export function atCentre(root: ShadowRoot, cell: Element): Element | null {
  const r = cell.getBoundingClientRect();
  return root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
}

/**
 * A focused cell is clear of its row's sticky header and wholly in the scrolling box: to the header's right,
 * not past the box's right edge, and nothing covers its centre.
 */
export function expectClearOfRowHeader(root: ShadowRoot, cell: HTMLTableCellElement): void {
  const header = (cell.parentElement as HTMLTableRowElement).cells[0]!;
  const hit = atCentre(root, cell);
  expect(
    hit === cell || cell.contains(hit),
    `centre of "${cell.textContent?.trim()}" is not covered`,
  ).to.equal(true);
  const c = cell.getBoundingClientRect();
  expect(c.left).to.be.at.least(header.getBoundingClientRect().right - 1);
  const box = cell.closest('.scroll')!;
  expect(c.right).to.be.at.most(box.getBoundingClientRect().left + box.clientLeft + box.clientWidth + 1);
}

/** Moves the pointer to a point of an element's box (fractions of its width and height). */
export async function pointAt(el: Element, x = 0.5, y = 0.5): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(r.left + r.width * x), Math.round(r.top + r.height * y)],
  });
}

/** The cells (other than `own`) whose centre is under the note. */
export function cellsUnder(root: ShadowRoot, note: Element, own: Element): HTMLTableCellElement[] {
  const n = note.getBoundingClientRect();
  return Array.from(root.querySelectorAll<HTMLTableCellElement>('td, th')).filter((c) => {
    if (c === own) return false;
    const r = c.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    return x > n.left && x < n.right && y > n.top && y < n.bottom;
  });
}

export const shows = (note: Element) => getComputedStyle(note).display !== 'none';
