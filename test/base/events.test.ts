import { expect, oneEvent } from '@open-wc/testing';
import { copiedWhenRead, copyDetail } from '../../src/base/events.js';
import './ik-test-element.js';
import { problemPaths, problems } from './speech.js';

const labels = (el: HTMLElement) =>
  Array.from(el.shadowRoot!.querySelectorAll('section li')).map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('kit events: a listener cannot change what a widget shows', () => {
  it('ik-load gives a copy of the data: changing it changes neither the data property nor the next read', async () => {
    const given = { title: 'Indicators', items: [{ label: 'NI 59', value: 73 }], owner: 'kept' };
    const el = document.createElement('ik-test-element');
    el.data = given;
    el.addEventListener(
      'ik-load',
      (e) => {
        const data = e.detail.data as typeof given;
        data.items[0]!.label = 'changed by a listener';
        data.items.push({ label: 'added by a listener', value: 1 });
      },
      { once: true },
    );
    const loaded = oneEvent(el, 'ik-load');
    document.body.append(el);
    expect((await loaded).detail.data).to.deep.equal({
      title: 'Indicators',
      items: [
        { label: 'changed by a listener', value: 73 },
        { label: 'added by a listener', value: 1 },
      ],
      owner: 'kept',
    });
    expect(given).to.deep.equal({
      title: 'Indicators',
      items: [{ label: 'NI 59', value: 73 }],
      owner: 'kept',
    });
    const reloaded = oneEvent(el, 'ik-load');
    el.reload();
    await reloaded;
    expect(labels(el)).to.deep.equal(['NI 59 73']);
    el.remove();
  });

  it('ik-load from a file gives a copy: a listener that edits it changes nothing on screen, on a re-read or in another widget of the same file', async () => {
    const doc = {
      a: { items: [{ label: 'NI 59', value: 73 }] },
      b: { items: [{ label: 'NI 60', value: 80 }] },
    };
    const src = `/test-api/json?key=events-copy&body=${encodeURIComponent(JSON.stringify(doc))}`;
    const first = document.createElement('ik-test-element');
    first.src = src;
    first.select = 'a';
    let edited = 0;
    first.addEventListener('ik-load', (e) => {
      const data = e.detail.data as (typeof doc)['a'];
      data.items[0]!.label = 'changed by a listener';
      data.items.push({ label: 'added by a listener', value: 1 });
      edited++;
    });
    const loaded = oneEvent(first, 'ik-load');
    document.body.append(first);
    await loaded;
    await first.updateComplete;
    expect(labels(first)).to.deep.equal(['NI 59 73']);
    // Read again from the file already loaded: another part, then the same part again.
    first.select = 'b';
    await oneEvent(first, 'ik-load');
    first.select = 'a';
    await oneEvent(first, 'ik-load');
    await first.updateComplete;
    expect(edited).to.equal(3);
    expect(labels(first)).to.deep.equal(['NI 59 73']);
    // Another widget of the same file, which shares its answer.
    const second = document.createElement('ik-test-element');
    second.src = src;
    second.select = 'a';
    const secondLoaded = oneEvent(second, 'ik-load');
    document.body.append(second);
    await secondLoaded;
    await second.updateComplete;
    expect(labels(second)).to.deep.equal(['NI 59 73']);
    first.remove();
    second.remove();
  });

  it('ik-error gives a copy of the problems: emptying or editing it leaves the error panel as it was', async () => {
    const el = document.createElement('ik-test-element');
    el.max = 10;
    el.data = { items: [{ label: 'big', value: 99 }] };
    el.addEventListener('ik-error', (e) => {
      e.detail.errors[0]!.message = 'changed by a listener';
      e.detail.errors.length = 0;
    });
    const failed = oneEvent(el, 'ik-error');
    document.body.append(el);
    await failed;
    el.requestUpdate();
    await el.updateComplete;
    expect(problems(el)).to.deep.equal(['Item "big", value: 99 is above 10']);
    expect(problemPaths(el)).to.deep.equal(['Path in the data: items[0].value']);
    el.remove();
  });
});

