import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { parseCsv } from '../../src/core/csv.js';
import { readLocalSource } from '../../src/core/load/dom.js';
import { problemPaths, problems } from '../base/speech.js';

async function playground(): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Playground" style="width: 1000px; height: 800px" src="/demo/playground.html"></iframe>`,
  );
  await waitUntil(() => frame.contentDocument?.querySelector('#preview [state]'), 'no preview', {
    timeout: 10000,
  });
  return frame.contentDocument!;
}

const byId = <T extends HTMLElement>(doc: Document, id: string) => doc.getElementById(id) as T;

function choose(doc: Document, name: string): void {
  byId<HTMLSelectElement>(doc, 'widget').value = name;
  byId(doc, 'widget').dispatchEvent(new Event('change'));
}

function type(doc: Document, id: 'data' | 'attrs', value: string): void {
  const box = byId<HTMLInputElement | HTMLTextAreaElement>(doc, id);
  box.value = value;
  box.dispatchEvent(new Event('input'));
}

/** The copied tag as a browser reads it, after the kit's script line. */
function parseTag(doc: Document): Element {
  const text = byId<HTMLTextAreaElement>(doc, 'tag').value;
  const parsed = new DOMParser().parseFromString(text, 'text/html');
  const widget =
    parsed.body.querySelector('[class], *:not(script)') ?? parsed.head.querySelector(':not(script)');
  if (!widget) throw new Error(`no widget in the tag: ${text}`);
  return widget;
}

const attributesOf = (el: Element) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));

