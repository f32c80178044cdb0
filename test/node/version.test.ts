// The version a copy of the kit names in its warning when another copy is on the page (src/base/define.ts).
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { KIT_VERSION } from '../../src/base/define.js';

describe('the kit version', () => {
  it("is package.json's version", () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(KIT_VERSION).to.equal(version);
  });
});
