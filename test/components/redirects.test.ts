/**
 * A `src` whose server sends the request on to another address (a redirect, issue 19): the widget reads the
 * answer as the file it is (CSV by the address it came from too), and a message about a failed answer says
 * where the request was sent on to. Which sites a widget on an ordinary page may read, redirects included, is
 * the browser's (CORS) and the page's Content-Security-Policy (`connect-src`): README, Security.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/rag-matrix/define.js';
import { clearFetchCache } from '../../src/core/load/shared.js';
import { mount, problems, unmountAll } from '../base/speech.js';

afterEach(() => {
  unmountAll();
  clearFetchCache();
});

const redirect = (to: string) => `/test-api/redirect?to=${encodeURIComponent(to)}`;
const tag = (src: string) => `<ik-rag-matrix src="${src.replaceAll('&', '&amp;')}"></ik-rag-matrix>`;
const CSV = 'row,group,column,status_or_rating,note\nESCR,Safeguarding,April 2009,Good,\n';
const RAG = JSON.stringify({
  columns: [{ id: 'a', label: 'April 2009' }],
  rows: [{ label: 'From another site', cells: { a: 'Good' } }],
});
/** The same server under another name: another origin. */
const elsewhere = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

describe('a src sent on to another address', () => {
  it('reads a file as CSV when the address it was sent on to ends .csv', async () => {
    // /test-api/data.csv answers text/plain: only its path says CSV.
    const { el } = await mount(tag(redirect(`/test-api/data.csv?body=${encodeURIComponent(CSV)}`)));
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.contain('ESCR');
  });

  it('says where the request was sent on to when the answer there is a sign-in page', async () => {
    const to = `${location.origin}/test-api/html`;
    const { el } = await mount(tag(redirect(to)));
    expect(el.state).to.equal('error');
    expect(problems(el)).to.deep.equal([
      `The file at ${location.origin}${redirect(to)}: the server sent a web page, not data (after the request was sent on to ${to}): check the address, and that the file does not need signing in to`,
    ]);
  });

  it('says where the request was sent on to when the answer there is an HTTP error', async () => {
    const to = `${location.origin}/test-api/status?code=404`;
    const { el } = await mount(tag(redirect(to)));
    expect(problems(el)[0]).to.equal(
      `The file at ${location.origin}${redirect(to)}: the server answered 404 Not Found (after the request was sent on to ${to}): there is no file at this address. Check the src address, and that the file was uploaded`,
    );
  });

  it("draws what another site sends when that site lets the page read it (CORS); the page's CSP decides otherwise", async () => {
    const { el } = await mount(
      tag(redirect(`${elsewhere}/test-api/json?cors=1&body=${encodeURIComponent(RAG)}`)),
    );
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.contain('From another site');
  });

  it('cannot read another site that does not allow it: a failed fetch, as without the redirect', async () => {
    const { el } = await mount(tag(redirect(`${elsewhere}/test-api/json?body=${encodeURIComponent(RAG)}`)));
    expect(el.state).to.equal('error');
    expect(problems(el)[0]).to.match(
      /^The file at .*: could not reach the file \(.*\): the page may be offline, or the server does not let this page read it \(CORS\)$/,
    );
  });
});
