/**
 * The schema area's problems in Welsh (i18n/areas/schema.ts): every message key is produced by a reader, and
 * each problem, shown in `cy`, is in Welsh (not the English, no `{hole}` left), its English as it was.
 */
import { expect } from 'chai';
import { exportAttribute } from '../../src/core/export/kinds.js';
import { EN } from '../../src/core/i18n/areas/schema.js';
import { readLink } from '../../src/core/links.js';
import { type Problem, problemIn, type Said } from '../../src/core/problems.js';
import { type GradeScale, readGrade, readNarrative, SCALES, unknownScale } from '../../src/core/scales.js';
import {
  array,
  boolean,
  expectedIn,
  literalNull,
  MAX_ITEMS,
  named,
  number,
  object,
  oneOf,
  optional,
  readContext,
  readWith,
  record,
  type Schema,
  string,
  union,
  wordMap,
} from '../../src/core/schema.js';
import { polarity } from '../../src/core/shapes/kpi.js';
import { ratingMap, readStatus } from '../../src/core/status.js';
import { itSaysEachInWelsh, type WelshCase } from '../setup/welsh-case.js';

type Key = keyof typeof EN;

/** The problems of reading `value` with `schema`. */
const problemsOf = (schema: Schema<unknown>, value: unknown): Problem[] => readWith(schema, value).problems;

/** A reading not valid (a status's, a grade's) as a problem. */
function asProblem(reading: { kind: string } & Partial<Said>): Problem[] {
  if (reading.kind !== 'invalid' || reading.message === undefined) throw new Error(`valid: ${reading.kind}`);
  return [{ path: 'cell', message: reading.message, ...(reading.say ? { say: reading.say } : {}) }];
}

const node: Schema<unknown> = named('node', () => object({ c: optional(array(node)) }));

function cycle(): unknown {
  const a: { c: unknown[] } = { c: [] };
  a.c.push(a);
  return a;
}

function deep(levels: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < levels; i++) value = { c: [value] };
  return value;
}

const throwing = {
  get label(): string {
    throw new TypeError('no label');
  },
};
const unshowable = {
  get label(): string {
    throw {
      toString() {
        throw new Error('not even this');
      },
    };
  },
};

const customOne: GradeScale = { id: 'own', name: 'pass scale', grades: [{ value: 1, label: 'Pass' }] };

function exportProblems(value: string): Problem[] {
  const ctx = readContext();
  exportAttribute().read(value, 'export', ctx);
  return ctx.problems;
}

