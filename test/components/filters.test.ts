/**
 * The filter buttons shared by the RAG matrix and the deadline timeline (src/base/filters.ts), tested in
 * both: where focus goes when the filter is taken off (WCAG 2.4.3), the pressed state of every button, and
 * the "Showing …" line.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/deadline-timeline/define.js';
import '../../src/components/rag-matrix/define.js';

const leeds = (await (await fetch('/test/fixtures/leeds-report.json')).json()) as {
  progress2009: unknown;
  actions2010: unknown;
};

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: HTMLElement) => el.shadowRoot!;
const group = (el: HTMLElement) => root(el).querySelector<HTMLElement>('.filters[role="group"]')!;
const buttons = (el: HTMLElement) => Array.from(group(el).querySelectorAll<HTMLButtonElement>('button'));
/** The button that takes the filter off: "All" now, "Show all" before (shown only while a filter was on). */
const allButton = (el: HTMLElement) => buttons(el).find((b) => /^(Show all|All)\b/.test(text(b)));
const statusButtons = (el: HTMLElement) => buttons(el).filter((b) => b !== allButton(el));
const shown = (el: HTMLElement) => text(root(el).querySelector('.shown'));

async function ready<T extends HTMLElement>(el: T): Promise<T> {
  await waitUntil(() => el.getAttribute('state') !== 'loading', 'still loading', { timeout: 5000 });
  await (el as unknown as Widget).updateComplete;
  return el;
}
async function drawn(el: HTMLElement) {
  await (el as unknown as Widget).updateComplete;
  await (el as unknown as Widget).updateComplete;
}
/** Presses a button as a keyboard user does: focus on it, then Enter. */
async function press(el: HTMLElement, button: HTMLButtonElement, key = 'Enter') {
  button.focus();
  await sendKeys({ press: key });
  await drawn(el);
}

const widgets: { name: string; make: () => Promise<HTMLElement> }[] = [
  {
    name: '<ik-rag-matrix>',
    make: async () => ready(await fixture(html`<ik-rag-matrix .data=${leeds.progress2009}></ik-rag-matrix>`)),
  },
  {
    name: '<ik-deadline-timeline>',
    make: async () =>
      ready(
        await fixture(
          html`<ik-deadline-timeline .data=${leeds.actions2010} as-of="2010-04-01"></ik-deadline-timeline>`,
        ),
      ),
  },
];