describe('playground.html', () => {
  it('shows a pasted CSV live, with its problems, and writes a tag that works when pasted', async () => {
    const doc = await playground();
    (doc.getElementById('widget') as HTMLSelectElement).value = 'rag-matrix';
    doc.getElementById('widget')!.dispatchEvent(new Event('change'));
    const data = doc.getElementById('data') as HTMLTextAreaElement;
    data.value =
      'row,group,column,status_or_rating,note\nESCR,Safeguarding,April 2009,3333,\nConferences,Safeguarding,April 2009,Satisfactory,\n';
    (doc.getElementById('attrs') as HTMLInputElement).value = 'onclick="alert(1)"';
    data.dispatchEvent(new Event('input'));
    const preview = () => doc.querySelector('#preview ik-rag-matrix')!;
    await waitUntil(() => preview()?.shadowRoot?.querySelector('[part="error"] li'), 'no problem shown', {
      timeout: 5000,
    });
    expect(preview().hasAttribute('onclick')).to.equal(false);
    expect(problems(preview())[0]).to.match(/^Row "ESCR", column "April 2009": "3333" is not a status/);
    expect(problemPaths(preview())[0]).to.equal('CSV row 2, column "status_or_rating"');
    const tag = (doc.getElementById('tag') as HTMLTextAreaElement).value;
    expect(tag.split('\n')[0]).to.equal(
      '<script type="module" src="/files/inspection-kit/inspection-kit.js"></script>',
    );
    // Paste the tag (without the script line, which this page already has) and it draws the same.
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.innerHTML = tag.split('\n').slice(1).join('\n');
    const pasted = wrap.querySelector('ik-rag-matrix')!;
    await waitUntil(() => pasted.getAttribute('state') === 'ready', 'pasted tag never ready');
    expect(pasted.shadowRoot!.querySelectorAll('tbody tr:not(.group)').length).to.equal(2);
  });

  it('loads the kit from the address docs/HOW-TO.md tells editors to upload it to, and offers a data address next to it', async () => {
    const doc = await playground();
    const howTo = await (await fetch('/docs/HOW-TO.md')).text();
    const scriptLine = howTo
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.startsWith('<script type="module"'));
    const tag = byId<HTMLTextAreaElement>(doc, 'tag').value;
    expect(tag.split('\n')[0]).to.equal(scriptLine);
    const folder = /src="([^"]*\/)inspection-kit\.js"/.exec(scriptLine ?? '')?.[1];
    expect(folder).to.equal('/files/inspection-kit/');
    expect(byId<HTMLInputElement>(doc, 'src-url').value.startsWith(folder!)).to.equal(true);
  });

  it('writes a src tag when the data is to come from a file', async () => {
    const doc = await playground();
    (doc.querySelector('input[value="src"]') as HTMLInputElement).click();
    const tag = (doc.getElementById('tag') as HTMLTextAreaElement).value;
    expect(tag.split('\n')[1]).to.equal(
      '<ik-judgement-grid src="/files/inspection-kit/my-data.csv" scale="ofsted-4"></ik-judgement-grid>',
    );
  });

  it('keeps the pasted data and settings when the widget is changed', async () => {
    const doc = await playground();
    const mine = 'row,group,column,status_or_rating,note\nESCR,Safeguarding,April 2009,Good,\n';
    type(doc, 'data', mine);
    type(doc, 'attrs', 'lang="en-GB"');
    choose(doc, 'rag-matrix');
    expect(byId<HTMLTextAreaElement>(doc, 'data').value).to.equal(mine);
    expect(byId<HTMLInputElement>(doc, 'attrs').value).to.equal('lang="en-GB"');
    const preview = () => doc.querySelector('#preview ik-rag-matrix');
    await waitUntil(
      () =>
        preview()?.getAttribute('state') === 'ready' &&
        (preview()?.shadowRoot?.querySelector('tbody')?.textContent ?? '').includes('ESCR'),
      'the kept data is not drawn',
    );
    // The preview is handed its data: it makes no script element, which Trusted Types would check.
    expect(preview()!.querySelector('script')).to.equal(null);
    expect(preview()!.shadowRoot!.querySelectorAll('tbody tr:not(.group)').length).to.equal(1);
    // An example nobody edited is swapped for the new widget's example.
    choose(doc, 'kpi-sparkline');
    byId<HTMLButtonElement>(doc, 'example').click();
    choose(doc, 'deadline-timeline');
    expect(byId<HTMLTextAreaElement>(doc, 'data').value).to.match(/^id,theme,title,timescale/);
  });

  it("reads single quotes, unquoted values and Word's curly quotes in Settings", async () => {
    const doc = await playground();
    choose(doc, 'kpi-sparkline');
    type(doc, 'attrs', "ref=‘NI 59’ variant=card lang=“en-GB” select='indicators'");
    const el = () => doc.querySelector('#preview ik-kpi-sparkline');
    await waitUntil(() => el()?.getAttribute('lang') === 'en-GB', 'settings not applied');
    expect(attributesOf(el()!)).to.include({
      ref: 'NI 59',
      variant: 'card',
      lang: 'en-GB',
      select: 'indicators',
    });
    expect(attributesOf(parseTag(doc))).to.include({ ref: 'NI 59', variant: 'card', lang: 'en-GB' });
    // A quote never closed is said, with the fix (more cases: test/node/playground-settings.test.ts).
    type(doc, 'attrs', 'ref="NI 59');
    await waitUntil(() => /never closed/.test(byId(doc, 'attrs-note').textContent ?? ''), 'no problem said');
    expect(byId(doc, 'attrs-note').textContent).to.equal(
      'The value of ref starts with a quote that is never closed: add the closing quote, like ref="…".',
    );
  });

  it('writes a tag that parses back to the same attributes and data, whatever they hold', async () => {
    const doc = await playground();
    choose(doc, 'kpi-sparkline');
    const json = JSON.stringify({
      kpis: [
        {
          ref: 'NI 59',
          title: 'Assessments </script><script>alert(1)</script> <!-- & "quoted" \'single\'',
          unit: 'percent',
          series: [{ period: '2008/09', value: 76.5 }],
        },
      ],
    });
    type(doc, 'data', json);
    type(doc, 'attrs', `ref="NI 59" title='Say "hi" & <b>bye</b>' variant=card`);
    await waitUntil(() => parseTag(doc).hasAttribute('title'), 'the tag was not written');
    const widget = parseTag(doc);
    expect(attributesOf(widget)).to.deep.equal({
      ref: 'NI 59',
      title: 'Say "hi" & <b>bye</b>',
      variant: 'card',
    });
    const scripts = widget.querySelectorAll('script');
    expect(scripts.length).to.equal(1);
    expect(scripts[0]!.type).to.equal('application/json');
    expect(JSON.parse(scripts[0]!.textContent!)).to.deep.equal(JSON.parse(json));
    expect(widget.nextElementSibling === null && widget.children.length === 1).to.equal(true);
  });

  // Excel puts copied cells on the clipboard as tab-separated text; the playground turns it into CSV.
  it('draws cells pasted from Excel (tab-separated), and says it read them so', async () => {
    const doc = await playground();
    choose(doc, 'rag-matrix');
    const tsv =
      'row\tgroup\tcolumn\tstatus_or_rating\tnote\nESCR\tSafeguarding\tApril 2009\tGood\t\nConferences\tSafeguarding\tApril 2009\tSatisfactory\t\n';
    type(doc, 'data', tsv);
    const preview = () => doc.querySelector('#preview ik-rag-matrix');
    await waitUntil(
      () =>
        byId(doc, 'data-note').textContent !== '' &&
        ['ready', 'error', 'empty'].includes(preview()?.getAttribute('state') ?? ''),
      'not drawn',
      { timeout: 5000 },
    );
    expect(preview()!.getAttribute('state')).to.equal('ready');
    expect(preview()!.shadowRoot!.querySelectorAll('tbody tr:not(.group)').length).to.equal(2);
    expect(byId(doc, 'data-note').textContent).to.equal(
      'Read as cells copied from a spreadsheet (separated by tabs): 2 rows under 5 column names. The tag holds them as CSV.',
    );
    // The tag holds CSV, the last empty cell of each row kept, and draws the same rows when pasted.
    const script = parseTag(doc).querySelector('script')!;
    expect(script.textContent).to.include('ESCR,Safeguarding,April 2009,Good,\n');
  });
});

