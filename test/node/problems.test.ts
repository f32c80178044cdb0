import { expect } from 'chai';
import { joinIndex, joinKey, listWords, memo, quote } from '../../src/core/problems.js';

describe('problem paths and words', () => {
  it('joinKey and joinIndex write paths as in the contract, bracketing keys that are not identifiers', () => {
    expect(joinIndex(joinKey(joinKey('', 'rows'), ''), 3)).to.equal('rows[""][3]');
    expect(joinKey(joinIndex('rows', 3), 'grades')).to.equal('rows[3].grades');
    expect(joinKey('cells', 'Q1 2010/11')).to.equal('cells["Q1 2010/11"]');
  });
  it('quote shortens long values so a 5 KB label cannot swamp the error panel', () => {
    expect(quote('x'.repeat(5000)).length).to.equal(60);
    // The editor's words for what was written, never a programmer's type name.
    expect(quote({ a: 1 })).to.equal('a group of named values in { }');
    expect(quote([1])).to.equal('several values in [ ]');
    expect(quote(null)).to.equal('empty');
    expect(listWords(['a', 'b', 'c'])).to.equal('a, b or c');
  });
  it('memo calls the function once per distinct input, undefined answers included', () => {
    let calls = 0;
    const f = memo((k: string) => {
      calls++;
      return k === 'none' ? undefined : k.length;
    });
    expect([f('ab'), f('ab'), f('none'), f('none')]).to.deep.equal([2, 2, undefined, undefined]);
    expect(calls).to.equal(2);
  });
});
