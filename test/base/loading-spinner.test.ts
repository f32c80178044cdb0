import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { SPINNERS } from '../../src/base/spinner.js';
import { clearFetchCache } from '../../src/core/load/shared.js';
import './ik-test-element.js';
import type { IkTestElement } from './ik-test-element.js';

// A source that never answers while the test runs: the widgets stay loading.
const hang = (key: string) => `/test-api/hang?key=${key}`;
const message = (el: IkTestElement) => el.shadowRoot!.querySelector('.message')!;
const ring = (el: IkTestElement) => getComputedStyle(message(el), '::before');
const turning = (els: IkTestElement[]) => els.filter((el) => message(el).classList.contains('turning'));
const defaults = { ...SPINNERS };

describe('Loading spinners (many widgets loading at once)', () => {
  afterEach(async () => {
    fixtureCleanup();
    clearFetchCache();
    Object.assign(SPINNERS, defaults);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('a widget that has just begun loading says "Loading…", is busy, and its ring is still', async () => {
    SPINNERS.afterMs = 60_000;
    const el = await fixture<IkTestElement>(html`<ik-test-element src=${hang('still')}></ik-test-element>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(message(el).textContent).to.equal('Loading…');
    expect(ring(el).content).to.not.equal('none');
    expect(ring(el).animationName).to.equal('none');
  });

  it('the ring turns once loading has taken a moment, and the words stay', async () => {
    SPINNERS.afterMs = 0;
    const el = await fixture<IkTestElement>(html`<ik-test-element src=${hang('turns')}></ik-test-element>`);
    await waitUntil(() => turning([el]).length === 1, 'the ring never turned', { timeout: 5000 });
    expect(ring(el).animationName).to.equal('ik-spin');
    expect(message(el).textContent).to.equal('Loading…');
    expect(el.getAttribute('aria-busy')).to.equal('true');
  });

  it('of twelve widgets loading, only the first four rings turn; a freed place goes to the next', async () => {
    SPINNERS.afterMs = 0;
    const src = hang('many');
    const wrap = await fixture<HTMLElement>(
      html`<div>${Array.from({ length: 12 }, () => html`<ik-test-element src=${src}></ik-test-element>`)}</div>`,
    );
    const els = Array.from(wrap.querySelectorAll<IkTestElement>('ik-test-element'));
    await waitUntil(() => turning(els).length === SPINNERS.max, 'four rings never turned', { timeout: 5000 });
    await Promise.all(els.map((el) => el.updateComplete));
    expect(turning(els)).to.deep.equal(els.slice(0, 4));
    expect(els.every((el) => el.state === 'loading' && message(el).textContent === 'Loading…')).to.equal(
      true,
    );
    expect(els.slice(4).map((el) => ring(el).animationName)).to.deep.equal(Array(8).fill('none'));
    els[0]!.remove();
    const left = els.slice(1);
    await waitUntil(() => turning(left).includes(els[4]!), 'the fifth ring never took the freed place', {
      timeout: 5000,
    });
    await Promise.all(left.map((el) => el.updateComplete));
    expect(turning(left)).to.deep.equal(els.slice(1, 5));
  });

  it('with reduced motion no ring turns', async () => {
    SPINNERS.afterMs = 0;
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<IkTestElement>(html`<ik-test-element src=${hang('reduced')}></ik-test-element>`);
    await waitUntil(() => turning([el]).length === 1, 'the ring never came to turn', { timeout: 5000 });
    expect(ring(el).animationName).to.equal('none');
    expect(message(el).textContent).to.equal('Loading…');
  });
});