describe('copiedWhenRead(detail)', () => {
  it('copies each property when it is first read, once, so a listener that reads nothing pays nothing', () => {
    let reads = 0;
    const data = {
      get items() {
        reads++;
        return [{ label: 'NI 59' }];
      },
    };
    const view = copiedWhenRead({ data, title: 'T' });
    expect(reads).to.equal(0);
    expect(view.title).to.equal('T');
    expect(reads).to.equal(0);
    const first = view.data;
    expect(reads).to.equal(1);
    expect(first).not.to.equal(data);
    expect(first).to.deep.equal({ items: [{ label: 'NI 59' }] });
    expect(view.data).to.equal(first);
    expect(reads).to.equal(1);
  });

  it('reads like a plain object: its keys, JSON and spread; a listener may set a property of its own detail', () => {
    const detail = { row: { key: 'r1' }, column: null, value: { text: 'Good' } };
    const view = copiedWhenRead(detail);
    expect(Object.keys(view)).to.deep.equal(['row', 'column', 'value']);
    expect(JSON.parse(JSON.stringify(view))).to.deep.equal(detail);
    expect({ ...view }).to.deep.equal(detail);
    view.column = null;
    (view as { value: unknown }).value = 'replaced';
    expect(view.value).to.equal('replaced');
    expect(detail.value).to.deep.equal({ text: 'Good' });
  });
});

describe('copyDetail(detail)', () => {
  it('copies arrays and plain objects all the way down, keeping every key, cycles and shared parts', () => {
    const shared = { id: 'a' };
    const detail: Record<string, unknown> = { rows: [shared, shared, [1, [2, { deep: true }]]], none: null };
    detail.self = detail;
    const copy = copyDetail(detail);
    expect(copy).not.to.equal(detail);
    expect(copy.rows).not.to.equal(detail.rows);
    const rows = copy.rows as unknown[];
    expect(rows[0]).to.deep.equal({ id: 'a' });
    expect(rows[0]).not.to.equal(shared);
    expect(rows[1]).to.equal(rows[0]);
    expect(rows[2]).to.deep.equal([1, [2, { deep: true }]]);
    expect(copy.self).to.equal(copy);
    expect(copy.none).to.equal(null);
  });

  it('keeps a `__proto__` key from JSON as a plain key, without touching any prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "label": "x"}') as Record<string, unknown>;
    const copy = copyDetail(parsed);
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    expect(Object.keys(copy)).to.deep.equal(['__proto__', 'label']);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).to.deep.equal({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('passes dates and class instances as they are, and keeps an object without a prototype without one', () => {
    const when = new Date(2010, 0, 1);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    const copy = copyDetail({ when, map: new Map([[1, 2]]), bare });
    expect(copy.when).to.equal(when);
    expect(copy.map.get(1)).to.equal(2);
    expect(copy.bare).not.to.equal(bare);
    expect(Object.getPrototypeOf(copy.bare)).to.equal(null);
    expect(copy.bare.a).to.equal(1);
  });

  it('copies data behind a proxy (a framework’s reactive data), which structuredClone refuses', () => {
    const reactive = new Proxy({ items: new Proxy([{ label: 'NI 59' }], {}) }, {});
    expect(() => structuredClone(reactive)).to.throw();
    const copy = copyDetail(reactive);
    expect(copy).to.deep.equal({ items: [{ label: 'NI 59' }] });
    expect(copy.items).to.be.an('array');
  });

  it('copies data nested deeper than the call stack would allow', () => {
    let deep: unknown[] = [];
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: unknown[] = [];
      deep.push(next);
      deep = next;
    }
    let copy = copyDetail(root);
    let depth = 0;
    while (copy.length > 0) {
      copy = copy[0] as unknown[];
      depth++;
    }
    expect(depth).to.equal(100_000);
  });
});
