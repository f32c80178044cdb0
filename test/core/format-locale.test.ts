import { expect, waitUntil } from '@open-wc/testing';
import { localeOf, resolveLocale } from '../../src/core/format.js';

describe('localeOf(element)', () => {
  it('uses the nearest lang, across shadow roots, else en-GB', () => {
    const outer = document.createElement('div');
    outer.setAttribute('lang', 'fr-FR');
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(localeOf(inner)).to.equal('fr-FR');
    expect(localeOf(document.createElement('span'))).to.equal(resolveLocale(document.documentElement.lang));
  });
});

describe('the locale a widget uses', () => {
  const within = (lang: string, own: Record<string, string> = {}) => {
    const outer = document.createElement('div');
    outer.setAttribute('lang', lang);
    const widget = document.createElement('ik-test-widget');
    for (const [k, v] of Object.entries(own)) widget.setAttribute(k, v);
    outer.append(widget);
    return widget;
  };

  it('reads an inherited bare en or en-US (a CMS default such as SharePoint) as en-GB', () => {
    expect(localeOf(within('en'))).to.equal('en-GB');
    expect(localeOf(within('en-US'))).to.equal('en-GB');
    expect(localeOf(within('EN-us'))).to.equal('en-GB');
  });

  it('honours a lang or locale set on the widget itself as given', () => {
    expect(localeOf(within('en-GB', { lang: 'en-US' }))).to.equal('en-US');
    expect(localeOf(within('en-GB', { locale: 'en-US' }))).to.equal('en-US');
    expect(localeOf(within('en-US', { locale: 'fr-FR', lang: 'de-DE' }))).to.equal('fr-FR');
  });

  it('honours any other inherited lang (fr-FR, en-AU)', () => {
    expect(localeOf(within('fr-FR'))).to.equal('fr-FR');
    expect(localeOf(within('en-AU'))).to.equal('en-AU');
  });

  it('draws a timeline on a page with lang="en-US" with en-GB dates', async () => {
    await import('../../src/components/deadline-timeline/define.js');
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    root.setAttribute('lang', 'en-US');
    const el = document.createElement('ik-deadline-timeline') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    el.setAttribute('as-of', '2010-02-12');
    el.innerHTML =
      '<script type="application/json">{"published":"2010-01-07","actions":[{"title":"A","timescale":"Within three months"}]}</script>';
    try {
      document.body.append(el);
      await waitUntil(() => el.getAttribute('state') === 'ready');
      await el.updateComplete;
      const text = el.shadowRoot?.textContent ?? '';
      expect(text).to.include('12 February 2010');
      expect(text.includes('Feb 12')).to.equal(false);
    } finally {
      el.remove();
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });
});
