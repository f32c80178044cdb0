// custom-elements.json is checked in and CI checks it is current, so the analyser must read the files in
// one fixed order: the order globby finds them in depends on the file system, and the manifest's module
// and inherited-member order follows it.
import { readFileSync } from 'node:fs';

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true)),
};
