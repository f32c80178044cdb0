import { expect } from 'chai';
import {
  array,
  boolean,
  MAX_DEPTH,
  MAX_ITEMS,
  named,
  number,
  object,
  oneOf,
  optional,
  readNumber,
  readWith,
  record,
  type Schema,
  sourcePath,
  string,
  toJsonSchema,
  union,
} from '../../src/core/schema.js';
import { plain } from '../setup/plain.js';

const item = object({ label: string(), value: optional(number()), done: optional(boolean()) });
const doc = object({
  title: optional(string()),
  items: array(item),
  tags: optional(record(oneOf(['a', 'b'] as const))),
});

describe('readNumber(value): the one rule for numbers', () => {
  it('reads finite numbers and plain decimals with thousands separators', () => {
    expect(readNumber(12)).to.equal(12);
    expect(readNumber('1,234.5')).to.equal(1234.5);
    expect(readNumber(' -3.25 ')).to.equal(-3.25);
    expect(readNumber('.5')).to.equal(0.5);
  });
  it('rejects NaN, Infinity, 1e999, percentages and loose text', () => {
    for (const v of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      JSON.parse('1e999'),
      '12%',
      '1e3',
      'NaN',
      'Infinity',
      '',
      '1,23',
      '12 apples',
      null,
      true,
    ]) {
      expect(readNumber(v), String(v)).to.equal(undefined);
    }
  });
});

describe('object / array / record readers', () => {
  it('keep the valid parts and report every problem with its path', () => {
    const r = readWith(doc, {
      title: 'Progress',
      items: [
        { label: 'One', value: '1,200' },
        { value: 3 },
        { label: 'Three', value: 'lots', done: 'yes' },
        'x',
      ],
      tags: { first: 'A', second: 'c' },
    });
    expect(r.value).to.deep.equal({
      title: 'Progress',
      items: [
        { label: 'One', value: 1200 },
        { label: 'Three', done: true },
      ],
      tags: Object.assign(Object.create(null), { first: 'a' }),
    });
    expect(plain(r.problems)).to.deep.equal([
      { path: 'items[1].label', message: 'is missing: add it' },
      {
        path: 'items[2].value',
        message: '"lots" is not a number: write a plain number, such as 76.5 or 1234',
      },
      {
        path: 'items[3]',
        message: 'should be a group of named values in { }, not "x": write it as { "name": value, … }',
      },
      { path: 'tags.second', message: '"c" is not a word this takes: use a or b' },
    ]);
  });

  it('ignores unknown keys, including event-handler-like ones', () => {
    const r = readWith(item, { label: 'x', onmouseover: 'alert(1)', extra: { deep: true } });
    expect(r.value).to.deep.equal({ label: 'x' });
    expect(r.problems).to.deep.equal([]);
  });

  it('never lets __proto__, constructor or prototype reach an object', () => {
    const payload = JSON.parse(
      '{"items":[{"label":"a","__proto__":{"polluted":1}}],"tags":{"__proto__":"a","constructor":"b"}}',
    );
    const r = readWith(doc, payload);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(r.value!.tags!)).to.deep.equal([]);
    expect(r.problems.map((p) => p.path)).to.deep.equal(['tags.__proto__', 'tags.constructor']);
  });

  it('records where each object stood, even after invalid items were left out', () => {
    const r = readWith(doc, { items: [{}, { label: 'b' }] }, 'report');
    expect(sourcePath(r.value!.items[0]!)).to.equal('report.items[1]');
  });

  it('quotes keys that are not identifiers', () => {
    const r = readWith(record(number()), { 'Q1 2010/11': 'x' });
    expect(r.problems[0]!.path).to.equal('["Q1 2010/11"]');
  });

  it('reports a wrong root without throwing', () => {
    for (const v of [null, 3, 'text', [], undefined]) {
      const r = readWith(doc, v);
      expect(r.value).to.equal(undefined);
      expect(r.problems.length).to.equal(1);
    }
  });

  it('reports nesting deeper than the limit instead of overflowing the stack', () => {
    interface Node {
      children?: Node[];
    }
    const node: Schema<Node> = named('node', () => object({ children: optional(array(node)) }));
    let deep: Node = {};
    for (let i = 0; i < 10000; i++) deep = { children: [deep] };
    const r = readWith(node, deep);
    expect(r.problems.length).to.equal(1);
    expect(r.problems[0]!.message).to.contain(`more than ${MAX_DEPTH} levels`);
  });

  it('union takes the first branch that accepts the value', () => {
    const cell = union([string(), object({ grade: string() })]);
    expect(readWith(cell, 3).value).to.equal('3');
    expect(readWith(cell, { grade: 'Good' }).value).to.deep.equal({ grade: 'Good' });
    expect(readWith(cell, [1]).problems[0]!.message).to.equal(
      'holds several values in [ ]: write text or a group of named values in { } instead',
    );
  });
});

describe('toJsonSchema(schema)', () => {
  it('writes the same definition as a JSON Schema, recursive parts under $defs', () => {
    interface Node {
      label: string;
      children?: Node[];
    }
    const node: Schema<Node> = named('node', () =>
      object({ label: string(), children: optional(array(node)) }),
    );
    const json = toJsonSchema(object({ rows: array(node) }), 'x.json', 'X') as Record<string, unknown>;
    expect(json.$schema).to.contain('2020-12');
    expect(json.required).to.deep.equal(['rows']);
    const defs = json.$defs as Record<string, { properties: Record<string, unknown>; required: string[] }>;
    expect(defs.node!.required).to.deep.equal(['label']);
    expect(defs.node!.properties.children).to.deep.equal({
      type: 'array',
      items: { $ref: '#/$defs/node' },
      maxItems: MAX_ITEMS,
    });
  });
});

describe('numbers as Excel formats them (docs/reference.md §5.3)', () => {
  const problem = (value: unknown) => readWith(number(), value, 'value').problems.map((p) => p.message);

  it('reads comma thousands as before: 1,234 is 1234', () => {
    expect(readWith(number(), '1,234', 'value')).to.deep.equal({ value: 1234, problems: [] });
  });

  it('refuses a per cent sign outside a per cent indicator, saying what to write', () => {
    expect(problem('76.5%')).to.deep.equal([
      '"76.5%" has a per cent sign: write the number alone, 76.5 (a KPI in per cent says "unit": "percent")',
    ]);
  });

  it('refuses money and k, m or bn, giving the plain number to write', () => {
    expect(problem('£1.2m')).to.deep.equal([
      '"£1.2m" is written as money or with k, m or bn: write the plain number, 1200000, and name the currency or unit in the title',
    ]);
    expect(problem('£1,234')[0]).to.contain('write the plain number, 1234,');
    expect(problem('3.5k')[0]).to.contain('write the plain number, 3500,');
  });

  it('refuses an accounting negative in brackets, giving the minus form', () => {
    expect(problem('(1,234)')).to.deep.equal([
      '"(1,234)" is a negative number in brackets: write it with a minus sign, -1234',
    ]);
  });
});