/** Each case: the keys it uses, the problems it makes, and words its Welsh holds (the key's own). */
const CASES: WelshCase<Key>[] = [
  {
    keys: ['schema.stoppedValues'],
    make: () =>
      problemsOf(
        array(array(number())),
        Array.from({ length: 21 }, () => Array.from({ length: MAX_ITEMS }, () => 1)),
      ),
    welsh: 'o werthoedd i gyd',
  },
  {
    keys: ['schema.stoppedText'],
    make: () => problemsOf(array(string()), ['a'.repeat(1_100_000), 'b'.repeat(1_100_000)]),
    welsh: 'o nodau o destun',
  },
  {
    keys: ['schema.tooManyItems'],
    make: () =>
      problemsOf(
        array(number()),
        Array.from({ length: 501 }, () => 1),
      ),
    welsh: '501 o eitemau',
  },
  {
    keys: ['schema.tooManyNames'],
    make: () =>
      problemsOf(record(number()), Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`k${i}`, i]))),
    welsh: '501 o enwau',
  },
  { keys: ['schema.tooDeep'], make: () => problemsOf(node, deep(70)), welsh: 'wedi’i nythu' },
  {
    keys: ['schema.cycle', 'schema.wholeData'],
    make: () => problemsOf(node, cycle()),
    welsh: 'y data cyfan',
  },
  {
    keys: ['schema.cycle', 'schema.partHoldingIt'],
    make: () => problemsOf(array(node), [cycle()]),
    welsh: 'rhan o’r data sy’n ei ddal',
  },
  {
    keys: ['schema.readError'],
    make: () => problemsOf(object({ label: string() }), throwing),
    welsh: 'cododd gwall wrth ei ddarllen (TypeError: no label)',
  },
  {
    keys: ['schema.readError', 'schema.errorUnshowable'],
    make: () => problemsOf(object({ label: string() }), unshowable),
    welsh: 'gwall na ellir ei ddangos',
  },
  {
    keys: ['schema.forbiddenName'],
    make: () => problemsOf(record(number()), JSON.parse('{"__proto__": 1}')),
    welsh: 'ailenwch ef',
  },
  { keys: ['schema.notText'], make: () => problemsOf(string(), true), welsh: 'dylai fod yn destun' },
  { keys: ['schema.empty'], make: () => problemsOf(string(), '  '), welsh: 'llenwch ef' },
  { keys: ['schema.notGroup'], make: () => problemsOf(object({}), 3), welsh: '{ "enw": gwerth, … }' },
  { keys: ['schema.notList'], make: () => problemsOf(array(number()), 3), welsh: 'gyda chomâu' },
  { keys: ['schema.notEmpty'], make: () => problemsOf(literalNull(), 3), welsh: 'tynnwch ef' },
  { keys: ['schema.missing'], make: () => problemsOf(object({ label: string() }), {}), welsh: 'ar goll' },
  { keys: ['schema.notBoolean'], make: () => problemsOf(boolean(), 'maybe'), welsh: 'true neu false' },
  {
    keys: ['schema.notWord'],
    make: () => problemsOf(oneOf(['rise', 'fall']), 'rize'),
    welsh:
      '"rize": nid yw’n air y mae hwn yn ei dderbyn (ai "rise" oedd dan sylw?): defnyddiwch "rise" neu "fall"',
  },
  {
    keys: ['schema.notWord'],
    make: () => problemsOf(wordMap({ rise: 'up', fall: 'down' }), 'up'),
    welsh: 'defnyddiwch "rise" neu "fall"',
  },
  {
    keys: ['schema.writeInstead', 'schema.text'],
    make: () => problemsOf(union([string(), literalNull()]), true),
    welsh: 'true: yn lle hynny, ysgrifennwch: testun neu wag',
  },
  {
    keys: ['schema.writeInstead', 'schema.aNumber', 'schema.trueOrFalse', 'schema.oneOf'],
    make: () => problemsOf(union([number(), oneOf(['rise', 'fall']), boolean()]), null),
    welsh: 'rhif, un o "rise" neu "fall" neu "true" neu "false"',
  },
  {
    keys: ['schema.countExactly'],
    make: () => problemsOf(array(number(), { minItems: 2, maxItems: 2 }), [1]),
    welsh: 'mae 1 gwerth ynddo: rhowch 2',
  },
  {
    keys: ['schema.countAtLeast'],
    make: () => problemsOf(array(number(), { minItems: 3 }), [1, 2]),
    welsh: 'mae 2 werth ynddo: rhowch o leiaf 3',
  },
  {
    keys: ['schema.countBetween'],
    make: () => problemsOf(array(number(), { minItems: 1, maxItems: 3 }), [1, 2, 3, 4, 5]),
    welsh: 'mae 5 o werthoedd ynddo: rhowch o 1 i 3',
  },
  { keys: ['schema.notNumber'], make: () => problemsOf(number(), 'lots'), welsh: 'nid yw’n rhif' },
  {
    keys: ['schema.lessThan'],
    make: () => problemsOf(number({ min: 0 }), -1),
    welsh: '-1: mae’n llai na 0: defnyddiwch 0 neu fwy',
  },
  { keys: ['schema.percentSign'], make: () => problemsOf(number(), '76.5%'), welsh: 'arwydd y cant' },
  { keys: ['schema.money'], make: () => problemsOf(number(), '£1.2m'), welsh: 'y rhif plaen, 1200000' },
  {
    keys: ['schema.bracketNegative'],
    make: () => problemsOf(number(), '(1,234)'),
    welsh: 'arwydd minws, -1234',
  },
  {
    keys: ['schema.spaceThousands'],
    make: () => problemsOf(number(), '1 234'),
    welsh: 'bwlch rhwng y miloedd:',
  },
  {
    keys: ['schema.spaceThousandsComma'],
    make: () => problemsOf(number(), '1 234,5'),
    welsh: 'bwlch rhwng y miloedd a choma',
  },
  {
    keys: ['schema.pointThousands'],
    make: () => problemsOf(number(), '1.234.567'),
    welsh: 'pwynt rhwng y miloedd,',
  },
  {
    keys: ['schema.pointThousandsComma'],
    make: () => problemsOf(number(), '1.234,5'),
    welsh: 'pwynt rhwng y miloedd a choma',
  },
  { keys: ['schema.commaDecimal'], make: () => problemsOf(number(), '12,5'), welsh: 'coma cyn y degolion' },
  {
    // A union with a number branch gives text the number to write, in every language.
    keys: ['schema.commaDecimal'],
    make: () => problemsOf(union([number(), literalNull()]), '12,5'),
    welsh: 'ysgrifennwch 12.5',
  },
  { keys: ['status.emptyCell'], make: () => asProblem(readStatus('  ')), welsh: 'ysgrifennwch statws (' },
  {
    keys: ['status.notRating'],
    make: () => asProblem(readStatus('Goood', ratingMap(), 'rating')),
    welsh: 'nid yw’n sgôr (ai "good" oedd dan sylw?)',
  },
  {
    keys: ['status.notStatus'],
    make: () => asProblem(readStatus('purple')),
    welsh: 'nid yw’n statws nac yn sgôr',
  },
  {
    keys: ['scale.unknown'],
    make: () => [{ path: 'scale', ...unknownScale('ofsted4') }],
    welsh: '(ai "ofsted-4" oedd dan sylw?)',
  },
  {
    keys: ['scale.narrativeGrade'],
    make: () => asProblem(readNarrative('Goood')),
    welsh: 'mae’n darllen fel gradd',
  },
  {
    keys: ['scale.notGrade', 'scale.orNumberFrom'],
    make: () => asProblem(readGrade(SCALES['ofsted-4'], 'Goood')),
    welsh:
      '(graddfa 4 pwynt Ofsted) (ai "Good" oedd dan sylw?): defnyddiwch "Outstanding", "Good", "Adequate" neu "Inadequate", neu rif o 1 i 4;',
  },
  {
    keys: ['scale.notGrade', 'scale.orNumberFromBest'],
    make: () => asProblem(readGrade(SCALES['care-inspectorate-6'], 'Great')),
    welsh: 'neu rif o 1 i 6 (6 yw’r gorau)',
  },
  {
    keys: ['scale.notGrade', 'scale.statesWords'],
    make: () => asProblem(readGrade(SCALES['cqc-4'], 'Fine')),
    welsh: 'ysgrifennwch "Not rated" lle na roddodd yr arolygiaeth radd',
  },
  {
    keys: ['scale.notGrade', 'scale.orNumber'],
    make: () => asProblem(readGrade(customOne, 'Fail')),
    welsh: '(pass scale): defnyddiwch "Pass", neu 1;',
  },
  {
    keys: ['scale.twoGrades'],
    make: () => asProblem(readGrade(SCALES['ofsted-4'], '2 (Adequate)')),
    welsh: '2 yw Da ar y raddfa hon (graddfa 4 pwynt Ofsted), nid Digonol',
  },
  {
    keys: ['link.unsafe'],
    make: () => {
      const problems: Problem[] = [];
      readLink('javascript:alert(1)', 'href', problems);
      return problems;
    },
    welsh: 'defnyddiwch ddolen https, http neu berthynol',
  },
  {
    keys: ['schema.notWord', 'schema.orAlso'],
    make: () => problemsOf(polarity, 'sideways'),
    welsh:
      '"up" (neu "Rise", "High is good"), "down" (neu "Fall", "Low is good"), "range" (neu "Bell Shaped") neu "none" (neu "-")',
  },
  { keys: ['export.noneWithOthers'], make: () => exportProblems('none csv'), welsh: 'csv, xlsx, svg a png' },
  {
    keys: ['export.notKind'],
    make: () => exportProblems('cvs'),
    welsh: '"cvs": nid yw’n fath o lawrlwytho (ai',
  },
];

