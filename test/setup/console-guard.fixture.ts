// Run by test/node/console-guard.test.ts in a mocha of its own: two of these tests must fail.
import { expectConsole } from './console-guard.js';

describe('console guard fixture', () => {
  it('fails: warns without declaring it', () => {
    console.warn('an undeclared warning');
  });
  it('passes: declares the error it logs', async () => {
    expectConsole(/^a declared error$/);
    await Promise.resolve();
    console.error('a declared error');
  });
  it('fails: declares a warning that never comes', () => {
    expectConsole(/never logged/);
  });
});
