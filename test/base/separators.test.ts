/** The middle dots between counts ("3 green · 2 amber"): seen, but not heard as "dot". */
import { expect } from '@open-wc/testing';
import { heard, ready, text, widgets } from './speech.js';

describe('middle dots between counts: seen, not heard', () => {
  it('the RAG matrix column counts show "·" but a screen reader hears commas, never "dot"', async () => {
    const el = await ready(await widgets[1]!.make());
    const cells = Array.from(el.shadowRoot!.querySelectorAll('tfoot td'));
    expect(cells.map(text)).to.deep.equal([
      '10 green · 11 amber · 1 grey · 1 not valid',
      '11 green · 11 amber · 1 grey',
    ]);
    const speech = await heard();
    expect(speech).to.not.contain('·');
    expect(speech).to.contain('10 green, 11 amber, 1 grey, 1 not valid');
    expect(speech).to.contain('11 green, 11 amber, 1 grey');
  });

  it('the timeline summary is a sentence with commas, seen and heard the same, never "dot"', async () => {
    const el = await ready(await widgets[3]!.make());
    const summary = text(el.shadowRoot!.querySelector('.summary'));
    expect(summary).to.match(/^As of .+: \d+ overdue, /);
    expect(summary).to.not.contain('·');
    const speech = await heard();
    expect(speech).to.not.contain('·');
    expect(speech).to.contain(summary);
  });
});
