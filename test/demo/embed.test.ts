import { expect, fixture, html, waitUntil } from '@open-wc/testing';

interface HeightMessage {
  type: string;
  height: number;
  widget: string;
  id: string | null;
}

async function embed(
  query: string,
  page = '/demo/embed.html',
): Promise<{ frame: HTMLIFrameElement; messages: HeightMessage[] }> {
  const messages: HeightMessage[] = [];
  // Only this frame's messages count: one posted by a frame an earlier step removed can still be on its way.
  // (A test that wraps window.postMessage passes the frame's messages on itself, so they come from this window.)
  let frame: HTMLIFrameElement | undefined;
  const early: { source: MessageEventSource | null; data: HeightMessage }[] = [];
  const listener = (event: MessageEvent) => {
    if (event.data?.type !== 'ik-embed-height') return;
    if (!frame) early.push({ source: event.source, data: event.data as HeightMessage });
    else if (event.source === frame.contentWindow || event.source === window)
      messages.push(event.data as HeightMessage);
  };
  window.addEventListener('message', listener);
  frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Embedded widget" style="width: 600px; height: 200px; border: 0" src=${`${page}?${query}`}></iframe>`,
  );
  for (const m of early) if (m.source === frame.contentWindow || m.source === window) messages.push(m.data);
  await waitUntil(() => messages.length > 0, 'the embed page never sent its height', { timeout: 10000 });
  return { frame, messages };
}

describe('embed.html', () => {
  it('renders one widget from its parameters and tells the parent its height as it grows', async () => {
    const { frame, messages } = await embed(
      'widget=kpi-sparkline&src=/test/fixtures/leeds-report.json&select=indicators&ref=NI%2059&variant=card&id=ni59',
    );
    const doc = frame.contentDocument!;
    const el = doc.querySelector('ik-kpi-sparkline')!;
    await waitUntil(() => el.getAttribute('state') === 'ready', 'never ready', { timeout: 10000 });
    expect(el.getAttribute('ref')).to.equal('NI 59');
    expect(el.getAttribute('variant')).to.equal('card');
    await waitUntil(() => messages.at(-1)!.height > 250, 'height never reported after drawing', {
      timeout: 5000,
    });
    const last = messages.at(-1)!;
    expect(last.widget).to.equal('kpi-sparkline');
    expect(last.id).to.equal('ni59');
    expect(last.height).to.equal(Math.ceil(doc.documentElement.getBoundingClientRect().height));
  });

  it('reports the full height of a long table, which it draws whole (no box to scroll inside the frame)', async () => {
    const { frame, messages } = await embed(
      'widget=rag-matrix&src=/test/fixtures/leeds-report.json&select=progress2009&id=progress',
    );
    const doc = frame.contentDocument!;
    const el = doc.querySelector('ik-rag-matrix')!;
    await waitUntil(() => el.getAttribute('state') === 'ready', 'never ready', { timeout: 10000 });
    const table = () => el.shadowRoot!.querySelector('table')!.getBoundingClientRect();
    await waitUntil(
      () => messages.at(-1)!.height >= table().bottom,
      'the height reported is short of the table',
      {
        timeout: 5000,
      },
    );
    const scroll = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    expect(scroll.scrollHeight <= scroll.clientHeight + 1).to.equal(true);
    expect(table().height).to.be.greaterThan(600);
    expect(messages.at(-1)!.height).to.equal(Math.ceil(doc.documentElement.getBoundingClientRect().height));
  });

  it('passes locale on to the widget: en-US dates when asked, en-GB otherwise', async () => {
    const query =
      'widget=deadline-timeline&src=/test/fixtures/leeds-report.json&select=actions2010&as-of=2010-02-12';
    for (const [extra, date] of [
      ['&locale=en-US', 'February 12, 2010'],
      ['', '12 February 2010'],
    ] as const) {
      const { frame } = await embed(`${query}${extra}`);
      // A height message from the frame before may come first: wait for this frame's widget.
      await waitUntil(() => frame.contentDocument?.querySelector('ik-deadline-timeline'), 'no widget', {
        timeout: 10000,
      });
      const el = frame.contentDocument!.querySelector('ik-deadline-timeline')!;
      await waitUntil(() => el.getAttribute('state') === 'ready', 'never ready', { timeout: 10000 });
      await waitUntil(() => (el.shadowRoot?.textContent ?? '').includes(date), `no "${date}"`, {
        timeout: 5000,
      });
      frame.remove();
    }
  });

  it('says clearly what is wrong with bad parameters, and fetches nothing', async () => {
    const { frame } = await embed('widget=pie-chart&src=javascript:alert(1)&colour=red');
    const alert = frame.contentDocument!.querySelector('[role="alert"]')!;
    const items = Array.from(alert.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).to.deep.equal([
      'In the embed address, widget: "pie-chart" is not a widget: use judgement-grid, rag-matrix, kpi-sparkline, deadline-timeline',
      'In the embed address, src: "javascript:alert(1)" was not fetched, to keep the page safe: use an https, http or relative address',
      'In the embed address, colour: is not a setting of this widget: use src, select, format, lang, locale, id, widget, or remove it',
    ]);
    expect(frame.contentDocument!.querySelector('[state]')).to.equal(null);
  });

  it('asks for a missing widget and src', async () => {
    const { frame } = await embed('');
    const text = frame.contentDocument!.querySelector('[role="alert"]')!.textContent!;
    expect(text).to.contain('widget: is missing').and.contain('src: is missing');
  });
});

