import { expect } from '@open-wc/testing';
import type { CSSResult, LitElement } from 'lit';
import { minifyCss } from '../../scripts/minify-css.mjs';
import '../../src/define.js';

// The editors' bundle minifies every `css` template at build (scripts/build-plugins.mjs): the browser must read
// the same rules from it. Whitespace outside quotes is compared as one space, and none next to a comma
// (Chromium keeps a value with var() as written, spaces and all).
const rulesOf = (text: string) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return Array.from(sheet.cssRules, (r) =>
    r.cssText
      .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
      .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ').replace(/\s*,\s*/g, ',')))
      .join(''),
  );
};

describe('minifyCss: the kit’s style sheets without whitespace and comments are the same rules', () => {
  const tags = ['ik-judgement-grid', 'ik-rag-matrix', 'ik-kpi-sparkline', 'ik-deadline-timeline'];
  for (const tag of tags)
    it(`<${tag}>`, () => {
      const widget = customElements.get(tag) as unknown as typeof LitElement;
      const sheets = widget.elementStyles as CSSResult[];
      expect(sheets.length).to.be.greaterThan(0);
      for (const sheet of sheets) {
        const text = sheet.cssText;
        const minified = minifyCss(text);
        expect(minified.length).to.be.lessThan(text.length);
        expect(minified).to.not.match(/\/\*|\n/);
        expect(rulesOf(minified)).to.deep.equal(rulesOf(text));
      }
    });

  it('keeps quoted text, escapes and the space a combinator needs', () => {
    const text = `:host  .a   :is(.b) > .c::before {\n  content: '  a  /* b */  ' / ', ';\n  font: 16px arial,  sans-serif; /* note */\n  margin: calc(1px  +  2px) 0 ;\n}\n.d\\:e { color: red !important }`;
    expect(minifyCss(text)).to.equal(
      `:host .a :is(.b) > .c::before{content: '  a  /* b */  ' / ', ';font: 16px arial,sans-serif;margin: calc(1px + 2px) 0;}.d\\:e{color: red !important}`,
    );
    expect(rulesOf(minifyCss(text))).to.deep.equal(rulesOf(text));
  });
});
