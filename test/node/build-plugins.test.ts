import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { parseAst } from 'vite';
import {
  assertNoSchemaDocs,
  minifyCssTemplates,
  stripSchemaDocs,
  welshOnFirstNeed,
} from '../../scripts/build-plugins.mjs';

// The editors' bundle leaves out what only the JSON Schemas need (scripts/build-plugins.mjs).
const run = (plugin: ReturnType<typeof stripSchemaDocs>, code: string) =>
  plugin.transform.call({ parse: (c: string) => parseAst(c) }, code, '/kit/src/core/x.ts')?.code ?? code;

describe('stripSchemaDocs: the schema readers without their JSON Schema documentation', () => {
  it('drops every description and toJson property, nested ones with their outer one', () => {
    const code = [
      "const a = string({ description: 'The title.', allowEmpty: true });",
      "const b = { read: r, toJson() { return { type: 'string', description: this.description }; }, expected: 'text' };",
      "const c = checkedAfterRead(a, (base) => ({ ...base, description: 'x' }));",
      'const toJson = (rows) => rows.map((r) => r.label);',
    ].join('\n');
    const out = run(stripSchemaDocs(), code);
    expect(out).to.equal(
      [
        'const a = string({ allowEmpty: true });',
        "const b = { read: r, expected: 'text' };",
        'const c = checkedAfterRead(a, void 0);',
        'const toJson = (rows) => rows.map((r) => r.label);',
      ].join('\n'),
    );
  });

  it('fails the build when any is left in a bundle', () => {
    expect(() => assertNoSchemaDocs('x.js', 'var a={read:r,description:`The title`}')).to.throw(/left/);
    expect(() => assertNoSchemaDocs('x.js', 'a.toJson(d)')).to.throw(/left/);
    expect(() => assertNoSchemaDocs('x.js', 'var a={read:r,expected:`text`}')).to.not.throw();
  });
});

describe('minifyCssTemplates: css templates without whitespace, their expressions in place', () => {
  it('minifies each part and keeps the space next to an expression', () => {
    const code = `const s = css\`\n  :host {\n    \${tokens}\n    display: block;\n  }\n  .a  .b { content: '  '; }\n\`;`;
    expect(run(minifyCssTemplates(), code)).to.equal(
      `const s = css\`:host{\${tokens} display: block;}.a .b{content: '  ';}\`;`,
    );
  });
});

describe('welshOnFirstNeed: the lazy loader’s Welsh words in a chunk of their own', () => {
  const area = fileURLToPath(new URL('../../src/core/i18n/areas/widget.ts', import.meta.url));
  const plugin = welshOnFirstNeed();
  it('splits an area: its module keeps the English, its ?welsh part is the Welsh as plain data', () => {
    const english = plugin.load(area)!;
    const welsh = plugin.load(`${area}?welsh`)!;
    expect(english).to.contain('export const EN = {');
    expect(english).not.to.contain('export const CY');
    expect(welsh.trimStart()).to.match(/^export const CY = \{/);
    expect(welsh).not.to.contain('export const EN');
    expect(welsh).to.contain("'place.data': 'Y data'");
  });
  it('has the Welsh catalogue take each area’s Welsh part, and welsh.ts load it on first need', () => {
    const cy = "import { CY as WIDGET } from './areas/widget.js';";
    expect(plugin.transform(cy, '/kit/src/core/i18n/cy.ts')).to.equal(
      "import { CY as WIDGET } from './areas/widget.ts?welsh';",
    );
    expect(plugin.transform(cy, '/kit/src/core/i18n/en.ts')).to.equal(null);
    expect(plugin.load('/kit/src/core/i18n/welsh.ts')).to.contain("import('./cy.ts')");
    expect(plugin.load('/kit/src/core/other.ts')).to.equal(null);
  });
});
