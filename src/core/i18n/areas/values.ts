/**
 * Words every problem message may use (core/problems.ts): what a value given as data is, characters that
 * cannot be seen, letters of another alphabet, "did you mean", the problems not listed, an id used twice.
 * Welsh: kit's own wording, NEEDS REVIEW BY A WELSH SPEAKER (README, Languages).
 */
import type { WelshOf } from '../types.js';

export const EN = {
  'value.empty': 'empty',
  'value.bigint': 'the BigInt {digits} (write it as a plain number)',
  'value.function': 'a function',
  'value.symbol': 'a symbol',
  'value.list': 'several values in [ ]',
  'value.date': 'a date (write it as text, for example "2010-03-31")',
  'value.map': 'a Map (give a group of named values in { } instead)',
  'value.set': 'a Set (give several values in [ ] instead)',
  'value.regExp': 'a regular expression',
  'value.binary': 'binary data',
  'value.promise': 'a promise (wait for it, then give its value)',
  'value.group': 'a group of named values in { }',
  'value.classObject': 'an object made by a class ({name}), not plain data',
  'value.createdObject': 'an object made with Object.create, not plain data',
  'value.unreadable': 'an object that cannot be read (a Proxy or a getter that fails), not plain data',
  'problem.invisible': {
    one: '{codes} is a character that cannot be seen: delete it',
    other: '{codes} are characters that cannot be seen: delete them',
  },
  'problem.cyrillic': 'it has Cyrillic letters that look like Latin ones: {letters}; type the word again',
  'problem.greek': 'it has Greek letters that look like Latin ones: {letters}; type the word again',
  'problem.didYouMean': 'did you mean {word}?',
  'problem.notListed': {
    one: 'has 1 more problem of the same kinds, not listed: fix those above first, then look again',
    other: 'has {count} more problems of the same kinds, not listed: fix those above first, then look again',
  },
  'problem.idTwice': '{id} is already the {key} of {first}: give each one its own {key}',
  'problem.anEarlierOne': 'an earlier one',
} as const;

export const CY: WelshOf<typeof EN> = {
  'value.empty': 'gwag',
  'value.bigint': 'y BigInt {digits} (ysgrifennwch ef fel rhif plaen)',
  'value.function': 'ffwythiant',
  'value.symbol': 'symbol',
  'value.list': 'sawl gwerth mewn [ ]',
  'value.date': 'dyddiad (ysgrifennwch ef fel testun, er enghraifft "2010-03-31")',
  'value.map': 'Map (rhowch grŵp o werthoedd ag enwau mewn { } yn lle hynny)',
  'value.set': 'Set (rhowch sawl gwerth mewn [ ] yn lle hynny)',
  'value.regExp': 'mynegiad rheolaidd',
  'value.binary': 'data deuaidd',
  'value.promise': 'addewid (promise: arhoswch amdano, yna rhowch ei werth)',
  'value.group': 'grŵp o werthoedd ag enwau mewn { }',
  'value.classObject': 'gwrthrych a wnaed gan ddosbarth ({name}), nid data plaen',
  'value.createdObject': 'gwrthrych a wnaed gydag Object.create, nid data plaen',
  'value.unreadable': 'gwrthrych na ellir ei ddarllen (Proxy neu getter sy’n methu), nid data plaen',
  // The codes stand first, so nothing mutates; "nod" (character) after a number is as said.
  'problem.invisible': {
    zero: '{codes}: nodau na ellir eu gweld: dilëwch nhw',
    one: '{codes}: nod na ellir ei weld: dilëwch ef',
    two: '{codes}: nodau na ellir eu gweld: dilëwch nhw',
    few: '{codes}: nodau na ellir eu gweld: dilëwch nhw',
    many: '{codes}: nodau na ellir eu gweld: dilëwch nhw',
    other: '{codes}: nodau na ellir eu gweld: dilëwch nhw',
  },
  'problem.cyrillic':
    'mae ynddo lythrennau Cyrilig sy’n edrych fel rhai Lladin: {letters}; teipiwch y gair eto',
  'problem.greek': 'mae ynddo lythrennau Groeg sy’n edrych fel rhai Lladin: {letters}; teipiwch y gair eto',
  'problem.didYouMean': 'ai {word} oedd dan sylw?',
  'problem.notListed': {
    zero: 'does dim rhagor o broblemau',
    one: 'mae 1 broblem arall o’r un math, heb ei rhestru: trwsiwch y rhai uchod yn gyntaf, yna edrychwch eto',
    two: 'mae 2 broblem arall o’r un math, heb eu rhestru: trwsiwch y rhai uchod yn gyntaf, yna edrychwch eto',
    few: 'mae 3 problem arall o’r un math, heb eu rhestru: trwsiwch y rhai uchod yn gyntaf, yna edrychwch eto',
    many: 'mae 6 phroblem arall o’r un math, heb eu rhestru: trwsiwch y rhai uchod yn gyntaf, yna edrychwch eto',
    other:
      'mae {count} o broblemau eraill o’r un math, heb eu rhestru: trwsiwch y rhai uchod yn gyntaf, yna edrychwch eto',
  },
  // The key ("id", "ref") is a name from the data's format, kept as written.
  'problem.idTwice': '{id}: dyma {key} {first} eisoes: rhowch {key} ei hun i bob un',
  'problem.anEarlierOne': 'un cynharach',
};
