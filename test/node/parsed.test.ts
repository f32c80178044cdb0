import { expect } from 'chai';
import type { Fetched } from '../../src/core/load/fetch.js';
import { deepFreeze, parseFetched, parseStats } from '../../src/core/load/parsed.js';

const answer = (text: string, contentType = 'application/json'): Fetched => ({
  url: 'https://example.org/report.json',
  text,
  contentType,
  encoding: 'UTF-8',
});

describe('parseFetched(fetched, csv): one parse per answer, shared read-only', () => {
  it('parses an answer once and hands every caller the same document', () => {
    const fetched = answer('{"kpis":[{"ref":"NI 59","series":[{"period":"2024","value":1}]}]}');
    const before = parseStats.parsed;
    const first = parseFetched(fetched, false);
    for (let i = 0; i < 499; i++) expect(parseFetched(fetched, false)).to.equal(first);
    expect(parseStats.parsed - before).to.equal(1);
    // Read as CSV too (a widget saying format="csv"): one more parse, kept apart from the JSON one.
    expect(parseFetched(fetched, true).kind).to.equal('sheet');
    expect(parseFetched(fetched, true)).to.equal(parseFetched(fetched, true));
    expect(parseStats.parsed - before).to.equal(2);
  });

  it('freezes the shared JSON document all the way down, so no widget can change it for the others', () => {
    const parsed = parseFetched(
      answer('{"kpis":[{"ref":"NI 59","series":[{"period":"2024","value":1}]}]}'),
      false,
    );
    if (parsed.kind !== 'doc') throw new Error(`expected a document, got ${parsed.kind}`);
    const doc = parsed.value as { kpis: { ref: string; series: { value: number }[] }[] };
    // Reflect.set says whether an assignment took (this file may run in sloppy mode, where it does not throw).
    expect(Reflect.set(doc.kpis[0]!.series[0]!, 'value', 99)).to.equal(false);
    expect(() => doc.kpis.push({ ref: 'added', series: [] })).to.throw(TypeError);
    expect(Reflect.set(doc, 'extra', 1)).to.equal(false);
    expect(doc.kpis[0]!.series[0]!.value).to.equal(1);
    expect(doc.kpis).to.have.length(1);
  });

  it('freezes a shared CSV sheet: its header, rows and cells', () => {
    const parsed = parseFetched(answer('label,value\nNI 59,73\n', 'text/csv'), true);
    if (parsed.kind !== 'sheet') throw new Error(`expected a sheet, got ${parsed.kind}`);
    const { sheet } = parsed;
    expect(Reflect.set(sheet.rows[0]!.cells, 0, 'changed')).to.equal(false);
    expect(Reflect.set(sheet.rows[0]!, 'row', 7)).to.equal(false);
    expect(() => sheet.rows.pop()).to.throw(TypeError);
    expect(() => sheet.header.push('x')).to.throw(TypeError);
    expect(sheet.rows[0]!.cells).to.deep.equal(['NI 59', '73']);
  });

  it('freezes a document nested 100,000 deep without running out of stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const frozen = deepFreeze(deep);
    let at: unknown = frozen;
    let depth = 0;
    let frozenAll = true;
    while (Array.isArray(at)) {
      frozenAll &&= Object.isFrozen(at);
      at = at[0];
      depth++;
    }
    expect(depth).to.equal(100_000);
    expect(frozenAll).to.equal(true);
  });
});
