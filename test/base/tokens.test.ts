import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { IkElement } from '../../src/base/ik-element.js';
import { TOKENS } from '../../src/base/tokens.js';

const manifest = (await (await fetch('/custom-elements.json')).json()) as {
  modules: { declarations?: { tagName?: string; cssProperties?: { name: string; default?: string }[] }[] }[];
};
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName?.startsWith('ik-'));
const styleText = (tag: string) => {
  const ctor = customElements.get(tag) as unknown as typeof IkElement;
  return [ctor.styles]
    .flat(Infinity as 1)
    .map((s) => (s as { cssText: string }).cssText)
    .join('\n');
};

describe('theme tokens', () => {
  it('every defined element documents every token, with its default, in custom-elements.json', () => {
    expect(elements.length).to.be.greaterThan(0);
    for (const el of elements) {
      const documented = Object.fromEntries((el.cssProperties ?? []).map((p) => [p.name, p.default]));
      for (const token of TOKENS)
        expect(documented[token.name], `${el.tagName} ${token.name}`).to.equal(token.value);
      expect(Object.keys(documented).length, el.tagName).to.equal(TOKENS.length);
    }
  });

  it('styles read only private properties that a token or the styles themselves define, and every token is used', () => {
    const defined = new Set(TOKENS.map((t) => `--_${t.name.slice('--ik-'.length)}`));
    const used = new Set<string>();
    for (const el of elements) {
      const css = styleText(el.tagName!);
      const local = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));
      for (const m of css.matchAll(/var\((--_[\w-]+)/g)) {
        expect(defined.has(m[1]!) || local.has(m[1]!), `${el.tagName} uses ${m[1]}`).to.equal(true);
        used.add(m[1]!);
      }
      for (const m of css.matchAll(/var\((--ik-[\w-]+)/g)) {
        expect(
          TOKENS.some((t) => t.name === m[1]),
          `${el.tagName} reads ${m[1]}`,
        ).to.equal(true);
      }
    }
    const unused = [...defined].filter((d) => !used.has(d));
    expect(unused).to.deep.equal([]);
  });
});
