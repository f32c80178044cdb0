// custom-elements.json is the public surface of the elements: what editors, Storybook and IDEs read. The
// analyser reads the element files and the base class they inherit from (layouts, views, styles and the core are
// internals), and the plugin below leaves out private and protected members, so the manifest lists what a page
// can use: attributes, public properties and methods, events with their detail types, parts and tokens.
//
// The file is checked in and CI checks it is current, so the analyser must read the files in one fixed order:
// the order globby finds them in depends on the file system, and the manifest's module and inherited-member
// order follows it.
import { readFileSync } from 'node:fs';

/** A member a page cannot use: private or protected, or named as internal (`#x`, `_x`). */
const internal = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.name.startsWith('#') ||
  member.name.startsWith('_');

/** Drops internal members after inheritance is applied (user plugins run after the analyser's own). */
const publicMembersOnly = {
  name: 'inspection-kit: public members only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter((m) => !internal(m));
      }
    }
  },
};

export default {
  globs: ['src/base/ik-element.ts', 'src/components/*/*.ts'],
  exclude: ['src/components/*/*.layout.ts', 'src/components/*/*.view.ts', 'src/components/*/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly],
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true)),
};
