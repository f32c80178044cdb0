// The playground's Settings box (demo/playground-settings.ts): what an editor types, from Word or by hand.
import { expect } from 'chai';
import { readSettings } from '../../demo/playground-settings.js';

describe('playground settings', () => {
  it('reads double, single, unquoted and Word curly quoted values, and bare names', () => {
    expect(
      readSettings(`ref="NI 59" variant='card' scale=ofsted-4 lang=“en-GB” select=‘indicators’ compare`),
    ).to.deep.equal({
      settings: [
        ['ref', 'NI 59'],
        ['variant', 'card'],
        ['scale', 'ofsted-4'],
        ['lang', 'en-GB'],
        ['select', 'indicators'],
        ['compare', ''],
      ],
      problems: [],
    });
  });

  it('keeps an apostrophe inside curly single quotes, and Word’s „…“ and ”…” pairs', () => {
    expect(readSettings('title=‘Children’s services’ a=„x y“ b=”z”').settings).to.deep.equal([
      ['title', 'Children’s services'],
      ['a', 'x y'],
      ['b', 'z'],
    ]);
  });

  it('says what it could not read, with the fix', () => {
    expect(readSettings('ref=NI 59').problems).to.deep.equal([
      '“59” is not a setting: if it belongs to the value before it, put the whole value in quotes, like ref="… 59".',
    ]);
    expect(readSettings('ref= variant=card').problems[0]).to.equal(
      'ref= has no value: write it after the equals sign, like ref="…".',
    );
    expect(readSettings("title='Open").problems).to.deep.equal([
      'The value of title starts with a quote that is never closed: add the closing quote, like title="…".',
    ]);
  });

  it('leaves out event handlers, styles and a second copy of a setting, and says so', () => {
    const read = readSettings('onclick="alert(1)" style="color:red" ref=a ref=b');
    expect(read.settings).to.deep.equal([['ref', 'a']]);
    expect(read.problems).to.deep.equal([
      'onclick is left out: the playground writes no scripts or styles into the tag.',
      'style is left out: the playground writes no scripts or styles into the tag.',
      'ref is given twice: the first one is used.',
    ]);
  });
});