/** The same server under another name: another origin, as another site would be. */
const elsewhere = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const RAG = JSON.stringify({
  columns: [{ id: 'a', label: 'April 2009' }],
  rows: [{ label: 'Shown from the other site', cells: { a: 'Good' } }],
});
const elsewhereSrc = encodeURIComponent(`${elsewhere}/test-api/json?cors=1&body=${encodeURIComponent(RAG)}`);
/** The embed page as a council deploys it, its ik-allowed-origins line set to `origins`. */
const deployed = (origins: string) => `/deployed/${encodeURIComponent(origins)}/demo/embed.html`;

describe('embed.html: not an open renderer', () => {
  it('refuses data from another site, saying which site and where to allow it, and fetches nothing', async () => {
    const { frame } = await embed(`widget=rag-matrix&src=${elsewhereSrc}`);
    const items = Array.from(frame.contentDocument!.querySelectorAll('[role="alert"] li')).map(
      (li) => li.textContent,
    );
    expect(items).to.deep.equal([
      `In the embed address, src: "${decodeURIComponent(elsewhereSrc)}" is on another site, ${elsewhere}, and this embed page shows data only from its own site, ${location.origin}, and the sites in the ik-allowed-origins line of embed.html: put the file on this site, or add ${elsewhere} to that line and upload embed.html again`,
    ]);
    expect(frame.contentDocument!.querySelector('ik-rag-matrix') === null).to.equal(true);
  });

  it('draws data from a site listed in its ik-allowed-origins line', async () => {
    const { frame } = await embed(
      `widget=rag-matrix&src=${elsewhereSrc}`,
      deployed(`https://data.example.gov.uk ${elsewhere}`),
    );
    const el = frame.contentDocument!.querySelector('ik-rag-matrix')!;
    await waitUntil(() => el.getAttribute('state') === 'ready', 'never ready', { timeout: 10000 });
    expect(el.shadowRoot!.querySelector('tbody th')!.textContent).to.contain('Shown from the other site');
  });

  it('refuses a src on its own site that its server sends on to another site, with the same message, showing none of it', async () => {
    const to = decodeURIComponent(elsewhereSrc);
    const src = `/test-api/redirect?to=${encodeURIComponent(to)}`;
    const { frame } = await embed(`widget=rag-matrix&src=${encodeURIComponent(src)}`);
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('[role="alert"] li'), 'no refusal in the frame', {
      timeout: 10000,
    });
    const items = Array.from(doc.querySelectorAll('[role="alert"] li')).map((li) => li.textContent);
    expect(items).to.deep.equal([
      `In the embed address, src: "${src}" is sent on by its server to another site, ${elsewhere} (${to}), and this embed page shows data only from its own site, ${location.origin}, and the sites in the ik-allowed-origins line of embed.html: put the file on this site, or add ${elsewhere} to that line and upload embed.html again`,
    ]);
    expect(doc.querySelector('ik-rag-matrix')).to.equal(null);
    expect(doc.body.textContent).not.to.contain('Shown from the other site');
  });

  it('draws a src sent on to a site listed in its ik-allowed-origins line, or to its own site', async () => {
    const to = decodeURIComponent(elsewhereSrc);
    for (const [src, page] of [
      [`/test-api/redirect?to=${encodeURIComponent(to)}`, deployed(elsewhere)],
      [
        `/test-api/redirect?to=${encodeURIComponent(`/test-api/json?body=${encodeURIComponent(RAG)}`)}`,
        undefined,
      ],
    ] as const) {
      const { frame } = await embed(`widget=rag-matrix&src=${encodeURIComponent(src)}`, page);
      const el = frame.contentDocument!.querySelector('ik-rag-matrix')!;
      await waitUntil(() => el.getAttribute('state') === 'ready', `${src} never ready`, { timeout: 10000 });
      expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.contain('Shown from the other site');
      frame.remove();
    }
  });

  it('says which entry of its ik-allowed-origins line is not a site, and how to write it', async () => {
    const { frame } = await embed(
      'widget=rag-matrix&src=/test/fixtures/leeds-report.json&select=progress2009',
      deployed('data.example.gov.uk https://ok.example.gov.uk/files'),
    );
    const items = Array.from(frame.contentDocument!.querySelectorAll('[role="alert"] li')).map(
      (li) => li.textContent,
    );
    expect(items).to.deep.equal([
      'In embed.html, the ik-allowed-origins line: "data.example.gov.uk" is not a site\'s address: write each site as https:// and its name only, like https://data.example.gov.uk, with no path',
      'In embed.html, the ik-allowed-origins line: "https://ok.example.gov.uk/files" is not a site\'s address: write each site as https:// and its name only, like https://data.example.gov.uk, with no path',
    ]);
  });

  it('tells its height to the page around it by that page\'s origin, never to "*"', async () => {
    const targets: string[] = [];
    const original = window.postMessage;
    // The frame calls window.parent.postMessage, which is this window's (same origin).
    window.postMessage = ((message: unknown, target: string) => {
      targets.push(target);
      Reflect.apply(original, window, [message, target]);
    }) as typeof window.postMessage;
    try {
      const { frame, messages } = await embed(
        'widget=kpi-sparkline&src=/test/fixtures/leeds-report.json&select=indicators&ref=NI%2059',
      );
      const el = frame.contentDocument!.querySelector('ik-kpi-sparkline')!;
      await waitUntil(() => el.getAttribute('state') === 'ready', 'never ready', { timeout: 10000 });
      frame.style.width = '320px';
      await waitUntil(() => targets.length > 1 && messages.length > 1, 'no height after a resize', {
        timeout: 5000,
      });
      expect([...new Set(targets)]).to.deep.equal([location.origin]);
    } finally {
      window.postMessage = original;
    }
  });
});
