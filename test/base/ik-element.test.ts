import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LOAD_LIMITS } from '../../src/core/load/fetch.js';
import { clearFetchCache, fetchStats } from '../../src/core/load/shared.js';
import type { Problem } from '../../src/core/problems.js';
import './ik-test-element.js';
import type { IkTestElement } from './ik-test-element.js';
import { problemPaths, problems } from './speech.js';

const json = (body: unknown, extra = '') =>
  `/test-api/json?body=${encodeURIComponent(JSON.stringify(body))}${extra}`;
const labels = (el: IkTestElement) =>
  Array.from(el.shadowRoot!.querySelectorAll('section li')).map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );
const panel = (el: IkTestElement) => el.shadowRoot!.querySelector('[part="error"]');
/**
 * A place from the item's number on (`item 2, value: …`): the test widget's `items` are a list the kit has no
 * word for (src/core/place.ts), so the words before the item's number are not pinned here.
 */
const describeElement = (n: Element | null) =>
  n ? [n.localName, ...Array.from(n.classList)].join('.') : 'nothing';
async function settled(el: IkTestElement) {
  await waitUntil(() => el.state !== 'loading', 'widget never left loading', { timeout: 5000 });
  await el.updateComplete;
}
const hits = async (of: string) =>
  (await (await fetch(`/test-api/hits?of=${encodeURIComponent(of)}`)).json()).hits as number;

const items = {
  title: 'Indicators',
  items: [
    { label: 'NI 59', value: 73 },
    { label: 'NI 60', value: 81.5 },
  ],
};

afterEach(() => {
  clearFetchCache();
  LOAD_LIMITS.timeoutMs = 15_000;
  LOAD_LIMITS.maxBytes = 10 * 1024 * 1024;
});

