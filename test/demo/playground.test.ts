import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';

async function playground(): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Playground" style="width: 1000px; height: 800px" src="/demo/playground.html"></iframe>`,
  );
  await waitUntil(() => frame.contentDocument?.querySelector('#preview [state]'), 'no preview', {
    timeout: 10000,
  });
  return frame.contentDocument!;
}

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
    expect(preview().shadowRoot!.querySelector('[part="error"] li')!.textContent).to.match(
      /^CSV row 2, column "status_or_rating": "3333" is not a status/,
    );
    const tag = (doc.getElementById('tag') as HTMLTextAreaElement).value;
    expect(tag.split('\n')[0]).to.equal('<script type="module" src="/files/inspection-kit.js"></script>');
    // Paste the tag (without the script line, which this page already has) and it draws the same.
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.innerHTML = tag.split('\n').slice(1).join('\n');
    const pasted = wrap.querySelector('ik-rag-matrix')!;
    await waitUntil(() => pasted.getAttribute('state') === 'ready', 'pasted tag never ready');
    expect(pasted.shadowRoot!.querySelectorAll('tbody tr:not(.group)').length).to.equal(2);
  });

  it('writes a src tag when the data is to come from a file', async () => {
    const doc = await playground();
    (doc.querySelector('input[value="src"]') as HTMLInputElement).click();
    const tag = (doc.getElementById('tag') as HTMLTextAreaElement).value;
    expect(tag.split('\n')[1]).to.equal(
      '<ik-judgement-grid src="/files/my-data.csv" scale="ofsted-4"></ik-judgement-grid>',
    );
  });
});
