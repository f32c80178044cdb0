// Storybook's Controls and docs tables (.storybook/public-api.ts): only what a page can use.
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { type ArgType, type Manifest, publicArgTypes, publicManifest } from '../../.storybook/public-api.js';

const manifest = JSON.parse(
  readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'),
) as Manifest;

/** A manifest as an analyser could write it, with the members issue 15 saw in Controls. */
const leaky: Manifest = {
  modules: [
    {
      declarations: [
        {
          tagName: 'ik-x',
          members: [
            { kind: 'field', name: '#rows', privacy: 'private' },
            { kind: 'field', name: 'modelProperties', privacy: 'protected', static: true },
            { kind: 'field', name: 'optionSpecs', static: true },
            { kind: 'field', name: '_cache' },
            { kind: 'field', name: 'view', privacy: 'protected' },
            { kind: 'method', name: 'reload' },
            { kind: 'field', name: 'groupBy', attribute: 'group-by' },
          ],
          attributes: [
            { name: 'group-by', fieldName: 'groupBy' },
            { name: 'hidden-thing', fieldName: 'view' },
          ],
        },
      ],
    },
  ],
};

describe('Storybook public API', () => {
  it('keeps only public instance fields and their attributes', () => {
    const d = publicManifest(leaky).modules[0]!.declarations![0]!;
    expect(d.members!.map((m) => m.name)).to.deep.equal(['groupBy']);
    expect(d.attributes!.map((a) => a.name)).to.deep.equal(['group-by']);
  });

  it('lists no private, protected, static or internal member of the real manifest', () => {
    const names = publicManifest(manifest).modules.flatMap((m) =>
      (m.declarations ?? []).flatMap((d) =>
        (d.members ?? []).map((x) => `${x.name}:${x.privacy ?? ''}:${x.static ?? ''}`),
      ),
    );
    expect(names.length).to.be.greaterThan(10);
    expect(
      names.filter((n) => /^[#_]|^modelProperties|^optionSpecs|:private:|:protected:|:true$/.test(n)),
    ).to.deep.equal([]);
  });

  it('gives Controls one row per public property, and none to events, tokens, parts or state', () => {
    const given: Record<string, ArgType> = {
      optionSpecs: { table: { category: 'properties' } },
      '#rows': { table: { category: 'properties' } },
      groupBy: { table: { category: 'properties' }, control: { type: 'text' } },
      'group-by': { table: { category: 'attributes' } },
      src: { table: { category: 'attributes' }, control: { type: 'text' } },
      state: { table: { category: 'attributes' } },
      onIkLoad: { name: 'onIkLoad' },
      'ik-load': { table: { category: 'events' } },
      '--ik-space': { table: { category: 'css custom properties' } },
      mark: { table: { category: 'css shadow parts' } },
    };
    const argTypes = publicArgTypes(given);
    expect(Object.keys(argTypes)).to.deep.equal(['groupBy', 'src', 'state', 'ik-load', '--ik-space', 'mark']);
    const controlled = Object.entries(argTypes)
      .filter(([, a]) => a.control !== false)
      .map(([name]) => name);
    expect(controlled).to.deep.equal(['groupBy', 'src']);
  });
});