for (const { name, make } of widgets) {
  describe(`${name} filter buttons`, () => {
    it('keeps focus on the button that takes the filter off, in the filter group (WCAG 2.4.3)', async () => {
      const el = await make();
      await press(el, statusButtons(el)[1]!);
      const all = allButton(el);
      expect(all, 'a button takes the filter off').to.not.equal(undefined);
      await press(el, all!);
      // Compared as words and booleans: a failure message that prints an element can hang the test page.
      expect(document.activeElement?.localName, 'focus left the widget').to.equal(el.localName);
      const focused = root(el).activeElement;
      expect(focused?.localName, 'focus fell out of the buttons').to.equal('button');
      expect(group(el).contains(focused)).to.equal(true);
      expect(focused === allButton(el)).to.equal(true);
      expect(focused!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('keeps focus on a status button pressed a second time to take its filter off', async () => {
      const el = await make();
      const amber = statusButtons(el)[1]!;
      await press(el, amber, ' ');
      expect(amber.getAttribute('aria-pressed')).to.equal('true');
      await press(el, amber, ' ');
      expect(root(el).activeElement === amber, 'focus moved').to.equal(true);
      expect(amber.getAttribute('aria-pressed')).to.equal('false');
    });

    it('shows which button is pressed by more than colour in forced colours', async () => {
      // emulateMedia cannot turn forced colours on in this runner (puppeteer: colour scheme and motion only),
      // so the forced-colours rule for a pressed button is read from the widget's own style sheets and applied
      // by hand; scripts/screenshot.mjs --forced-colors shows it for real.
      const el = await make();
      const forced = root(el)
        .adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules))
        .filter(
          (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'),
        )
        .flatMap((m) => Array.from(m.cssRules))
        .filter(
          (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes('aria-pressed'),
        );
      const rule = forced.find((r) => r.style.borderTopWidth !== '');
      expect(rule, 'no forced-colours rule gives a pressed button its own border').to.not.equal(undefined);
      const pressed = buttons(el).find((b) => b.getAttribute('aria-pressed') === 'true')!;
      const other = buttons(el).find((b) => b.getAttribute('aria-pressed') === 'false')!;
      const before = pressed.getBoundingClientRect().height;
      pressed.style.cssText = rule!.style.cssText;
      expect(Number.parseFloat(getComputedStyle(pressed).borderTopWidth)).to.be.greaterThan(
        Number.parseFloat(getComputedStyle(other).borderTopWidth),
      );
      expect(pressed.getBoundingClientRect().height, 'the pressed button changed size').to.be.closeTo(
        before,
        1,
      );
    });

    it('shows every button all the time, exactly one of them pressed', async () => {
      const el = await make();
      const before = buttons(el).map(text);
      const pressed = () =>
        buttons(el)
          .filter((b) => b.getAttribute('aria-pressed') === 'true')
          .map(text);
      expect(pressed()).to.deep.equal([text(allButton(el))]);
      await press(el, statusButtons(el)[0]!);
      expect(buttons(el).map(text)).to.deep.equal(before);
      expect(pressed()).to.deep.equal([text(statusButtons(el)[0])]);
    });
  });
}

describe('<ik-deadline-timeline> "Showing …" line', () => {
  const one = (status?: string) => ({
    published: '2010-01-07',
    actions: [
      { title: 'Audit case files', timescale: 'Immediately', ...(status ? { status } : {}) },
      { title: 'Train managers', timescale: 'Within three months' },
      { title: 'Report', timescale: 'Within six months' },
    ],
  });

  it('says "1 action", not "all 1 actions"', async () => {
    const el = await ready(
      await fixture<HTMLElement>(
        html`<ik-deadline-timeline .data=${{ actions: [{ title: 'Only one', due: '2010-03-01' }] }} as-of="2010-02-01"></ik-deadline-timeline>`,
      ),
    );
    expect(shown(el)).to.equal('Showing 1 action');
    await press(el, statusButtons(el)[0]!);
    expect(shown(el)).to.equal('Showing 1 of 1 action: the one not yet due');
  });

  it('says "the one overdue" for one action left by the filter, "those" for more', async () => {
    const el = await ready(
      await fixture<HTMLElement>(
        html`<ik-deadline-timeline .data=${one()} as-of="2010-02-12"></ik-deadline-timeline>`,
      ),
    );
    expect(shown(el)).to.equal('Showing all 3 actions');
    await press(el, statusButtons(el)[0]!);
    expect(shown(el)).to.equal('Showing 1 of 3 actions: the one overdue');
    await press(el, statusButtons(el)[1]!);
    expect(shown(el)).to.equal('Showing 2 of 3 actions: those not yet due');
  });
});

describe('<ik-rag-matrix> "Showing …" line and All button', () => {
  it('says "1 item", not "all 1 items", and counts every item on the All button', async () => {
    const el = await ready(
      await fixture<HTMLElement>(
        html`<ik-rag-matrix .data=${{ columns: [{ id: 'q1', label: 'Q1' }], rows: [{ label: 'Only one', cells: { q1: 'grey' } }] }}></ik-rag-matrix>`,
      ),
    );
    expect(shown(el)).to.equal('Showing 1 item');
    const all = el.shadowRoot!.querySelector('.filters button')!;
    expect(all.textContent!.replace(/\s+/g, ' ').trim()).to.equal('All (1)');
    await press(el, statusButtons(el)[0]!);
    expect(shown(el)).to.equal('Showing 1 of 1 item: the one with a grey status');
  });
});
