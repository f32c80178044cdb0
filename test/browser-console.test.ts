import { expect } from '@open-wc/testing';
import { expectConsole } from './setup/console-guard.js';

// The guard itself is proved in Node (test/node/console-guard.test.ts); this checks it is loaded into every
// browser test page: it records console.warn (and Lit's dev warnings, which go through it) before tests run.
describe('the console guard in the browser', () => {
  it('records console.warn in every test page', () => {
    expect(console.warn.name, 'console.warn is the guard’s recorder').to.not.equal('warn');
    expectConsole(/^checked by the guard$/);
    console.warn('checked by the guard');
  });
});