describe('the schema area’s problems in Welsh', () => {
  itSaysEachInWelsh(CASES);

  it('produces every key of the area', () => {
    const used = new Set<string>(CASES.flatMap((c) => c.keys));
    used.add('export.expected');
    expect(Object.keys(EN).filter((k) => !used.has(k))).to.deep.equal([]);
  });

  it('says some exactly', () => {
    const cy = (problems: Problem[]) => problemIn(problems[0]!, 'cy').message;
    expect(cy(problemsOf(object({ label: string() }), {}))).to.equal('ar goll: ychwanegwch ef');
    expect(cy(problemsOf(number(), 'lots'))).to.equal(
      '"lots": nid yw’n rhif: ysgrifennwch rif plaen, fel 76.5 neu 1234',
    );
    expect(cy(problemsOf(node, cycle()))).to.equal(
      'mae’n ei gynnwys ei hun: y data cyfan yw hwn eto, felly ni fyddai ei ddarllen byth yn dod i ben: rhowch gopi o’r rhan yn lle hynny',
    );
    expect(
      cy(
        problemsOf(
          array(number()),
          Array.from({ length: 501 }, () => 1),
        ),
      ),
    ).to.equal(
      'mae ynddo 501 o eitemau: dim ond y 500 cyntaf a ddarllenir ac a ddangosir (rhannwch y data, neu ddewiswch ran ohono gyda select)',
    );
    expect(cy(asProblem(readStatus('  ')))).to.equal(
      'mae’n wag: ysgrifennwch statws ("red", "amber", "green", "blue" neu "grey") neu sgôr ("poor", "satisfactory", "adequate", "good", "excellent", "outstanding" neu "inadequate")',
    );
  });

  it('says what a reader expects in the locale', () => {
    expect(expectedIn(number().expected, 'cy')).to.equal('rhif');
    expect(expectedIn(oneOf(['a', 'b']).expected, 'cy')).to.equal('un o "a" neu "b"');
    expect(expectedIn(exportAttribute().expected, 'cy')).to.equal(
      'none, neu unrhyw rai o csv, xlsx, svg a png',
    );
    expect(expectedIn(exportAttribute().expected)).to.equal('none, or any of csv, xlsx, svg and png');
    expect(expectedIn('a period', 'cy')).to.equal('a period');
  });
});
