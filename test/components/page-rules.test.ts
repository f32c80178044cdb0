/**
 * Rules a CMS theme aims at every element (issue 18): each matches the widget's host, which lives in the page's
 * tree, so without care its value inherits into the whole shadow tree. Each widget is drawn on a bare page and
 * again with the page's rule in force, and what matters is compared exactly: the size and place of every
 * element in the shadow tree, relative to the host, and its computed typography, colour, box sizing, direction
 * and transitions. The theming controls (`--ik-*` tokens and `::part`) must still change the widget under the
 * same rules. docs/reference.md §7 says what the page can and cannot change.
 */
import { expect } from '@open-wc/testing';
import { EN_GB, registerTranslation } from '../../src/core/i18n/index.js';
import type { Widget } from '../base/speech.js';
import { expectUnderItsCell } from './note-placement.js';
import { expectSame, RULES, settled, snapshot, WIDGETS, type WidgetCase, widget } from './page-check.js';

let holder: HTMLElement | undefined;
let sheet: HTMLStyleElement | undefined;
afterEach(() => {
  holder?.remove();
  sheet?.remove();
  holder = undefined;
  sheet = undefined;
});

/** The widget drawn under the page's css, in a column narrower than the test page (nothing sticks to its edge). */
async function draw(w: WidgetCase, css = '', hostStyle = ''): Promise<Widget> {
  sheet?.remove();
  holder?.remove();
  sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  holder = document.createElement('div');
  holder.style.width = '760px';
  const el = widget(w, hostStyle);
  holder.append(el);
  document.body.append(holder);
  return settled(el);
}

describe('rules aimed at every element of the page', () => {
  for (const w of WIDGETS) {
    describe(w.tag, () => {
      let bare: ReturnType<typeof snapshot>;
      before(async () => {
        bare = snapshot(await draw(w));
        holder?.remove();
        sheet?.remove();
      });
      for (const [name, css] of Object.entries(RULES)) {
        it(`is drawn as on a bare page under ${name}`, async () => {
          expectSame(snapshot(await draw(w, css)), bare);
        });
      }

      it('still takes the --ik-* tokens and ::part under every rule', async () => {
        const el = await draw(
          w,
          `${RULES['all combined']}\n${w.tag}::part(base) { outline: 3px solid rgb(4, 5, 6) }`,
          '--ik-text-colour: rgb(1, 2, 3); --ik-font-family: Verdana; --ik-space: 20px',
        );
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(getComputedStyle(base).outlineColor).to.equal('rgb(4, 5, 6)');
        expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(el).fontFamily).to.equal('Verdana');
        expect(getComputedStyle(el).getPropertyValue('--_space').trim()).to.equal('20px');
        const inner = base;
        expect(getComputedStyle(inner).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(inner).fontFamily).to.equal('Verdana');
      });
    });
  }
});

describe('direction: the widget’s language’s, never the page’s', () => {
  const grid = WIDGETS[0]!;
  const rtlPage = 'html, body { direction: rtl }';
  /** The first cell with a note, its note shown as a keyboard user would show it. */
  const noteCell = (el: Widget) => {
    const cell = el.shadowRoot!.querySelector<HTMLElement>('td.with-note')!;
    cell.focus();
    return { cell, note: cell.querySelector('.note')! };
  };

  it('an English widget on a right-to-left page is left to right, its notes under their cells', async () => {
    const el = await draw(grid, rtlPage);
    expect(getComputedStyle(el).direction).to.equal('ltr');
    const { cell, note } = noteCell(el);
    expectUnderItsCell(note, cell);
    const row = el.shadowRoot!.querySelector('tbody tr')!;
    expect(row.querySelector('.row-header')!.getBoundingClientRect().left).to.be.below(
      row.querySelector('td')!.getBoundingClientRect().left,
    );
  });

  for (const lang of ['cy', 'en-GB']) {
    it(`lang="${lang}" on a right-to-left page is left to right`, async () => {
      const el = await draw({ ...grid, attrs: { lang } }, rtlPage);
      expect(getComputedStyle(el).direction).to.equal('ltr');
    });
  }

  it('a right-to-left language with no catalogue is left to right: its words are English', async () => {
    const el = await draw({ ...grid, attrs: { lang: 'ps' } }, rtlPage);
    expect(getComputedStyle(el).direction).to.equal('ltr');
  });

  // A council's catalogue in each language (registerTranslation; here the English words stand in for them,
  // with every plural category the language has).
  before(() => {
    const standIn = Object.fromEntries(
      Object.entries(EN_GB).map(([key, words]) => [
        key,
        typeof words === 'string'
          ? words
          : {
              zero: words.other,
              one: words.one,
              two: words.other,
              few: words.other,
              many: words.other,
              other: words.other,
            },
      ]),
    );
    for (const lang of ['ar', 'he', 'ur', 'fa']) registerTranslation(lang, standIn);
  });

  for (const lang of ['ar', 'he', 'ur', 'fa']) {
    it(`lang="${lang}" with its catalogue is right to left on a left-to-right page, as on a right-to-left one`, async () => {
      const el = await draw({ ...grid, attrs: { lang } });
      expect(getComputedStyle(el).direction).to.equal('rtl');
      const ltrPage = snapshot(el);
      expectSame(snapshot(await draw({ ...grid, attrs: { lang } }, rtlPage)), ltrPage);
    });
  }

  it('a right-to-left widget has its row headers at the start (right) and its notes under their cells’ start', async () => {
    const el = await draw({ ...grid, attrs: { lang: 'ar' } });
    const row = el.shadowRoot!.querySelector('tbody tr')!;
    const header = row.querySelector('.row-header')!.getBoundingClientRect();
    expect(header.right).to.be.above(row.querySelector('td')!.getBoundingClientRect().right);
    expect(getComputedStyle(row.querySelector('.row-header')!).borderLeftWidth).to.equal('1px');
    const { cell, note } = noteCell(el);
    const n = note.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    expect(n.width).to.be.greaterThan(0);
    expect(n.top).to.be.within(c.bottom - 4, c.bottom + 1);
    expect(n.right).to.be.within(c.right - 10, c.right);
  });

  it('charts run left to right in a right-to-left widget', async () => {
    const el = await draw({ ...WIDGETS[3]!, attrs: { lang: 'ar' } });
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.chart')!).direction).to.equal('ltr');
  });
});
