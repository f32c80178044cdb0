import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/judgement-grid/define.js';
import type { IkJudgementGrid } from '../../src/components/judgement-grid/judgement-grid.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const long = () => {
  const columns = Array.from({ length: 4 }, (_, i) => ({ id: `j${i}`, label: `Judgement ${i + 1}` }));
  const rows = Array.from({ length: 60 }, (_, r) => ({
    label: `Authority ${r + 1}`,
    grades: Object.fromEntries(columns.map((c) => [c.id, 'Good'])),
  }));
  return { columns, rows };
};
const more = (el: IkJudgementGrid) =>
  el.shadowRoot!.querySelector('[part="more"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ClipCue: the "Scroll for N more rows" cue as the box scrolls', () => {
  it('measures once a frame however many scroll events come, and the cue still follows the scroll', async () => {
    const el = await fixture<IkJudgementGrid>(
      html`<ik-judgement-grid style="--ik-max-height: 300px" .data=${long()}></ik-judgement-grid>`,
    );
    await waitUntil(() => el.state === 'ready' && more(el) !== '', 'no cue under the capped box', {
      timeout: 5000,
    });
    const box = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    const table = box.querySelector('table')!;
    // Each measure reads the table's size once: count the reads.
    let measured = 0;
    table.getBoundingClientRect = function (this: HTMLElement) {
      measured++;
      return HTMLElement.prototype.getBoundingClientRect.call(this);
    };
    await frame();
    measured = 0;
    for (let i = 1; i <= 10; i++) {
      box.scrollTop = i * 20;
      box.dispatchEvent(new Event('scroll'));
    }
    expect(measured, 'measured inside the scroll events').to.equal(0);
    // The cue's frame was asked for first, so it has run when this one comes.
    await frame();
    expect(measured, 'measures after ten scroll events').to.equal(1);
    const bottom = () => box.getBoundingClientRect().top + box.clientTop + box.clientHeight;
    const below = () =>
      Array.from(box.querySelectorAll('tbody tr')).filter(
        (tr) => tr.getBoundingClientRect().top >= bottom() - 1,
      ).length;
    await el.updateComplete;
    expect(more(el)).to.equal(`Scroll for ${below()} more rows`);
    box.scrollTop = box.scrollHeight;
    await waitUntil(() => more(el) === '', `the cue still says "${more(el)}" at the end`);
  });
});
