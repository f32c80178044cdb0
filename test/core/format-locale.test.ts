import { expect } from '@open-wc/testing';
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
