/**
 * Issue 22: a problem's place and the widget's own problems in Welsh (core/i18n/areas/values.ts, widget.ts):
 * the place of a path in the data, the places that are not in the data, a setting not valid and what is done
 * instead, the shared words of messages. British English stays exactly as it was (the other tests hold it).
 */
import { expect } from 'chai';
import { headingLevel, option, readOptions } from '../../src/base/options.js';
import { pathWords, placeOf, problemLine, spokenPlace } from '../../src/core/place.js';
import {
  capProblems,
  checkDuplicateIds,
  listWords,
  type Problem,
  problemIn,
  quote,
} from '../../src/core/problems.js';
import { oneOf } from '../../src/core/schema.js';

const grid = {
  columns: [{ id: 'sg', label: 'Safeguarding' }],
  rows: [{ label: 'Overall effectiveness', grades: { sg: 'x' } }, { grades: {} }],
  kpis: [{ ref: 'NI 62', series: [{ period: '2010/11', value: 'x' }] }],
};

describe('Welsh: a problem’s place', () => {
  it('names a cell by its row and column in Welsh, the labels as written', () => {
    expect(placeOf('rows[0].grades.sg', grid, '', 'cy')).to.equal(
      'Rhes "Overall effectiveness", colofn "Safeguarding"',
    );
    expect(placeOf('rows[0].grades.sg', grid, '', 'en-GB')).to.equal(
      'Row "Overall effectiveness", column "Safeguarding"',
    );
  });
  it('counts an unnamed row from 1, and names fields and lists in Welsh', () => {
    expect(placeOf('rows[1].label', grid, '', 'cy')).to.equal('Rhes 2, label');
    expect(placeOf('kpis[0].series[0].value', grid, '', 'cy')).to.equal(
      'Dangosydd "NI 62", pwynt "2010/11", gwerth',
    );
    expect(placeOf('rows', grid, '', 'cy')).to.equal('Y rhesi');
    expect(placeOf('rows', grid)).to.equal('The rows');
  });
  it('names the places outside the data, and the path line, in Welsh', () => {
    expect(spokenPlace('src', 'cy')).to.equal('Y ffeil a enwir yn src');
    expect(spokenPlace('data', 'cy')).to.equal('Y data');
    expect(pathWords('rows[0].grades.sg', 'cy')).to.equal('Llwybr yn y data: rows[0].grades.sg');
    expect(pathWords('rows[0].grades.sg')).to.equal('Path in the data: rows[0].grades.sg');
    // A sheet's place under a problem is said from a capital, in the widget's language.
    expect(pathWords('CSV row 2, column "Safeguarding"', 'cy')).to.equal(
      'Rhes 2 yn y CSV, colofn "Safeguarding"',
    );
    expect(pathWords('table row 3')).to.equal('Table row 3');
  });
});

describe('Welsh: a setting that is not valid', () => {
  const specs = { variant: option('variant', oneOf(['inline', 'card'] as const), 'inline', 'layout') };
  it('names the attribute and says the default is used, in the widget’s language', () => {
    const { problems } = readOptions(specs, { variant: 'cards' });
    const [p] = problems as [Problem];
    expect(p.where).to.equal('The variant attribute');
    expect(p.message).to.match(/\. Until then, the default, inline, is used$/);
    const cy = problemIn(p, 'cy');
    expect(cy.where).to.equal('Y briodwedd variant');
    expect(cy.message).to.match(/\. Tan hynny, defnyddir y rhagosodiad: inline$/);
    expect(problemLine(cy, 'cy')).to.match(/^Y briodwedd variant: /);
    // Plain data for ik-error: no functions.
    expect(Object.values(cy).some((v) => typeof v === 'function')).to.equal(false);
  });
  it('says a heading level that is not one in Welsh, its English as it was', () => {
    const levels = { level: option('heading-level', headingLevel(), undefined, 'view') };
    const [p] = readOptions(levels, { level: '7' }).problems as [Problem];
    expect(p.message).to.equal(
      '"7" is not a heading level: use a number from 1 to 6. Until then, it is ignored',
    );
    expect(problemIn(p, 'cy').message).to.equal(
      '"7": nid yw’n lefel pennawd: defnyddiwch rif o 1 i 6. Tan hynny, anwybyddir ef',
    );
  });
});

