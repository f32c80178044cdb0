/**
 * One file, many widgets (issue 19, bounded work): the file is fetched and parsed once for every widget that
 * shows it, the parsed document is shared read-only, the page keeps a file only while a widget uses it, and the
 * timeout counts silence, not length. These tests assert counts and outcomes; speed is measured in the bench
 * (scripts/bench.mjs, the `many` cases). That the shared document is frozen is tested in test/node/parsed.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/kpi-sparkline/define.js';
import type { IkKpiSparkline } from '../../src/components/kpi-sparkline/kpi-sparkline.js';
import { LOAD_LIMITS } from '../../src/core/load/fetch.js';
import { parseStats } from '../../src/core/load/parsed.js';
import { cachedUrls, clearFetchCache, fetchStats } from '../../src/core/load/shared.js';
import './ik-test-element.js';
import type { IkTestElement } from './ik-test-element.js';
import { problems } from './speech.js';

const json = (body: unknown, extra = '') =>
  `/test-api/json?body=${encodeURIComponent(JSON.stringify(body))}${extra}`;
const labels = (el: HTMLElement) =>
  Array.from(el.shadowRoot!.querySelectorAll('section li')).map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );
async function settled(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  await waitUntil(() => el.getAttribute('state') !== 'loading', 'widget never left loading', {
    timeout: 8000,
  });
  await el.updateComplete;
}
const hits = async (of: string) =>
  (await (await fetch(`/test-api/hits?of=${encodeURIComponent(of)}`)).json()).hits as number;
/** Whether the page keeps a request or an answer for an address with this `key`. */
const kept = (key: string) => cachedUrls().some((url) => url.includes(`key=${key}`));

const items = {
  title: 'Indicators',
  items: [
    { label: 'NI 59', value: 73 },
    { label: 'NI 60', value: 81.5 },
  ],
};

const kpis = {
  kpis: Array.from({ length: 30 }, (_, i) => ({
    ref: `KPI ${i + 1}`,
    title: `Indicator ${i + 1}`,
    unit: 'percent',
    series: [
      { period: '2023/24', value: 50 + i },
      { period: '2024/25', value: 60 + i },
    ],
  })),
};

afterEach(() => {
  clearFetchCache();
  LOAD_LIMITS.timeoutMs = 15_000;
  LOAD_LIMITS.maxBytes = 10 * 1024 * 1024;
  for (const el of document.querySelectorAll('.shared-load')) el.remove();
});

describe('One file, many widgets: parsed once', () => {
  it('fetches and parses a JSON file once for 30 sparklines, each reading its own indicator', async () => {
    const src = json(kpis, '&key=many-json');
    const parsedBefore = parseStats.parsed;
    const wrap = document.createElement('div');
    wrap.className = 'shared-load';
    const els = kpis.kpis.map((k) => {
      const el = document.createElement('ik-kpi-sparkline') as IkKpiSparkline;
      el.setAttribute('src', src);
      el.setAttribute('ref', k.ref);
      wrap.append(el);
      return el;
    });
    document.body.append(wrap);
    for (const el of els) await settled(el);
    expect(els.map((el) => el.getAttribute('state'))).to.deep.equal(els.map(() => 'ready'));
    expect(await hits('/test-api/json?many-json')).to.equal(1);
    expect(parseStats.parsed - parsedBefore).to.equal(1);
    // Each drew its own indicator's last value (60 + i), not the first one's.
    const last = els.map((el) => /\b(\d+(?:\.\d)?)%/.exec(el.shadowRoot!.textContent ?? '')?.[1]);
    expect(last).to.deep.equal(kpis.kpis.map((_, i) => String(60 + i)));
  });

  it('parses a CSV file once for every widget showing it', async () => {
    const src = `/test-api/csv?key=many-csv&body=${encodeURIComponent('label,value\nNI 59,73\nNI 60,81.5\n')}`;
    const parsedBefore = parseStats.parsed;
    const wrap = await fixture<HTMLElement>(html`<div>
      ${[1, 2, 3, 4, 5].map(() => html`<ik-test-element src=${src}></ik-test-element>`)}
    </div>`);
    const els = Array.from(wrap.querySelectorAll<IkTestElement>('ik-test-element'));
    for (const el of els) await settled(el);
    expect(els.map(labels)).to.deep.equal(els.map(() => ['NI 59 73', 'NI 60 81.5']));
    expect(parseStats.parsed - parsedBefore).to.equal(1);
  });
});

