/** `heading-level`: every widget's title a heading of the level the page asks for, none by default. */
import { expect } from '@open-wc/testing';
import { headings, problems, ready, widgets } from './speech.js';

describe('heading-level: the widget title as a heading', () => {
  for (const w of widgets) {
    it(`${w.tag}: with heading-level="3" the title is a level-3 heading; without it, no heading`, async () => {
      const plain = await ready(await w.make());
      expect(await headings()).to.deep.equal([]);
      const title = plain.shadowRoot!.querySelector('.title')!;
      expect(title.localName).to.equal('p');
      expect(title.hasAttribute('role')).to.equal(false);
      plain.remove();

      const el = await ready(await w.make('3'));
      expect(await headings()).to.deep.equal([{ name: w.title, level: 3 }]);
      expect(problems(el)).to.not.satisfy((list: string[]) => list.some((p) => p.includes('heading-level')));
      await expect(el).to.be.accessible();
    });
  }

  it('a heading-level that is not 1 to 6 is a problem naming the attribute and its values, and no heading is used', async () => {
    for (const value of ['7', 'h2', '0', '2.5']) {
      const el = await ready(await widgets[1]!.make(value));
      expect(problems(el)[0], value).to.equal(
        `The heading-level attribute: "${value}" is not a heading level: use a number from 1 to 6. Until then, the title is shown as a paragraph, not a heading`,
      );
      expect(await headings(), value).to.deep.equal([]);
      el.remove();
    }
  });

  it('follows the attribute when it changes after the widget is drawn', async () => {
    const el = await ready(await widgets[0]!.make());
    el.setAttribute('heading-level', '2');
    await el.updateComplete;
    expect(await headings()).to.deep.equal([{ name: widgets[0]!.title, level: 2 }]);
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(await headings()).to.deep.equal([]);
  });
});
