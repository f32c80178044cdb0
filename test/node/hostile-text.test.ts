/** Text that hides what it is (issue 19): stray quotes, invisible and right-to-left characters, passwords in addresses. */
import { expect } from 'chai';
import { parseCsv } from '../../src/core/csv.js';
import { looksLikeHtml } from '../../src/core/load/fetch.js';
import { checkUrl } from '../../src/core/load/url.js';
import { quote } from '../../src/core/problems.js';
import { plain } from '../setup/plain.js';

describe('a CSV quote that opens a cell and never closes', () => {
  it('is reported at its row, and every later row is still read', () => {
    const sheet = parseCsv(
      'Area,Safeguarding,Looked after children\nOverall,"Good,Adequate\nCapacity,Good,Good\nQuality,Adequate,Good\n',
    );
    expect(sheet.rows.map((r) => r.cells)).to.deep.equal([
      ['Overall', 'Good', 'Adequate'],
      ['Capacity', 'Good', 'Good'],
      ['Quality', 'Adequate', 'Good'],
    ]);
    expect(plain(sheet.problems)).to.deep.equal([
      {
        path: 'CSV row 2',
        message:
          'has a quote (") that opens a cell and is never closed, so it was read without it: put a closing quote after the cell’s text, or remove the opening one',
      },
    ]);
  });
  it('leaves cells that are quoted right alone, line breaks and doubled quotes in them included', () => {
    const sheet = parseCsv('Area,Note\nA,"two\nlines"\nB,"a ""quoted"" word"\n');
    expect(sheet.rows.map((r) => r.cells)).to.deep.equal([
      ['A', 'two lines'],
      ['B', 'a "quoted" word'],
    ]);
    expect(sheet.problems ?? []).to.deep.equal([]);
  });
});

describe('a value in a message shows what is really there', () => {
  it('makes invisible characters visible, and says to delete them', () => {
    expect(quote('Good\u200b')).to.equal(
      '"Good⟨U+200B⟩" (⟨U+200B⟩ is a character that cannot be seen: delete it)',
    );
    expect(quote('\u202eGood')).to.equal(
      '"⟨U+202E⟩Good" (⟨U+202E⟩ is a character that cannot be seen: delete it)',
    );
  });
  it('names letters from another alphabet that look like Latin ones', () => {
    // "Gооd" with two Cyrillic о.
    expect(quote('G\u043e\u043ed')).to.equal(
      '"G\u043e\u043ed" (it has Cyrillic letters that look like Latin ones: о; type the word again)',
    );
  });
  it('keeps right-to-left text from reordering the message around it', () => {
    expect(quote('\u05d8\u05d5\u05d1')).to.equal('\u2068"\u05d8\u05d5\u05d1"\u2069');
  });
  it('leaves ordinary text as it was', () => {
    expect(quote('Adequte')).to.equal('"Adequte"');
    expect(quote('Café – “good”')).to.equal('"Café – “good”"');
  });
});

describe('an address with a user name or password', () => {
  it('is refused before any request, and the password is never printed', () => {
    const r = checkUrl('https://editor:s3cret@intranet.example/data.json', 'https://intranet.example/');
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.message).not.to.contain('s3cret');
      expect(r.message).to.equal(
        '"https://editor:…@intranet.example/data.json" has a user name or password in it: remove them from src (the kit never sends them; the browser signs in for the page)',
      );
    }
  });
  it('never prints a password in any other message either', () => {
    const r = checkUrl('ftp://editor:s3cret@intranet.example/data.json', 'https://intranet.example/');
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.message).not.to.contain('s3cret');
  });
});

describe('a sign-in page served as data', () => {
  it('is recognised as a web page after a comment, an XML prolog, a byte-order mark or white space', () => {
    for (const start of [
      '<!doctype html><html>',
      '\uFEFF  \n<!DOCTYPE html>',
      '<!-- served by ADFS -->\n<!DOCTYPE html>',
      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">',
      '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">',
      '\n\n<!-- a --><!-- b -->\n<html lang="en">',
    ])
      expect(looksLikeHtml(`${start}<head><title>Sign in</title></head>`), start).to.equal(true);
  });
  it('is not confused with JSON or CSV that mention HTML', () => {
    expect(looksLikeHtml('{"note": "<html>"}')).to.equal(false);
    expect(looksLikeHtml('Area,Note\nA,<html> in a cell')).to.equal(false);
  });
});