describe('One file, many widgets: the page keeps a file only while a widget uses it', () => {
  it('forgets a file once the widgets showing it are removed, and fetches it again for a new widget', async () => {
    const src = json(items, '&key=bounded');
    const wrap = await fixture<HTMLElement>(html`<div>
      <ik-test-element src=${src}></ik-test-element><ik-test-element src=${src}></ik-test-element>
    </div>`);
    const [a, b] = Array.from(wrap.querySelectorAll<IkTestElement>('ik-test-element')) as [
      IkTestElement,
      IkTestElement,
    ];
    await settled(a);
    await settled(b);
    expect(kept('bounded')).to.equal(true);
    a.remove();
    // Still used by the other widget: kept.
    expect(kept('bounded')).to.equal(true);
    b.remove();
    expect(kept('bounded')).to.equal(false);
    // The removed widgets still show what they read.
    expect(labels(a)).to.deep.equal(['NI 59 73', 'NI 60 81.5']);
    const again = await fixture<IkTestElement>(html`<ik-test-element src=${src}></ik-test-element>`);
    await settled(again);
    expect(again.state).to.equal('ready');
    expect(await hits('/test-api/json?bounded')).to.equal(2);
  });

  it('keeps one file, not every one, when a widget’s src changes 20 times', async () => {
    const el = await fixture<IkTestElement>(html`<ik-test-element></ik-test-element>`);
    for (let i = 0; i < 20; i++) {
      el.src = json(items, `&key=refresh-${i}`);
      await el.updateComplete;
      await settled(el);
      expect(el.state).to.equal('ready');
    }
    expect(cachedUrls().filter((url) => url.includes('key=refresh-'))).to.have.length(1);
    expect(kept('refresh-19')).to.equal(true);
  });

  it('fetches again when a widget is reloaded or its src changes back', async () => {
    const src = json(items, '&key=reloaded');
    const el = await fixture<IkTestElement>(html`<ik-test-element src=${src}></ik-test-element>`);
    await settled(el);
    el.reload();
    await el.updateComplete;
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(await hits('/test-api/json?reloaded')).to.equal(2);
    el.src = json(items, '&key=reloaded-other');
    await el.updateComplete;
    await settled(el);
    el.src = src;
    await el.updateComplete;
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(await hits('/test-api/json?reloaded')).to.equal(3);
  });
});

describe('One file, many widgets: the timeout counts silence, not length', () => {
  it('reads a file still arriving steadily after the time limit', async () => {
    // Limits set for the test: a byte every 50 ms for 2.5 s, against a limit of 1 s of silence.
    LOAD_LIMITS.timeoutMs = 1000;
    const before = fetchStats.started;
    const src = `/test-api/steady?key=steady&every=50&for=2500&body=${encodeURIComponent(JSON.stringify(items))}`;
    const el = await fixture<IkTestElement>(html`<ik-test-element src=${src}></ik-test-element>`);
    await settled(el);
    expect(problems(el)).to.deep.equal([]);
    expect(el.state).to.equal('ready');
    expect(labels(el)).to.deep.equal(['NI 59 73', 'NI 60 81.5']);
    expect(fetchStats.started - before).to.equal(1);
  });

  it('fails a connection that has sent nothing for the time limit with "No answer from the server"', async () => {
    LOAD_LIMITS.timeoutMs = 300;
    const el = await fixture<IkTestElement>(
      html`<ik-test-element src="/test-api/stall?key=stall"></ik-test-element>`,
    );
    await settled(el);
    expect(el.state).to.equal('error');
    expect(problems(el)[0]).to.match(
      /^The file at \S+\/test-api\/stall\?key=stall: no answer from the server after/,
    );
    expect(kept('stall')).to.equal(false);
  });
});
