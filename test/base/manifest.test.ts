/**
 * custom-elements.json (what editors, IDEs and Storybook read) describes the elements as a page sees them: the
 * four tags, every attribute and public property the element really has, the kit's events with their detail
 * types, the shared parts inherited from the base, and no internals.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { ReactiveElement } from 'lit';

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  privacy?: string;
  inheritedFrom?: { name: string };
}
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const text = await (await fetch('/custom-elements.json')).text();
const manifest = JSON.parse(text) as { modules: { path: string; declarations?: Declaration[] }[] };
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const elements = declarations.filter((d) => d.tagName);
const TAGS = ['ik-deadline-timeline', 'ik-judgement-grid', 'ik-kpi-sparkline', 'ik-rag-matrix'];
const names = (items: Item[] | undefined) => (items ?? []).map((i) => i.name);

describe('custom-elements.json', () => {
  it('lists the four elements and reads only their files and the base class', () => {
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal(TAGS);
    const read = manifest.modules.map((m) => m.path);
    expect(
      read.filter((p) => !/^src\/(base\/ik-element|components\/[\w-]+\/[\w-]+)\.ts$/.test(p)),
    ).to.deep.equal([]);
    expect(read.filter((p) => /\.(layout|styles)\.ts$/.test(p))).to.deep.equal([]);
  });

  it('documents every attribute and public property each element has', () => {
    for (const d of elements) {
      const ctor = customElements.get(d.tagName!) as unknown as typeof ReactiveElement;
      const attributes = names(d.attributes);
      for (const attribute of ctor.observedAttributes) expect(attributes, d.tagName).to.include(attribute);
      const members = names(d.members);
      for (const [name, options] of ctor.elementProperties) {
        if (!options.state) expect(members, d.tagName).to.include(String(name));
      }
      for (const a of d.attributes ?? []) expect(a.description, `${d.tagName} ${a.name}`).to.be.a('string');
    }
  });

  it('gives every element the kit events with typed details, ik-load and ik-error inherited from the base', () => {
    for (const d of elements) {
      const events = new Map((d.events ?? []).map((e) => [e.name, e]));
      expect([...events.keys()].sort(), d.tagName).to.deep.equal(['ik-error', 'ik-load', 'ik-select']);
      expect(events.get('ik-load')?.type?.text).to.equal('CustomEvent<IkLoadDetail>');
      expect(events.get('ik-error')?.type?.text).to.equal('CustomEvent<IkErrorDetail>');
      expect(events.get('ik-load')?.inheritedFrom?.name).to.equal('IkElement');
      expect(events.get('ik-error')?.inheritedFrom?.name).to.equal('IkElement');
      expect(events.get('ik-select')?.type?.text, d.tagName).to.match(/^CustomEvent<\w+SelectDetail>$/);
      expect(events.get('ik-select')?.inheritedFrom, d.tagName).to.equal(undefined);
    }
  });

  it('inherits the shared attributes, parts and tokens from the base class', () => {
    for (const d of elements) {
      const inherited = (items: Item[] | undefined) =>
        (items ?? []).filter((i) => i.inheritedFrom?.name === 'IkElement').map((i) => i.name);
      expect(inherited(d.attributes), d.tagName).to.include.members(['src', 'format', 'select', 'state']);
      expect(inherited(d.cssParts), d.tagName).to.include.members(['error', 'message', 'retry']);
      expect(inherited(d.cssProperties).length, d.tagName).to.equal((d.cssProperties ?? []).length);
    }
  });

  it('lists no private or protected member', () => {
    for (const d of declarations) {
      const internal = (d.members ?? []).filter(
        (m) => m.privacy === 'private' || m.privacy === 'protected' || /^[#_]/.test(m.name),
      );
      expect(names(internal), d.name).to.deep.equal([]);
    }
  });
});