describe('IkElement: sources', () => {
  it('draws from the data property, reflects state=ready and fires ik-load with the data as given', async () => {
    const el = document.createElement('ik-test-element');
    el.data = { ...items, owner: 'kept, though the widget ignores it' };
    const loaded = oneEvent(el, 'ik-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.data).to.deep.equal({ ...items, owner: 'kept, though the widget ignores it' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(labels(el)).to.deep.equal(['NI 59 73', 'NI 60 81.5']);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('fetches JSON from src', async () => {
    const el = await fixture<IkTestElement>(html`<ik-test-element src=${json(items)}></ik-test-element>`);
    expect(el.state).to.equal('loading');
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(labels(el)).to.deep.equal(['NI 59 73', 'NI 60 81.5']);
  });

  it('fetches CSV by content type, by a .csv path, or by format="csv"', async () => {
    const csv = encodeURIComponent('label,value\nNI 59,73\n');
    for (const src of [`/test-api/csv?body=${csv}`, `/test-api/data.csv?body=${csv}`]) {
      const el = await fixture<IkTestElement>(html`<ik-test-element src=${src}></ik-test-element>`);
      await settled(el);
      expect(labels(el), src).to.deep.equal(['NI 59 73']);
    }
    const el = await fixture<IkTestElement>(
      html`<ik-test-element format="csv" src=${`/test-api/csv?type=text/plain&body=${csv}`}></ik-test-element>`,
    );
    await settled(el);
    expect(labels(el)).to.deep.equal(['NI 59 73']);
  });

  it('reads an inline JSON script, an inline CSV script and a pasted table', async () => {
    const a = await fixture<IkTestElement>(
      html`<ik-test-element><script type="application/json">{"items":[{"label":"<b>a</b>","value":"1,234"}]}</script></ik-test-element>`,
    );
    await settled(a);
    expect(labels(a)).to.deep.equal(['<b>a</b> 1234']);
    expect(a.shadowRoot!.querySelector('b')).to.equal(null);

    const b = await fixture<IkTestElement>(html`<ik-test-element><script type="text/csv">
      label,value
      "Adoptions, placed",12
    </script></ik-test-element>`);
    await settled(b);
    expect(labels(b)).to.deep.equal(['Adoptions, placed 12']);

    const c = await fixture<IkTestElement>(html`<ik-test-element>
      <table><thead><tr><th>Label</th><th>Value</th></tr></thead><tbody><tr><td>NI 61</td><td>88</td></tr></tbody></table>
    </ik-test-element>`);
    await settled(c);
    expect(labels(c)).to.deep.equal(['NI 61 88']);
    await expect(c).to.be.accessible();
  });

  it('lets the data property win over src and inline data', async () => {
    const el = await fixture<IkTestElement>(
      html`<ik-test-element .data=${items} src=${json({ items: [] })}><script type="application/json">{"items":[]}</script></ik-test-element>`,
    );
    await settled(el);
    expect(labels(el).length).to.equal(2);
  });

  it('picks part of a document with select, and names select in its problems', async () => {
    const doc = { report: { list: items } };
    const el = await fixture<IkTestElement>(
      html`<ik-test-element select="report.list" .data=${doc}></ik-test-element>`,
    );
    await settled(el);
    expect(labels(el).length).to.equal(2);
    el.select = 'report.lists';
    await el.updateComplete;
    expect(el.state).to.equal('error');
    const [shown] = problems(el);
    // The suggestion is a whole select value, ready to write in the attribute.
    expect(shown).to.equal(
      'The select attribute: there is no part "lists" in "report" (did you mean "report.list"?): use "report.list"',
    );
  });

  it('picks up inline data added after it was connected', async () => {
    const el = await fixture<IkTestElement>(html`<ik-test-element></ik-test-element>`);
    expect(el.state).to.equal('empty');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(items);
    el.append(script);
    await waitUntil(() => el.state === 'ready');
    expect(labels(el).length).to.equal(2);
  });
});

describe('IkElement: shared fetching', () => {
  it('fetches a URL once for every widget on the page', async () => {
    const src = json(items, '&key=shared-once&delay=50');
    const wrap = await fixture<HTMLElement>(html`<div>
      <ik-test-element src=${src}></ik-test-element><ik-test-element src=${src}></ik-test-element><ik-test-element src=${src}></ik-test-element>
    </div>`);
    const els = Array.from(wrap.querySelectorAll('ik-test-element'));
    for (const el of els) await settled(el);
    expect(els.map((el) => el.state)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(await hits('/test-api/json?shared-once')).to.equal(1);
  });

  it('never lets a late answer overwrite a newer one (A answers after B)', async () => {
    const a = json({ items: [{ label: 'A', value: 1 }] }, '&delay=400');
    const b = json({ items: [{ label: 'B', value: 2 }] });
    const el = await fixture<IkTestElement>(html`<ik-test-element src=${a}></ik-test-element>`);
    el.src = b;
    await settled(el);
    expect(labels(el)).to.deep.equal(['B 2']);
    await aTimeout(500);
    expect(labels(el)).to.deep.equal(['B 2']);
  });

  it('abandons its request when removed from the page, without errors, and loads again when put back', async () => {
    const src = json(items, '&delay=300&key=removed');
    const el = await fixture<IkTestElement>(html`<ik-test-element src=${src}></ik-test-element>`);
    const parent = el.parentElement!;
    let events = 0;
    el.addEventListener('ik-error', () => events++);
    el.addEventListener('ik-load', () => events++);
    el.remove();
    await aTimeout(400);
    expect(events).to.equal(0);
    expect(el.state).to.equal('loading');
    parent.append(el);
    await settled(el);
    expect(el.state).to.equal('ready');
  });
});

describe('IkElement: fetch failures', () => {
  async function failed(src: string) {
    const el = await fixture<IkTestElement>(html`<ik-test-element src=${src}></ik-test-element>`);
    const event = await oneEvent(el, 'ik-error');
    await el.updateComplete;
    return { el, errors: event.detail.errors as Problem[] };
  }

  it('shows the HTTP status, the URL and a Retry button; a retry fetches again', async () => {
    const src = `/test-api/flaky?key=retry-1&body=${encodeURIComponent(JSON.stringify(items))}`;
    const { el, errors } = await failed(src);
    expect(el.state).to.equal('error');
    expect(errors).to.have.length(1);
    expect(errors[0]!.path).to.equal('src');
    expect(errors[0]!.status).to.equal(503);
    // The address is the problem's place; the message says what failed and what to do.
    expect(errors[0]!.message).to.contain('the server answered 503');
    expect(errors[0]!.where).to.contain('/test-api/flaky');
    expect(panel(el)!.textContent).to.contain('The data could not be loaded');
    await expect(el).to.be.accessible();
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!;
    expect(retry.textContent).to.equal('Retry');
    retry.click();
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(await hits('/test-api/flaky?retry-1')).to.equal(2);
  });

  it('reports 404, an HTML sign-in page served as 200, and one served as text/plain', async () => {
    expect((await failed('/test-api/status?code=404')).errors[0]!.message).to.contain('404');
    expect((await failed('/test-api/html')).errors[0]!.message).to.contain('sent a web page, not data');
    expect((await failed('/test-api/html?type=text/plain')).errors[0]!.message).to.contain(
      'sent a web page, not data',
    );
  });

  it('refuses javascript: and file: in src before any fetch', async () => {
    const before = fetchStats.started;
    for (const src of ['javascript:alert(1)', 'file:///etc/passwd']) {
      const el = await fixture<IkTestElement>(html`<ik-test-element src=${src}></ik-test-element>`);
      expect(el.state).to.equal('error');
      expect(problems(el)[0]).to.contain(
        `${JSON.stringify(src)} was not fetched, to keep the page safe: use an https, http or relative address`,
      );
    }
    expect(fetchStats.started).to.equal(before);
  });

  it('times out a server that hangs', async () => {
    LOAD_LIMITS.timeoutMs = 300;
    const { errors } = await failed('/test-api/hang?key=timeout');
    expect(errors[0]!.message).to.contain('no answer from the server after');
  });

  it('refuses a file over the size limit', async () => {
    LOAD_LIMITS.maxBytes = 1000;
    const { errors } = await failed('/test-api/big?bytes=5000');
    expect(errors[0]!.message).to.contain('too large');
  });

  it('names the line and column of invalid JSON', async () => {
    const { el, errors } = await failed(`/test-api/json?body=${encodeURIComponent('{"items": [1,]}')}`);
    expect(el.state).to.equal('error');
    expect(errors[0]!.path).to.equal('line 1, column 14');
    expect(el.shadowRoot!.querySelector('button.retry')).to.equal(null);
  });
});

describe('IkElement: bad data', () => {
  it('draws the valid rest, lists each problem with its path and fires ik-error as well as ik-load', async () => {
    const data = {
      items: [{ label: 'ok', value: 1 }, { label: 'no value' }, { label: 'big', value: 99 }, { value: 'x' }],
    };
    const el = document.createElement('ik-test-element');
    el.max = 10;
    el.data = data;
    const error = oneEvent(el, 'ik-error');
    const load = oneEvent(el, 'ik-load');
    document.body.append(el);
    const [e] = await Promise.all([error, load]);
    expect(el.state).to.equal('ready');
    expect(labels(el)).to.deep.equal(['ok 1', 'big not valid']);
    const errors = e.detail.errors as Problem[];
    expect(errors.map(({ path, message }) => ({ path, message }))).to.deep.equal([
      { path: 'items[1].value', message: 'is missing: add it' },
      { path: 'items[3].label', message: 'is missing: add it' },
      { path: 'items[3].value', message: '"x" is not a number: write a plain number, such as 76.5 or 1234' },
      { path: 'items[2].value', message: '99 is above 10' },
    ]);
    // Each item is named by its label, as the editor wrote it; one with no label by its number.
    expect(errors.map((p) => p.where)).to.deep.equal([
      'Item "no value", value',
      'Item 4, label',
      'Item 4, value',
      'Item "big", value',
    ]);
    expect(problems(el)[0]).to.equal('Item "no value", value: is missing: add it');
    expect(problemPaths(el)[0]).to.equal('Path in the data: items[1].value');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('names CSV rows and columns in problems', async () => {
    const el = await fixture<IkTestElement>(html`<ik-test-element max="50"><script type="text/csv">
label,value
NI 59,73
NI 60,lots
</script></ik-test-element>`);
    await settled(el);
    expect(problems(el)).to.deep.equal([
      'Item "NI 60", value: "lots" is not a number: write a plain number, such as 76.5 or 1234',
      'Item "NI 59", value: 73 is above 50',
    ]);
    expect(problemPaths(el)).to.deep.equal(['CSV row 3 (value)', 'CSV row 2 (value)']);
  });

  it('is in the error state when nothing valid is left, and shows text from data as text', async () => {
    const el = await fixture<IkTestElement>(
      html`<ik-test-element .data=${{ items: [{ label: '<img src=x onerror=alert(1)>', value: 'NaN' }] }}></ik-test-element>`,
    );
    await settled(el);
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(problems(el)).to.deep.equal([
      'Item "<img src=x onerror=alert(1)>", value: "NaN" is not a number: write a plain number, such as 76.5 or 1234',
    ]);
    expect(problemPaths(el)).to.deep.equal(['Path in the data: items[0].value']);
    await expect(el).to.be.accessible();
  });

  it('is in the error state for data of the wrong shape', async () => {
    const el = await fixture<IkTestElement>(html`<ik-test-element .data=${[1, 2]}></ik-test-element>`);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(problems(el)).to.deep.equal([
      'The data: should be a group of named values in { }, not several values in [ ]: write it as { "name": value, … }',
    ]);
  });

  it('turns a failure while drawing into a problem in the error state, never an exception from render', async () => {
    const el = await fixture<IkTestElement>(html`<ik-test-element .data=${items}></ik-test-element>`);
    await settled(el);
    el.failDrawing = true;
    await el.updateComplete;
    await waitUntil(() => el.state === 'error', 'the failure never reached the state');
    expect(problems(el)).to.deep.equal([
      'The data: could not be drawn because of a fault in Inspection Kit (Error: drawing failed): please report it, with the data',
    ]);
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('keeps long problem lists readable: the first 20, the rest in a disclosure', async () => {
    const data = { items: Array.from({ length: 30 }, (_, i) => ({ label: `n${i}`, value: 'x' })) };
    const el = await fixture<IkTestElement>(html`<ik-test-element .data=${data}></ik-test-element>`);
    await settled(el);
    expect(panel(el)!.querySelectorAll(':scope > ul > li').length).to.equal(20);
    expect(panel(el)!.querySelector('details summary')!.textContent).to.equal('10 more problems');
  });

  it('rebuilds when a model property changes, without reloading or announcing the data again', async () => {
    const el = await fixture<IkTestElement>(html`<ik-test-element .data=${items}></ik-test-element>`);
    await settled(el);
    let loads = 0;
    el.addEventListener('ik-load', () => loads++);
    el.max = 80;
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['NI 59 73', 'NI 60 not valid']);
    expect(loads).to.equal(0);
  });
});

describe('IkElement: empty and look', () => {
  it('is empty for valid data with nothing in it, and says so', async () => {
    const el = await fixture<IkTestElement>(html`<ik-test-element .data=${{ items: [] }}></ik-test-element>`);
    await settled(el);
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.textContent).to.contain('nothing to show');
    await expect(el).to.be.accessible();
  });

  it('is empty, with advice, when given no data at all', async () => {
    const el = await fixture<IkTestElement>(html`<ik-test-element></ik-test-element>`);
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.textContent).to.contain('give this widget a src');
  });

  it('does not inherit the page’s text styles', async () => {
    const wrap = await fixture<HTMLElement>(html`<div
      style="font: italic 30px/3 serif; color: rgb(255, 0, 0); letter-spacing: 4px; text-transform: uppercase; text-align: right"
    ><ik-test-element .data=${items}></ik-test-element></div>`);
    const el = wrap.querySelector('ik-test-element')!;
    await settled(el);
    const s = getComputedStyle(el.shadowRoot!.querySelector('li')!);
    expect([s.fontSize, s.fontStyle, s.color, s.letterSpacing, s.textTransform, s.textAlign]).to.deep.equal([
      '16px',
      'normal',
      'rgb(11, 12, 12)',
      'normal',
      'none',
      'start',
    ]);
    expect(s.fontFamily.toLowerCase()).to.contain('arial');
  });

  it('is themed through --ik-* tokens', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="--ik-text-colour: rgb(0, 0, 255)"><ik-test-element .data=${items}></ik-test-element></div>`,
    );
    const el = wrap.querySelector('ik-test-element')!;
    await settled(el);
    expect(getComputedStyle(el.shadowRoot!.querySelector('li')!).color).to.equal('rgb(0, 0, 255)');
  });
});

describe('IkElement: Retry keeps focus and says what happened', () => {
  const shadow = (el: IkTestElement) => el.shadowRoot!;
  const retryButton = (el: IkTestElement) => shadow(el).querySelector<HTMLButtonElement>('button.retry')!;
  const status = (el: IkTestElement) => shadow(el).querySelectorAll('[role="status"]');
  const alerts = (el: IkTestElement) =>
    Array.from(shadow(el).querySelectorAll('[role="alert"]')).map((a) => a.textContent!.trim());
  /** Where focus is in the widget, in words (comparing elements would print them whole when it fails). */
  const focused = (el: IkTestElement) => describeElement(shadow(el).activeElement);
  /** Presses Retry as a keyboard user does: focus on the button, then activate it. */
  async function pressRetry(el: IkTestElement) {
    const button = retryButton(el);
    button.focus();
    expect(focused(el)).to.equal('button.retry');
    button.click();
    await el.updateComplete;
  }
  async function failedAt(src: string) {
    const el = await fixture<IkTestElement>(html`<ik-test-element src=${src}></ik-test-element>`);
    await oneEvent(el, 'ik-error');
    await el.updateComplete;
    return el;
  }

  it('puts focus back on Retry when it fails again, with an alert; focus is on the loading message meanwhile', async () => {
    const el = await failedAt('/test-api/status?code=503&key=retry-twice&delay=300');
    expect(alerts(el), 'a failure at load is not an alert').to.deep.equal([]);
    for (const attempt of [1, 2]) {
      await pressRetry(el);
      // The server answers after 300 ms: until then the widget is loading, and focus is on its message.
      await waitUntil(() => el.state === 'loading', 'never loading');
      expect(focused(el), `attempt ${attempt}: focus while loading`).to.equal('p.message.loading');
      await settled(el);
      expect(el.state).to.equal('error');
      expect(focused(el), `attempt ${attempt}: focus after failing again`).to.equal('button.retry');
      expect(alerts(el)).to.deep.equal(['The data could still not be loaded']);
      expect(status(el)[0]!.textContent!.trim()).to.equal('');
    }
    await expect(el).to.be.accessible();
  });

  it('puts focus on the content when Retry succeeds, and says "The data has loaded" politely', async () => {
    const src = `/test-api/flaky?key=retry-focus&body=${encodeURIComponent(JSON.stringify(items))}`;
    const el = await failedAt(src);
    await pressRetry(el);
    await settled(el);
    expect(el.state).to.equal('ready');
    const content = shadow(el).querySelector('[part~="base"]')!;
    expect(focused(el)).to.equal('section');
    expect(status(el)).to.have.length(1);
    expect(status(el)[0]!.textContent!.trim()).to.equal('The data has loaded.');
    expect(alerts(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    // Focusable only for that move: once focus leaves, the content is not a tab stop or click target.
    (document.activeElement as HTMLElement).blur();
    expect(content.hasAttribute('tabindex')).to.equal(false);
  });

  it('never takes focus from elsewhere on the page when the retried load ends', async () => {
    const src = `/test-api/flaky?key=retry-elsewhere&delay=200&body=${encodeURIComponent(JSON.stringify(items))}`;
    const wrap = await fixture<HTMLElement>(
      html`<div><input aria-label="search" /><ik-test-element src=${src}></ik-test-element></div>`,
    );
    const el = wrap.querySelector('ik-test-element')!;
    await waitUntil(() => el.state === 'error', 'never failed', { timeout: 5000 });
    await el.updateComplete;
    await pressRetry(el);
    const input = wrap.querySelector('input')!;
    input.focus();
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(describeElement(document.activeElement)).to.equal('input');
  });
});

describe('IkElement: status messages', () => {
  const status = (el: IkTestElement) => el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]');
  const said = (el: IkTestElement) => Array.from(status(el)).map((s) => s.textContent!.trim());

  it('is busy while loading, with no live region saying "Loading…"', async () => {
    const el = await fixture<IkTestElement>(
      html`<ik-test-element src=${json(items, '&delay=300&key=busy')}></ik-test-element>`,
    );
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal('Loading…');
    expect(said(el)).to.deep.equal(['']);
    await settled(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(said(el), 'a load with no problems is not announced').to.deep.equal(['']);
  });

  it('says how many problems the data has in one polite sentence, and keeps the list in the panel, not an alert', async () => {
    const el = await fixture<IkTestElement>(
      html`<ik-test-element max="10" .data=${{ items: [{ label: 'ok', value: 1 }, { label: 'no value' }, { label: 'big', value: 99 }] }}></ik-test-element>`,
    );
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(said(el)).to.deep.equal(['2 problems in the data, listed below.']);
    expect(el.shadowRoot!.querySelectorAll('[role="alert"], [aria-live="assertive"]').length).to.equal(0);
    expect(problems(el)).to.deep.equal([
      'Item "no value", value: is missing: add it',
      'Item "big", value: 99 is above 10',
    ]);
    expect(problemPaths(el)).to.deep.equal([
      'Path in the data: items[1].value',
      'Path in the data: items[2].value',
    ]);
  });

  it('says briefly when nothing can be shown, when a fetch failed, and when only a setting is wrong', async () => {
    const bad = await fixture<IkTestElement>(html`<ik-test-element .data=${[1, 2]}></ik-test-element>`);
    await settled(bad);
    expect(said(bad)).to.deep.equal(['The data could not be shown: 1 problem, listed below.']);

    const failed = await fixture<IkTestElement>(
      html`<ik-test-element src="/test-api/status?code=500"></ik-test-element>`,
    );
    await settled(failed);
    expect(said(failed)).to.deep.equal(['The data could not be loaded.']);
    expect(
      failed.shadowRoot!.querySelectorAll('[role="alert"]').length,
      'not asked for: not an alert',
    ).to.equal(0);

    const setting = await fixture<IkTestElement>(
      html`<ik-test-element format="xml" .data=${items}></ik-test-element>`,
    );
    await settled(setting);
    expect(said(setting)).to.deep.equal(['1 setting is not valid, listed below.']);
    await expect(setting).to.be.accessible();
  });
});