describe('playground.html: a copied tag is safe to paste', () => {
  const HOSTILE = 'Say <!--<script>alert(1)</script> and </SCRIPT > and <\\/script> too';

  /** The copied tag pasted into a page between two paragraphs, as the browser parses that page. */
  function pasteIntoPage(doc: Document): Document {
    const tag = byId<HTMLTextAreaElement>(doc, 'tag').value.split('\n').slice(1).join('\n');
    return new DOMParser().parseFromString(
      `<!doctype html><body><p id="before">Before</p>\n${tag}\n<p id="after">After</p></body>`,
      'text/html',
    );
  }

  for (const kind of ['CSV', 'JSON'] as const) {
    it(`writes ${kind} holding <!--<script> and </script> so the page around it is whole and the kit reads the same data`, async () => {
      const doc = await playground();
      choose(doc, 'rag-matrix');
      const data =
        kind === 'CSV'
          ? `row,group,column,status_or_rating,note\n"${HOSTILE}",Safeguarding,April 2009,Good,"${HOSTILE}"\n`
          : JSON.stringify({
              columns: [{ id: 'a', label: 'April 2009' }],
              rows: [{ label: HOSTILE, cells: { a: 'Good' }, note: HOSTILE }],
            });
      type(doc, 'data', data);
      await waitUntil(() => byId<HTMLTextAreaElement>(doc, 'tag').value.includes('alert'), 'no tag');
      const page = pasteIntoPage(doc);
      // The page is whole: one widget, holding one script, with the paragraph after it still a paragraph.
      expect(page.querySelectorAll('ik-rag-matrix').length).to.equal(1);
      const widget = page.querySelector('ik-rag-matrix')!;
      expect([...widget.children].map((c) => c.localName)).to.deep.equal(['script']);
      expect(page.body.querySelectorAll('script').length).to.equal(1);
      expect(page.getElementById('after')?.textContent).to.equal('After');
      // The kit reads exactly the data typed: the same sheet as the CSV itself, the same value as the JSON.
      const pasted = readLocalSource(widget);
      if (pasted?.kind === 'json') expect(JSON.parse(pasted.text)).to.deep.equal(JSON.parse(data));
      else if (pasted?.kind === 'csv') expect(pasted.sheet).to.deep.equal(parseCsv(data));
      expect(pasted?.kind).to.equal(kind.toLowerCase());
      // And drawn on this page, the pasted tag shows the label as it was typed.
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      wrap.append(document.adoptNode(widget));
      await waitUntil(() => widget.getAttribute('state') === 'ready', 'pasted tag never ready');
      expect(widget.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain(HOSTILE);
      expect(byId(doc, 'tag-note').textContent).to.contain('reads it back as your data has it');
    });
  }
});

describe('playground.html: a file from Excel', () => {
  it('reads a Windows-1252 CSV file with its £ and curly apostrophe intact, and says how it read it', async () => {
    const doc = await playground();
    choose(doc, 'rag-matrix');
    // "Children’s services £1m" in Windows-1252: ’ is 0x92, £ is 0xA3.
    const head = new TextEncoder().encode('row,group,column,status_or_rating,note\nChildren');
    const tail = new TextEncoder().encode('s services ');
    const end = new TextEncoder().encode('1m,Safeguarding,Q1,Good,\n');
    const bytes = new Uint8Array([...head, 0x92, ...tail, 0xa3, ...end]);
    const input = byId<HTMLInputElement>(doc, 'file');
    const files = new DataTransfer();
    files.items.add(new File([bytes], 'tracker.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(
      () => byId<HTMLTextAreaElement>(doc, 'data').value.includes('Children'),
      'file not read',
      {
        timeout: 5000,
      },
    );
    expect(byId<HTMLTextAreaElement>(doc, 'data').value).to.contain('Children’s services £1m');
    expect(byId(doc, 'data-note').textContent).to.contain('tracker.csv was read as Windows-1252 text');
  });
});