describe('Welsh: the shared words of messages', () => {
  it('lists with a/ac/neu, and says how many in all past ten', () => {
    expect(listWords(['"A"', '"B"', '"C"'], 'or', 'cy')).to.equal('"A", "B" neu "C"');
    expect(listWords(['a', 'b', 'c'], 'and', 'cy')).to.equal('a, b a c');
    expect(listWords(['a', 'b', 'ochr'], 'and', 'cy')).to.equal('a, b ac ochr');
    const many = Array.from({ length: 13 }, (_, i) => `w${i}`);
    expect(listWords(many, 'or', 'cy')).to.match(/, … \(13 i gyd\)$/);
    expect(listWords(many)).to.match(/, … \(13 in all\)$/);
  });
  it('says what a value given as data is, and what cannot be seen', () => {
    expect(quote(new Map(), 60, 'cy')).to.equal(
      'Map (rhowch grŵp o werthoedd ag enwau mewn { } yn lle hynny)',
    );
    expect(quote(null, 60, 'cy')).to.equal('gwag');
    expect(quote('Go\u200bod', 60, 'cy')).to.equal(
      '"Go⟨U+200B⟩od" (⟨U+200B⟩: nod na ellir ei weld: dilëwch ef)',
    );
    expect(quote('Gооd', 60, 'cy')).to.include('lythrennau Cyrilig');
  });
  it('says in Welsh how many problems are not listed, with the Welsh plural', () => {
    const many = Array.from({ length: 1003 }, (_, i) => ({ path: `rows[${i}]`, message: 'x' }));
    expect(problemIn(capProblems(many).at(-1)!, 'cy').message).to.match(/^mae 3 problem arall/);
    const more = Array.from({ length: 1006 }, (_, i) => ({ path: `rows[${i}]`, message: 'x' }));
    expect(problemIn(capProblems(more).at(-1)!, 'cy').message).to.match(/^mae 6 phroblem arall/);
  });
  it('names an id used twice in Welsh', () => {
    const problems: Problem[] = [];
    checkDuplicateIds(
      [
        { id: 'a', path: 'rows[0]', name: 'First' },
        { id: 'a', path: 'rows[1]' },
      ],
      problems,
    );
    expect(problems[0]!.message).to.equal('"a" is already the id of "First": give each one its own id');
    expect(problemIn(problems[0]!, 'cy').message).to.equal(
      '"a": dyma id "First" eisoes: rhowch id ei hun i bob un',
    );
  });
});

describe('Welsh: the kit’s own words after a and neu are mutated', () => {
  it('soft after neu, aspirate after a; names and quoted words as written', async () => {
    const { listOf } = await import('../../src/core/i18n/index.js');
    expect(listOf('cy', ['rhif', 'testun'], 'or', true)).to.equal('rhif neu destun');
    expect(listOf('cy', ['testun', 'gwag'], 'or', true)).to.equal('testun neu wag');
    expect(listOf('cy', ['rhif', 'llun'], 'or', true)).to.equal('rhif neu lun');
    expect(listOf('cy', ['rhesi', 'colofnau'], 'and', true)).to.equal('rhesi a cholofnau');
    expect(listOf('cy', ['rhif', 'un o "a" neu "b"'], 'or', true)).to.equal('rhif neu un o "a" neu "b"');
    expect(listOf('cy', ['"Cardiff"', 'Pontypridd'], 'or')).to.equal('"Cardiff" neu Pontypridd');
    expect(listOf('en-GB', ['text', 'empty'], 'or', true)).to.equal('text or empty');
  });
});
