/**
 * The cases of an area's problems in Welsh (test/node/welsh-*.test.ts): in each, the reader makes exactly one
 * problem, which carries its words in every language; in British English it is its message as it was, and in
 * Welsh it differs from the English, has no `{hole}` left and holds the words expected.
 */
import { expect } from 'chai';
import { type Problem, problemIn } from '../../src/core/problems.js';

export function expectOneWelshProblem(problems: readonly Problem[], welsh: string): void {
  expect(problems, 'one problem').to.have.length(1);
  const p = problems[0]!;
  expect(p.say, 'words in every language').to.be.a('function');
  const en = problemIn(p, 'en-GB');
  expect(en.message).to.equal(p.message);
  expect(en.where).to.equal(p.where);
  const cy = problemIn(p, 'cy').message;
  expect(cy).to.not.equal(p.message);
  expect(cy).to.not.match(/\{\w+\}/);
  expect(cy).to.include(welsh);
}

/** One case: the catalogue keys it uses, how a real reader makes its problem, and words its Welsh holds. */
export interface WelshCase<K extends string> {
  keys: K[];
  make: () => Problem[] | Promise<Problem[]>;
  welsh: string;
}

/** A test of each case, named by its keys. */
export function itSaysEachInWelsh(cases: readonly WelshCase<string>[]): void {
  for (const { keys, make, welsh } of cases) {
    it(`${keys.join(', ')}: in Welsh, its English as it was`, async () => {
      expectOneWelshProblem(await make(), welsh);
    });
  }
}
