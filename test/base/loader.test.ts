import { expect, waitUntil } from '@open-wc/testing';
import { discover } from '../../src/loader.js';

// The lazy loader (src/loader.ts, dist/inspection-kit-loader.js): each tag is defined as it is first seen, in
// the page or in an open shadow root, and the other tags' code is not loaded. scripts/check-bundle.mjs checks
// the built loader: a page with one sparkline fetches that widget's code alone, under the strict CSP.
const defined = () =>
  ['ik-judgement-grid', 'ik-rag-matrix', 'ik-kpi-sparkline', 'ik-deadline-timeline'].filter((t) =>
    customElements.get(t),
  );
const added: Element[] = [];
const add = (el: Element) => {
  document.body.append(el);
  added.push(el);
  return el;
};

describe('the lazy loader', () => {
  after(() => {
    for (const el of added) el.remove();
  });

  it('defines nothing on a page with no widget', () => {
    expect(defined()).to.deep.equal([]);
  });

  it('defines a tag added to the page, and that tag alone', async () => {
    const wrap = document.createElement('div');
    wrap.innerHTML = '<section><ik-kpi-sparkline></ik-kpi-sparkline></section>';
    add(wrap);
    await waitUntil(() => customElements.get('ik-kpi-sparkline'), 'the sparkline was never defined', {
      timeout: 5000,
    });
    expect(defined()).to.deep.equal(['ik-kpi-sparkline']);
    expect(wrap.querySelector('ik-kpi-sparkline')!.shadowRoot).to.not.equal(null);
  });

  it('sees tags in an open shadow root, there when the host is added or put in later', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<ik-rag-matrix></ik-rag-matrix>';
    add(host);
    await waitUntil(() => customElements.get('ik-rag-matrix'), 'the matrix was never defined', {
      timeout: 5000,
    });
    root.append(document.createElement('ik-deadline-timeline'));
    await waitUntil(() => customElements.get('ik-deadline-timeline'), 'the timeline was never defined', {
      timeout: 5000,
    });
    expect(defined()).to.deep.equal(['ik-rag-matrix', 'ik-kpi-sparkline', 'ik-deadline-timeline']);
  });

  it('is given a root no observer can see by discover()', async () => {
    const host = add(document.createElement('div'));
    // A shadow root attached after its host was seen, with a grid already in it.
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<ik-judgement-grid></ik-judgement-grid>';
    discover(root);
    await waitUntil(() => customElements.get('ik-judgement-grid'), 'the grid was never defined', {
      timeout: 5000,
    });
    expect(defined().length).to.equal(4);
  });
});
