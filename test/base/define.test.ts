/**
 * Two copies of the kit on one page (two SharePoint web parts, an old version and a new): the first defines
 * the tags, and a later one leaves them as they are, with one console warning naming both versions
 * (src/base/define.ts). The built bundle loaded twice under the strict CSP is checked by
 * scripts/check-bundle.mjs.
 */
import { expect } from '@open-wc/testing';
import { KIT_VERSION, mayDefine } from '../../src/base/define.js';
import '../../src/define.js';

/** What `run` warned, once every microtask it queued has run. */
async function warnings(run: () => void): Promise<string[]> {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    said.push(args.map(String).join(' '));
  };
  try {
    run();
    await new Promise<void>((done) => queueMicrotask(done));
  } finally {
    console.warn = original;
  }
  return said;
}

/** What a widget's define.ts does. */
function defineWidget(tag: string, element: CustomElementConstructor): void {
  if (mayDefine(tag, element)) customElements.define(tag, element);
}

/** A widget class as another copy of the kit, of `version`, defines it. */
const fromCopy = (version: string) =>
  class extends HTMLElement {
    static kitVersion = version;
  };

let n = 0;
const tag = (name: string) => `ik-copy-${name}-${++n}`;

describe('defining the tags when another copy of the kit is on the page', () => {
  it('leaves every tag defined by another copy as it is, with one warning naming both versions', async () => {
    const [grid, matrix] = [tag('grid'), tag('matrix')];
    const First = fromCopy('0.0.9');
    customElements.define(grid, First);
    customElements.define(matrix, fromCopy('0.0.9'));
    const said = await warnings(() => {
      defineWidget(grid, fromCopy(KIT_VERSION));
      defineWidget(matrix, fromCopy(KIT_VERSION));
    });
    expect(customElements.get(grid)).to.equal(First);
    expect(said).to.deep.equal([
      `Inspection Kit ${KIT_VERSION} is loaded on a page that has the kit already: <${grid}> and <${matrix}> are already defined by Inspection Kit 0.0.9, loaded first. This copy (${KIT_VERSION}) leaves those tags as they are, and the widgets are drawn by the copy loaded first. Load the kit once on the page, for every widget.`,
    ]);
  });

  it('defines a new tag, and says nothing when this copy defined it already', async () => {
    const name = tag('new');
    const Mine = fromCopy(KIT_VERSION);
    const said = await warnings(() => {
      defineWidget(name, Mine);
      defineWidget(name, Mine);
    });
    expect(customElements.get(name)).to.equal(Mine);
    expect(said).to.deep.equal([]);
  });

  it('names a tag taken by a script that is not the kit', async () => {
    const name = tag('other');
    customElements.define(name, class extends HTMLElement {});
    const said = await warnings(() => defineWidget(name, fromCopy(KIT_VERSION)));
    expect(said).to.have.length(1);
    expect(said[0]).to.contain(`<${name}> is already defined by another script, not Inspection Kit.`);
    expect(said[0]).to.contain(`This copy (${KIT_VERSION}) leaves that tag as it is`);
  });

  it("says the kit's version on each widget's class, for another copy to name", () => {
    for (const name of ['ik-judgement-grid', 'ik-rag-matrix', 'ik-kpi-sparkline', 'ik-deadline-timeline']) {
      expect((customElements.get(name) as unknown as { kitVersion: string }).kitVersion).to.equal(
        KIT_VERSION,
      );
    }
  });
});
